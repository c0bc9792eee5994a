import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { authorSchema } from './schemas/author.ts';
import { categorySchema } from './schemas/category.ts';
import { lawSchema } from './schemas/law.ts';
import { questionSchema, statuteSchema } from './schemas/question.ts';
import { slugOf } from './knowledge/model.ts';
import { readSettings } from './settings.ts';

const dir = readSettings().content;

// The schemas live in src/schemas so that `npm run check` validates with the very same rules;
// only the cross-collection fields are swapped for Astro references here.
const questions = defineCollection({
  // The file name is the slug wherever the file sits; duplicates are caught by the content check
  // before Astro loads anything.
  // The answers' text stays out of the data store (see answerBody in src/data/catalog.ts); their rendered HTML is kept.
  loader: glob({
    pattern: '**/*.md',
    base: `${dir}/questions`,
    generateId: ({ entry }) => slugOf(entry),
    retainBody: false,
  }),
  schema: questionSchema.extend({
    category: reference('categories'),
    lawyer: reference('lawyers'),
    related: z.array(reference('questions')).default([]),
    statutes: z.array(statuteSchema.extend({ law: reference('laws') })).default([]),
  }),
});

const lawyers = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${dir}/lawyers` }),
  schema: authorSchema,
});

const categories = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${dir}/categories` }),
  schema: categorySchema,
});

const laws = defineCollection({
  loader: glob({ pattern: '*.json', base: `${dir}/laws` }),
  schema: lawSchema,
});

export const collections = { questions, lawyers, categories, laws };
