import type { ContentSet, QuestionEntry } from '../../src/knowledge/model.ts';
import type { Law, LawArticle } from '../../src/schemas/law.ts';
import type { QuestionData } from '../../src/schemas/question.ts';
import { articleLabel } from '../../src/laws/article-ref.ts';

// Distinct wording per article, so that version correspondence by text similarity is unambiguous.
const POEM = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳';
const article = (number: number, text = POEM.slice(number * 2, number * 2 + 8)): LawArticle => ({
  id: String(number),
  number,
  sub: 0,
  label: articleLabel(number, 0),
  // Article 2 has one 款 with two 项; article 3 has two 款 that each list a 项.
  paragraphs:
    number === 3
      ? [
          { text, items: ['（一）甲'] },
          { text: '第二款', items: ['（一）乙'] },
        ]
      : [{ text, items: number === 2 ? ['（一）甲', '（二）乙'] : [] }],
});

/** A two-version law: ten articles until 2025-10-15, twelve since. */
export const testLaw: Law = {
  title: '中华人民共和国测试法',
  short: '测试法',
  aliases: ['测试法'],
  versions: [
    {
      effectiveFrom: '2019-01-01',
      effectiveTo: '2025-10-15',
      source: 'test',
      history: [],
      headings: [],
      articles: Array.from({ length: 10 }, (_, i) => article(i + 1)),
      annexes: [],
    },
    {
      effectiveFrom: '2025-10-15',
      effectiveTo: null,
      source: 'test',
      history: [],
      headings: [],
      articles: Array.from({ length: 12 }, (_, i) => article(i + 1)),
      annexes: [],
    },
  ],
};

export function question(id: string, data: Partial<QuestionData> = {}): QuestionEntry {
  return {
    id,
    file: `content/questions/${id}.md`,
    body: '解答。',
    data: {
      title: `问题 ${id}`,
      question: '描述',
      category: 'contracts',
      tags: [],
      lawyer: 'zhang-kai',
      sample: false,
      statutes: [],
      related: [],
      aliases: [],
      published: '2026-01-01',
      draft: false,
      ...data,
    },
  };
}

export function contentSet(questions: QuestionEntry[]): ContentSet {
  return {
    questions,
    authors: [
      {
        id: 'zhang-kai',
        file: 'content/lawyers/zhang-kai.yaml',
        data: { name: '张凯', kind: 'lawyer', credential: '执业律师', practiceAreas: [], helped: 867, bio: '简介' },
      },
      {
        id: 'editorial',
        file: 'content/lawyers/editorial.yaml',
        data: { name: '法问编辑部', kind: 'editorial', practiceAreas: [], bio: '简介' },
      },
    ],
    categories: [
      {
        id: 'contracts',
        file: 'content/categories/contracts.yaml',
        data: { name: '合同', description: '合同问题', order: 1 },
      },
      {
        id: 'criminal',
        file: 'content/categories/criminal.yaml',
        data: { name: '刑事', description: '刑事问题', order: 2 },
      },
    ],
    laws: [{ id: 'test-law', file: 'content/laws/test-law.json', data: testLaw }],
  };
}
