import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import { isCurrent } from '../laws/versions.ts';
import { articleUrl, lawUrl } from '../shared/urls.ts';

type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">`. Escaping `<`, `>` and `&` keeps any text
 * (`</script>`, `<!--`) from closing or confusing the element; U+2028/2029 are escaped because some
 * JavaScript parsers reject them inside strings.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The adoption date of a version: the last date in its history, else the day it took effect. */
export function adoptionDate(version: LawVersion): string {
  const last = version.history.at(-1) ?? '';
  const match = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(last);
  if (!match) return version.effectiveFrom;
  const [, y, m, d] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** A schema.org `Legislation` node for one law version. */
export function lawLegislation(site: URL, lawId: string, law: Law, version: LawVersion): JsonLd {
  const current = isCurrent(law, version);
  return {
    '@type': 'Legislation',
    name: law.title,
    alternateName: law.short,
    url: new URL(lawUrl(lawId, { effectiveFrom: version.effectiveFrom, current }), site).href,
    legislationIdentifier: law.title,
    legislationDate: adoptionDate(version),
    legislationDateVersion: version.effectiveFrom,
    legislationLegalForce: current ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce',
    inLanguage: 'zh-CN',
  };
}

/** A schema.org `Legislation` node for one article, part of its law version. */
export function articleLegislation(
  site: URL,
  lawId: string,
  law: Law,
  version: LawVersion,
  article: LawArticle,
): JsonLd {
  const whole = lawLegislation(site, lawId, law, version);
  const current = isCurrent(law, version);
  return {
    ...whole,
    name: `《${law.title}》${article.label}`,
    alternateName: `${law.short}${article.label}`,
    url: new URL(articleUrl(lawId, { effectiveFrom: version.effectiveFrom, current }, article.id), site).href,
    legislationIdentifier: `${law.title}${article.label}`,
    isPartOf: whole,
  };
}

export interface Crumb {
  name: string;
  url: string;
}

/** A schema.org BreadcrumbList with absolute item URLs. */
export function breadcrumbList(site: URL, crumbs: Crumb[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.url, site).href,
    })),
  };
}

export interface AuthorFacts {
  name: string;
  kind: 'lawyer' | 'editorial';
  credential?: string | undefined;
  firm?: string | undefined;
  bio?: string | undefined;
  url: string;
}

/** A lawyer as a Person with their credential; the editorial team as an Organization, never a person. */
export function authorNode(site: URL, author: AuthorFacts): JsonLd {
  const url = new URL(author.url, site).href;
  if (author.kind === 'editorial') return { '@type': 'Organization', name: author.name, url };
  return {
    '@type': 'Person',
    name: author.name,
    url,
    ...(author.credential ? { jobTitle: author.credential } : {}),
    ...(author.firm ? { worksFor: { '@type': 'Organization', name: author.firm } } : {}),
  };
}

export function publisherNode(site: URL, name: string): JsonLd {
  return { '@type': 'Organization', name, url: new URL('/', site).href };
}

export interface QuestionFacts {
  url: string;
  title: string;
  question: string;
  answer: string;
  published: string;
  modified: string;
  author: JsonLd;
  publisher: JsonLd;
  citations: JsonLd[];
}

/**
 * An answered question as an Article whose main entity is the Question with its accepted Answer:
 * Google reserves QAPage for pages where users post answers, and no longer shows FAQ results.
 */
export function questionArticle(site: URL, facts: QuestionFacts): JsonLd {
  const url = new URL(facts.url, site).href;
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    url,
    headline: facts.title,
    description: facts.question,
    inLanguage: 'zh-CN',
    datePublished: facts.published,
    dateModified: facts.modified,
    author: facts.author,
    publisher: facts.publisher,
    mainEntityOfPage: url,
    mainEntity: {
      '@type': 'Question',
      name: facts.title,
      text: facts.question,
      answerCount: 1,
      acceptedAnswer: {
        '@type': 'Answer',
        text: facts.answer,
        url,
        datePublished: facts.published,
        author: facts.author,
      },
    },
    citation: facts.citations,
  };
}

/** A lawyer's or the editorial team's page. */
export function profilePage(site: URL, author: AuthorFacts): JsonLd {
  return {
    '@type': 'ProfilePage',
    url: new URL(author.url, site).href,
    mainEntity: { ...authorNode(site, author), ...(author.bio ? { description: author.bio } : {}) },
  };
}
