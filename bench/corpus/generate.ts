import type { AuthorData } from '../../src/schemas/author.ts';
import type { CategoryData } from '../../src/schemas/category.ts';
import type { Law, LawArticle, LawVersion } from '../../src/schemas/law.ts';
import type { ContentSet, Entry } from '../../src/knowledge/model.ts';
import { answerDate, type IsoDate } from '../../src/shared/dates.ts';
import { lawNames } from '../../src/laws/names.ts';
import { articleId, articleLabel } from '../../src/laws/article-ref.ts';
import { currentVersion, versionInForce } from '../../src/laws/versions.ts';
import { toChineseNumber } from '../../src/laws/numerals.ts';
import { createRandom, mixSeed, pickDistinct, pickWeighted, type Random } from './random.ts';
import {
  ADVICE,
  ASKS,
  type CategoryWording,
  CLOSING_HEADINGS,
  CLOSINGS,
  DEFAULT_WORDING,
  DETAIL_HEADINGS,
  FILLERS,
  FIRM_SYLLABLES,
  GIVEN,
  LAW_HEADINGS,
  OPENERS,
  PRACTICE_HEADINGS,
  REGIONS,
  SURNAMES,
  TITLE_PATTERNS,
  type Topic,
  topic,
  WORDING,
  WORRIES,
} from './wording.ts';

// Generates a synthetic knowledge base that looks like the real one, for benchmarks and tests.
// Everything is derived from (seed, question index) alone, so question i can be regenerated without
// its predecessors: that keeps memory flat at 100,000 questions and lets `related` point at other
// questions without remembering them. Nothing here reads the clock or Math.random, so the same
// count and seed always give the same bytes.

/** One file of the generated content folder, relative to that folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** The real knowledge base the corpus imitates, plus files copied unchanged (law JSON, dictionaries). */
export interface CorpusSample extends ContentSet {
  copies?: readonly CorpusFile[];
}

export interface CorpusOptions {
  count: number;
  seed: number;
  sample: CorpusSample;
}

const FIRST_DAY: IsoDate = '2019-01-01';
const LAST_DAY: IsoDate = '2026-11-20';
// Every 20th question relies on a superseded law version, as a real archive does: ~5%, and the
// fixed offset makes even a 30-question corpus contain one.
const STALE_EVERY = 20;
const STALE_OFFSET = 7;
const LAWYER_COUNT = 50;
const EDITORIAL_SHARE = 0.15;
const UPDATED_SHARE = 0.15;
// Keeps every folder to a couple of thousand files even at 100,000 questions.
const QUESTIONS_PER_FOLDER = 10_000;
const ANSWER_HAN_MIN = 1150;
const ANSWER_HAN_MAX = 1650;
const QUOTE_MAX = 160;
// Statute windows: articles this close to one the real answers cite stay on the category's topic.
const ARTICLE_WINDOW = 6;

const STREAM_PLAN = 1;
const STREAM_BODY = 2;
const STREAM_LAWYERS = 3;

// ---------------------------------------------------------------------------------------------
// Text measures and dates

/** Han characters, the unit Chinese answer length is judged in (punctuation and digits excluded). */
export function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007) count++;
  }
  return count;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

function randomDate(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return isoDay(random.int(dayNumber(from), dayNumber(to)));
}

// ---------------------------------------------------------------------------------------------
// The model: everything derived once from the sample, shared by every question.

interface Snippet {
  text: string;
  han: number;
}

interface LawFocus {
  lawId: string;
  law: Law;
  /** How often the category's real answers cite it: the more, the likelier it is picked. */
  weight: number;
  /** Article numbers the real answers cite; the pool is the articles around them. */
  centres: readonly number[];
}

interface CategoryModel {
  id: string;
  data: CategoryData;
  wording: CategoryWording;
  /** Sentences of the category's real answers that stand on their own. */
  sentences: readonly Snippet[];
  laws: readonly LawFocus[];
  /** The first day on which one of its laws is in force in its current version. */
  earliest: IsoDate;
}

interface StaleModel {
  category: CategoryModel;
  lawId: string;
  version: LawVersion;
  from: IsoDate;
  /** Last day of the superseded version. */
  to: IsoDate;
}

interface LawyerModel {
  id: string;
  data: AuthorData;
  categories: readonly string[];
}

interface Model {
  count: number;
  seed: number;
  width: number;
  categories: readonly CategoryModel[];
  stale: StaleModel | undefined;
  lawyers: readonly LawyerModel[];
  lawyersByCategory: ReadonlyMap<string, readonly LawyerModel[]>;
  editorial: Entry<AuthorData>;
  lawNamesInText: readonly string[];
  fillers: readonly string[];
  quotables: Map<string, Quotable[]>;
  /** `law|article` of every article a real answer cites: generated answers leave them to those. */
  sampleCited: ReadonlySet<string>;
}

/** A paragraph of an article that can be quoted in running text without being misread as a citation. */
interface QuotableParagraph {
  /** 0-based 款 index. */
  index: number;
  text: string;
  han: number;
}

interface Quotable {
  article: LawArticle;
  paragraphs: readonly QuotableParagraph[];
}

const ARTICLE_MENTION = /第\s*[零〇一二两三四五六七八九十百千0-9０-９]+\s*[条款项]/;
// Markdown syntax or references that only make sense next to the sentence they came from.
const UNSAFE_TEXT = /[《》*_#`<>[\]|\\]|本法|该法|本条|同条|前款|前两款|前三款|下列|如下|以下|上述/;
const DANGLING_START = /^(这|该|此|其中|以上|另外|此外|同时|但|所以|因此|也就是说|还有|至于|举例)/;

function buildModel({ count, seed, sample }: CorpusOptions): Model {
  const names = lawNames(sample.laws).names;
  const lawsById = new Map(sample.laws.map((law) => [law.id, law.data]));
  const subjects = sampleSubjects(sample);
  const categories = [...sample.categories]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((category) => categoryModel(category, sample, lawsById, names, subjects));
  const editorial = editorialAuthor(sample.authors);
  const lawyers = generateLawyers(seed, categories);
  const lawyersByCategory = new Map(
    categories.map((category) => [category.id, lawyers.filter((lawyer) => lawyer.categories.includes(category.id))]),
  );
  return {
    count,
    seed,
    width: Math.max(6, String(count).length),
    categories,
    stale: staleModel(sample, categories, lawsById),
    lawyers,
    lawyersByCategory,
    editorial,
    lawNamesInText: names,
    fillers: FILLERS.filter((text) => standsAlone(text, names)),
    quotables: new Map(),
    sampleCited: new Set(
      sample.questions.flatMap((question) =>
        question.data.statutes.map((statute) =>
          citedKey(statute.law, articleId(statute.article.number, statute.article.sub)),
        ),
      ),
    ),
  };
}

const citedKey = (lawId: string, article: string) => `${lawId}|${article}`;

/** What the real questions are about: their tags, and everything they say. */
interface Subjects {
  tags: readonly string[];
  text: string;
}

function sampleSubjects(sample: CorpusSample): Subjects {
  return {
    tags: [...new Set(sample.questions.flatMap((question) => question.data.tags))].filter((tag) => tag.length >= 2),
    text: sample.questions
      .map((question) => `${question.data.title}\n${question.data.question}\n${question.body}`)
      .join('\n'),
  };
}

/**
 * Generated questions never take a subject the real ones speak of: a topic is left out when three
 * characters in a row of its word or tags occur anywhere in a real question (title, reader's
 * question, answer), or when it shares a tag with one (either containing the other). Generated answers still borrow the real answers'
 * sentences, but each real question stays the one page about its readers' words at any size,
 * which is what the bench's recall measurement with the sample mixed in relies on.
 */
function newSubject(topic: Topic, subjects: Subjects): boolean {
  const words = [topic.word, ...topic.tags];
  return (
    !words.some((word) => pieces(word).some((piece) => subjects.text.includes(piece))) &&
    !words.some((word) => subjects.tags.some((tag) => word.includes(tag) || tag.includes(word)))
  );
}

// Three characters already name a subject (违约金 in 违约金过高); two are often just a common word.
const SUBJECT_PIECE = 3;

/** A word itself when short, else every run of SUBJECT_PIECE characters in it. */
function pieces(word: string): string[] {
  const chars = [...word];
  if (chars.length <= SUBJECT_PIECE) return [word];
  return chars.slice(0, chars.length - SUBJECT_PIECE + 1).map((_, i) => chars.slice(i, i + SUBJECT_PIECE).join(''));
}

function categoryModel(
  category: Entry<CategoryData>,
  sample: CorpusSample,
  lawsById: ReadonlyMap<string, Law>,
  names: readonly string[],
  subjects: Subjects,
): CategoryModel {
  const questions = sample.questions
    .filter((question) => question.data.category === category.id)
    .sort((a, b) => a.id.localeCompare(b.id));
  const focus = new Map<string, { weight: number; centres: number[] }>();
  for (const question of questions) {
    for (const statute of question.data.statutes) {
      if (!lawsById.has(statute.law)) continue;
      const entry = focus.get(statute.law) ?? { weight: 0, centres: [] };
      entry.weight++;
      entry.centres.push(statute.article.number);
      focus.set(statute.law, entry);
    }
  }
  // A category nobody has written about yet still needs laws: then any law will do.
  if (focus.size === 0) for (const id of lawsById.keys()) focus.set(id, { weight: 1, centres: [] });
  const laws = [...focus]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lawId, { weight, centres }]) => ({ lawId, law: lawsById.get(lawId)!, weight, centres }));
  const earliest = laws.map((focus) => currentVersion(focus.law).effectiveFrom).sort()[0] ?? FIRST_DAY;
  const fallback = topic(category.data.name, category.id, [category.data.name]);
  const listed = WORDING[category.id] ?? { ...DEFAULT_WORDING, topics: [] };
  const topics = listed.topics.filter((candidate) => newSubject(candidate, subjects));
  const wording = { ...listed, topics: topics.length > 0 ? topics : [fallback] };
  return {
    id: category.id,
    data: category.data,
    wording,
    sentences: questions.flatMap((question) => standaloneSentences(question.body, names)),
    laws,
    earliest: minDate(maxDate(earliest, FIRST_DAY), LAST_DAY),
  };
}

/** Sentences of an answer that read well anywhere: no citations, no law names, no Markdown, no "this". */
function standaloneSentences(markdown: string, names: readonly string[]): Snippet[] {
  const out: Snippet[] = [];
  for (const rawLine of markdown.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const text = line.replace(/^(?:[-*+]|\d+\.)\s+/, '').replace(/\*\*/g, '');
    for (const sentence of text.match(/[^。！？]+[。！？]/g) ?? []) {
      const trimmed = sentence.trim();
      const han = hanCount(trimmed);
      if (han >= 14 && trimmed.length <= 120 && balanced(trimmed) && standsAlone(trimmed, names)) {
        out.push({ text: trimmed, han });
      }
    }
  }
  return out;
}

/** Splitting at 。 can leave a quotation's closing mark at the start of the next sentence. */
function balanced(text: string): boolean {
  const count = (char: string) => text.split(char).length - 1;
  return count('“') === count('”') && count('（') === count('）') && count('(') === count(')');
}

function standsAlone(text: string, names: readonly string[]): boolean {
  return (
    !ARTICLE_MENTION.test(text) &&
    !UNSAFE_TEXT.test(text) &&
    !DANGLING_START.test(text) &&
    !names.some((name) => text.includes(name))
  );
}

/**
 * The real answer that relies on a superseded law version, if any: generated stale answers copy its
 * category, law version and articles, so their warnings are the same kind an editor sees.
 */
function staleModel(
  sample: CorpusSample,
  categories: readonly CategoryModel[],
  lawsById: ReadonlyMap<string, Law>,
): StaleModel | undefined {
  for (const question of [...sample.questions].sort((a, b) => a.id.localeCompare(b.id))) {
    const date = answerDate(question.data);
    const category = categories.find((c) => c.id === question.data.category);
    for (const statute of question.data.statutes) {
      const law = lawsById.get(statute.law);
      const version = law && versionInForce(law, date);
      if (!law || !version || !category || version === currentVersion(law) || !version.effectiveTo) continue;
      return {
        category,
        lawId: statute.law,
        version,
        from: maxDate(version.effectiveFrom, FIRST_DAY),
        to: isoDay(dayNumber(version.effectiveTo) - 1),
      };
    }
  }
  return undefined;
}

function editorialAuthor(authors: readonly Entry<AuthorData>[]): Entry<AuthorData> {
  const found = [...authors].sort((a, b) => a.id.localeCompare(b.id)).find((a) => a.data.kind === 'editorial');
  return (
    found ?? {
      id: 'editorial',
      file: 'lawyers/editorial.yaml',
      data: { name: '法问编辑部', kind: 'editorial', practiceAreas: ['法律知识普及'], bio: '法问编辑部撰写示例解答。' },
    }
  );
}

function generateLawyers(seed: number, categories: readonly CategoryModel[]): LawyerModel[] {
  const random = createRandom(mixSeed(seed, STREAM_LAWYERS));
  const taken = new Set<string>();
  const lawyers: LawyerModel[] = [];
  for (let n = 0; n < LAWYER_COUNT; n++) {
    const [surname, surnameKey] = random.pick(SURNAMES);
    const given = pickDistinct(random, GIVEN, random.chance(0.3) ? 1 : 2);
    const name = surname + given.map(([han]) => han).join('');
    const id = uniqueId(`${surnameKey}-${given.map(([, key]) => key).join('')}`, taken);
    // Cycling the first category guarantees every category a few lawyers.
    const first = categories[n % categories.length]!;
    const others = categories.filter((category) => category !== first);
    const second = others.length > 0 ? random.pick(others) : first;
    const areas = [...new Set([first, second].map((category) => category.data.name))];
    const region = random.pick(REGIONS);
    const firm = `${region}${pickDistinct(random, FIRM_SYLLABLES, 2).join('')}律师事务所`;
    const years = random.int(3, 25);
    const focus = random.pick(first.wording.topics).word;
    lawyers.push({
      id,
      categories: [...new Set([first.id, second.id])],
      data: {
        name,
        kind: 'lawyer',
        credential: '执业律师',
        firm,
        region,
        practiceAreas: areas,
        helped: random.int(12, 3600),
        bio: `${name}律师执业${years}年，主要办理${areas.join('、')}类案件，在法问解答${focus}等问题。`,
      },
    });
  }
  return lawyers;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The articles of a law version around the category's focus that can be quoted, computed once. */
function quotablesFor(model: Model, category: CategoryModel, focus: LawFocus, version: LawVersion): Quotable[] {
  const key = `${category.id}|${focus.lawId}|${version.effectiveFrom}`;
  let pool = model.quotables.get(key);
  if (pool) return pool;
  const all = version.articles.flatMap((article) => {
    if (model.sampleCited.has(citedKey(focus.lawId, article.id))) return [];
    const paragraphs = quotableParagraphs(article, model.lawNamesInText);
    return paragraphs.length > 0 ? [{ article, paragraphs }] : [];
  });
  const near = all.filter(({ article }) =>
    focus.centres.some((centre) => Math.abs(article.number - centre) <= ARTICLE_WINDOW),
  );
  pool = near.length >= 3 ? near : all;
  model.quotables.set(key, pool);
  return pool;
}

function quotableParagraphs(article: LawArticle, names: readonly string[]): QuotableParagraph[] {
  return article.paragraphs.flatMap((paragraph, index) => {
    const full =
      paragraph.text.endsWith('：') || paragraph.text === ''
        ? paragraph.text + paragraph.items.join('')
        : paragraph.text;
    const text = shortenQuote(full);
    if (text === undefined || !standsAlone(text, names) || /\s/.test(text)) return [];
    return [{ index, text, han: hanCount(text) }];
  });
}

/** The paragraph cut after a whole sentence or clause, without its final punctuation. */
function shortenQuote(text: string): string | undefined {
  let cut = text;
  if (text.length > QUOTE_MAX) {
    const end = Math.max(text.lastIndexOf('。', QUOTE_MAX), text.lastIndexOf('；', QUOTE_MAX));
    if (end < 20) return undefined;
    cut = text.slice(0, end);
  }
  cut = cut.replace(/[。；：，、]+$/, '');
  return hanCount(cut) >= 12 ? cut : undefined;
}

// ---------------------------------------------------------------------------------------------
// One question

interface Plan {
  index: number;
  slug: string;
  category: CategoryModel;
  topic: Topic;
  stale: boolean;
}

/** Category, topic and slug of question `index`: cheap, so `related` can look at its neighbours. */
function planQuestion(model: Model, index: number): Plan {
  const random = createRandom(mixSeed(model.seed, index, STREAM_PLAN));
  const stale = model.stale !== undefined && index % STALE_EVERY === STALE_OFFSET;
  const category = stale ? model.stale!.category : pickWeighted(random, model.categories, (c) => c.wording.weight);
  const chosen = random.pick(category.wording.topics);
  const number = String(index + 1).padStart(model.width, '0');
  return { index, slug: `q-${number}-${chosen.key}`, category, topic: chosen, stale };
}

interface Statute {
  lawId: string;
  law: Law;
  article: LawArticle;
  quote: QuotableParagraph;
  /** 1-based 款 when the citation names it. */
  paragraph: number | undefined;
}

function questionFile(model: Model, index: number): CorpusFile {
  const plan = planQuestion(model, index);
  const random = createRandom(mixSeed(model.seed, index, STREAM_BODY));
  const dates = pickDates(random, model, plan);
  const statutes = pickStatutes(random, model, plan, dates.answer);
  const editorial = random.chance(EDITORIAL_SHARE);
  const lawyers = model.lawyersByCategory.get(plan.category.id) ?? model.lawyers;
  const lawyer = editorial || lawyers.length === 0 ? model.editorial.id : random.pick(lawyers).id;
  const frontmatter = [
    `title: ${yamlText(fill(random.pick(TITLE_PATTERNS), plan.topic.word))}`,
    `question: ${yamlText(readerQuestion(random, plan))}`,
    `category: ${plan.category.id}`,
    `tags: [${pickTags(random, plan).map(yamlText).join(', ')}]`,
    `lawyer: ${lawyer}`,
    ...(lawyer === model.editorial.id ? ['sample: true'] : []),
    'statutes:',
    ...statutes.map(statuteLine),
    `related: [${pickRelated(random, model, plan).join(', ')}]`,
    `published: ${dates.published}`,
    ...(dates.updated ? [`updated: ${dates.updated}`] : []),
    'draft: false',
  ];
  const folder = String(Math.floor(index / QUESTIONS_PER_FOLDER)).padStart(2, '0');
  return {
    path: `questions/${plan.category.id}/${folder}/${plan.slug}.md`,
    text: `---\n${frontmatter.join('\n')}\n---\n\n${answerBody(random, model, plan, statutes)}`,
  };
}

function pickDates(
  random: Random,
  model: Model,
  plan: Plan,
): { answer: IsoDate; published: IsoDate; updated?: IsoDate | undefined } {
  // A stale answer must speak for a day on which the superseded version was still in force.
  const [from, to] = plan.stale ? [model.stale!.from, model.stale!.to] : [plan.category.earliest, LAST_DAY];
  const answer = randomDate(random, from, to);
  if (plan.stale || !random.chance(UPDATED_SHARE) || answer <= FIRST_DAY) return { answer, published: answer };
  const published = maxDate(FIRST_DAY, isoDay(dayNumber(answer) - random.int(30, 900)));
  return { answer, published, updated: answer };
}

function pickStatutes(random: Random, model: Model, plan: Plan, date: IsoDate): Statute[] {
  // Outside the intentional stale answers, only laws whose current version is in force on the
  // answer's date are cited, so no other answer draws a superseded-version warning.
  const laws = plan.category.laws.flatMap((focus) => {
    const version = versionInForce(focus.law, date);
    if (!version || (!plan.stale && version !== currentVersion(focus.law))) return [];
    return [{ focus, version }];
  });
  const wanted = random.pick([1, 2, 2, 3, 3, 4]);
  const chosen: Statute[] = [];
  const seen = new Set<string>();
  const add = (focus: LawFocus, quotable: Quotable) => {
    const key = `${focus.lawId}#${quotable.article.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const quote = random.pick(quotable.paragraphs);
    const paragraph = quotable.article.paragraphs.length > 1 && random.chance(0.35) ? quote.index + 1 : undefined;
    chosen.push({ lawId: focus.lawId, law: focus.law, article: quotable.article, quote, paragraph });
  };
  if (plan.stale) addStaleStatute(random, model, plan, add);
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 8 && laws.length > 0; attempt++) {
    const { focus, version } = pickWeighted(random, laws, (entry) => entry.focus.weight);
    const pool = quotablesFor(model, plan.category, focus, version);
    if (pool.length > 0) add(focus, random.pick(pool));
  }
  return groupByLaw(chosen);
}

function addStaleStatute(
  random: Random,
  model: Model,
  plan: Plan,
  add: (focus: LawFocus, quotable: Quotable) => void,
): void {
  const stale = model.stale!;
  const focus = plan.category.laws.find((law) => law.lawId === stale.lawId);
  if (!focus) return;
  const pool = quotablesFor(model, plan.category, focus, stale.version);
  if (pool.length > 0) add(focus, random.pick(pool));
}

/** Citations of one law stay together, as editors write them, so later ones can be bare 第X条. */
function groupByLaw(statutes: readonly Statute[]): Statute[] {
  const order = [...new Set(statutes.map((statute) => statute.lawId))];
  return order.flatMap((lawId) => statutes.filter((statute) => statute.lawId === lawId));
}

function statuteLine(statute: Statute): string {
  const { number, sub } = statute.article;
  const article = sub === 0 ? String(number) : `"${number}之${toChineseNumber(sub)}"`;
  const paragraph = statute.paragraph === undefined ? '' : `, paragraph: ${statute.paragraph}`;
  return `  - { law: ${statute.lawId}, article: ${article}${paragraph} }`;
}

function pickTags(random: Random, plan: Plan): string[] {
  const own = pickDistinct(random, plan.topic.tags, random.int(1, plan.topic.tags.length));
  return own.length >= 2 ? own : [...new Set([...own, plan.category.data.name])];
}

/** 0–3 other questions, preferably of the same category, found among nearby indexes. */
function pickRelated(random: Random, model: Model, plan: Plan): string[] {
  if (model.count < 2) return [];
  const wanted = random.pick([0, 1, 1, 2, 2, 2, 3, 3]);
  const picked: string[] = [];
  const span = Math.min(model.count - 1, 200);
  for (let attempt = 0; picked.length < wanted && attempt < wanted * 10; attempt++) {
    const offset = random.int(1, span) * (random.chance(0.5) ? -1 : 1);
    const other = planQuestion(model, (((plan.index + offset) % model.count) + model.count) % model.count);
    const sameCategory = other.category === plan.category || attempt >= wanted * 8;
    if (other.index !== plan.index && sameCategory && !picked.includes(other.slug)) picked.push(other.slug);
  }
  return picked;
}

function readerQuestion(random: Random, plan: Plan): string {
  const head = fill(random.pick(plan.category.wording.situations), plan.topic.word);
  const ask = fill(random.pick(ASKS), plan.topic.word);
  const worries = pickDistinct(random, WORRIES, WORRIES.length);
  let middle = '';
  // Readers write 80–150 characters: add worries until it is long enough, never past the limit.
  for (const worry of worries) {
    const length = head.length + middle.length + ask.length;
    if (length >= 80 && (length >= 110 || random.chance(0.5))) break;
    if (length + worry.length > 150) continue;
    middle += worry;
  }
  return head + middle + ask;
}

// ---------------------------------------------------------------------------------------------
// The answer

/** Tracks which law a bare 第X条 would refer to, exactly as the citation scanner reads the answer. */
interface CitationState {
  named: Set<string>;
  last: string | undefined;
}

function answerBody(random: Random, model: Model, plan: Plan, statutes: readonly Statute[]): string {
  const target = random.int(ANSWER_HAN_MIN, ANSWER_HAN_MAX);
  const used = new Set<string>();
  const sentence = () => nextSentence(random, model, plan, used);
  const topicWord = plan.topic.word;

  const sentences = (count: number) => Array.from({ length: count }, () => sentence().text).join('');

  const opening = fill(random.pick(OPENERS), topicWord) + sentences(random.int(1, 2));
  const state: CitationState = { named: new Set(), last: undefined };
  const asList = statutes.length >= 3 && random.chance(0.4);
  const cited = statutes.map((statute, n) => {
    const text = citationSentence(random, statute, state);
    return asList && n > 0 ? `- ${text}` : text + sentences(random.int(1, 2));
  });
  const lawBlocks = asList ? [cited[0]!, cited.slice(1).join('\n')] : cited;
  const advice = pickDistinct(random, ADVICE, random.int(3, 4))
    .map(({ label, text }) => `- **${label}**：${text}`)
    .join('\n');
  const closing = fill(random.pick(CLOSINGS), topicWord);

  const fixed = [opening, ...lawBlocks, advice, closing].reduce((sum, block) => sum + hanCount(block), 0);
  const details = detailParagraphs(random, target - fixed, sentence);
  const blocks = [
    opening,
    `### ${random.pick(LAW_HEADINGS)}`,
    ...lawBlocks,
    ...(details.length > 0 ? [`### ${random.pick(DETAIL_HEADINGS)}`, ...details] : []),
    `### ${random.pick(PRACTICE_HEADINGS)}`,
    advice,
    `### ${random.pick(CLOSING_HEADINGS)}`,
    closing,
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Paragraphs of two to four sentences until the answer reaches its length; now and then a list. */
function detailParagraphs(random: Random, missing: number, sentence: () => Snippet): string[] {
  const paragraphs: string[] = [];
  let remaining = missing;
  while (remaining > 0) {
    const list = paragraphs.length > 0 && random.chance(0.25);
    const parts: string[] = [];
    for (let n = random.int(2, 4); n > 0 && remaining > 0; n--) {
      const next = sentence();
      parts.push(next.text);
      remaining -= next.han;
    }
    paragraphs.push(list ? parts.map((part) => `- ${part}`).join('\n') : parts.join(''));
  }
  return paragraphs;
}

/** A sentence of the category's real answers or a filler, not repeated within one answer while any are left. */
function nextSentence(random: Random, model: Model, plan: Plan, used: Set<string>): Snippet {
  const own = plan.category.sentences;
  const total = own.length + model.fillers.length;
  for (let attempt = 0; attempt < 12; attempt++) {
    // The real answers' sentences carry the substance, so they come first while they last.
    const n = own.length > 0 && random.chance(0.6) ? random.int(0, own.length - 1) : random.int(0, total - 1);
    const text = n < own.length ? own[n]!.text : fill(model.fillers[n - own.length]!, plan.topic.word);
    if (used.has(text) && used.size < total) continue;
    used.add(text);
    return { text, han: hanCount(text) };
  }
  const text = fill(random.pick(model.fillers), plan.topic.word);
  return { text, han: hanCount(text) };
}

/** “《中华人民共和国民法典》第五百七十七条规定，……。” with the law named as editors do. */
function citationSentence(random: Random, statute: Statute, state: CitationState): string {
  const label =
    articleLabel(statute.article.number, statute.article.sub) +
    (statute.paragraph === undefined ? '' : `第${toChineseNumber(statute.paragraph)}款`);
  const { law } = statute;
  let reference: string;
  if (!state.named.has(statute.lawId)) reference = `《${law.title}》${label}`;
  else if (state.last === statute.lawId && random.chance(0.6)) {
    reference = random.chance(0.5) ? label : `该${lawKind(law.title)}${label}`;
  } else reference = `《${law.short}》${label}`;
  state.named.add(statute.lawId);
  state.last = statute.lawId;
  const quote = statute.quote.text;
  switch (random.int(0, 3)) {
    case 0:
      return `${reference}规定，${quote}。`;
    case 1:
      return `依照${reference}，${quote}。`;
    case 2:
      return `根据${reference}的规定，${quote}。`;
    default:
      return `${reference}明确，${quote}。`;
  }
}

function lawKind(title: string): string {
  return ['条例', '办法', '规定'].find((kind) => title.endsWith(kind)) ?? '法';
}

function fill(template: string, topicWord: string): string {
  return template.replaceAll('{topic}', topicWord);
}

/** A YAML scalar: plain when that is unambiguous (as editors write), JSON-quoted otherwise. */
function yamlText(text: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/[:#,[\]{}]|\s$/.test(text);
  return plain ? text : JSON.stringify(text);
}

// ---------------------------------------------------------------------------------------------
// Authors and categories

function authorYaml(author: AuthorData): string {
  const lines = [
    `name: ${yamlText(author.name)}`,
    `kind: ${author.kind}`,
    ...(author.credential ? [`credential: ${yamlText(author.credential)}`] : []),
    ...(author.firm ? [`firm: ${yamlText(author.firm)}`] : []),
    ...(author.region ? [`region: ${yamlText(author.region)}`] : []),
    `practiceAreas: [${author.practiceAreas.map(yamlText).join(', ')}]`,
    ...(author.helped === undefined ? [] : [`helped: ${author.helped}`]),
    `bio: ${yamlText(author.bio)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function categoryYaml(category: CategoryData): string {
  return `name: ${yamlText(category.name)}\ndescription: ${yamlText(category.description)}\norder: ${category.order}\n`;
}

/**
 * The files of a generated content folder, one at a time: copied files, categories, authors,
 * then `count` questions. Holding only the shared model, it runs in constant memory.
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  if (!Number.isSafeInteger(options.count) || options.count < 1) {
    throw new RangeError(`count must be a positive integer, got ${options.count}`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  const model = buildModel(options);
  const copies = [...(options.sample.copies ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  yield* copies;
  for (const category of model.categories) {
    yield { path: `categories/${category.id}.yaml`, text: categoryYaml(category.data) };
  }
  yield { path: `lawyers/${model.editorial.id}.yaml`, text: authorYaml(model.editorial.data) };
  for (const lawyer of model.lawyers) yield { path: `lawyers/${lawyer.id}.yaml`, text: authorYaml(lawyer.data) };
  for (let index = 0; index < model.count; index++) yield questionFile(model, index);
}
