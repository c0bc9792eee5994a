import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexManifest } from '../../src/search/manifest.ts';
import { encodeTerm } from '../../src/search/text.ts';
import { buildSite, repoRoot, type BuildResult, type FixtureSite } from '../helpers/build.ts';
import { removeFolder } from '../../src/shared/remove-folder.ts';

// Rebuilds of the sample site after an editor's change, in search shards of 8 pages (5, 8 and 8).
const SHARDS = { FAWEN_SEARCH_SHARD_PAGES: '8' };
// An answer edited in its body only: no other page shows its body.
const EDITED = 'ba-shi-san-sui-lao-ren-fan-zui';
const ADDED_WORDS = '邻居都叫他老顽童';
// A question renamed: its page and the pages listing it (related questions, its category, its author, the articles it cites) change.
const RENAMED = 'pan-bu-li-hun-hou-ru-he-li-hun';
const NEW_TITLE = '法院判决不准离婚以后，还能再起诉离婚吗？';
// Code outside the cache-keyed folders (src/code-version.ts): editing it must keep every cache valid.
const BENCH_FILE = path.join(repoRoot, 'bench/corpus/generate.ts');
// Code of the answers' Markdown pipeline: editing it must re-render every answer, and only them.
const PIPELINE_FILE = path.join(repoRoot, 'src/plugins/rehype-external-links.ts');
// One article of one law version, cited by one sample answer: its text is edited.
const LAW = 'anti-unfair-competition-law';
const LAW_VERSION = '2019-04-23';
const ARTICLE = '9';
const CITING_ARTICLE = 'shang-ye-ji-mi-an-quan-bao-hu';
// A category renamed: the pages of its questions and its own list change.
const CATEGORY = 'intellectual-property';

let site: FixtureSite;
const builds: BuildResult[] = [];
const indexes: Map<string, Buffer>[] = [];
// Every page of each build (HTML and feeds), by path under dist/, with a digest of its bytes.
const outputs: Map<string, string>[] = [];
let listingRenamed: string[] = [];

const questionFile = (slug: string) => path.join(site.content, 'questions', `${slug}.md`);
const page = (slug: string) => fs.readFileSync(path.join(site.dist, 'questions', slug, 'index.html'), 'utf8');
const edit = (slug: string, from: string, to: string) => {
  const text = fs.readFileSync(questionFile(slug), 'utf8');
  if (!text.includes(from)) throw new Error(`${slug} no longer contains “${from}”`);
  fs.writeFileSync(questionFile(slug), text.replace(from, to));
};

/** Rewrites a file in one step: the bench test running beside this one may be reading it. */
function replaceFile(file: string, data: string | Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/** Question pages Astro rendered in this build, as opposed to restoring them from its cache. */
// Astro logs each page as "├─ <path>" and then, for a page restored from its cache, " (restored)" or
// " (cached)" in the same breath. With several pages in flight (build.concurrency) the lines run into
// each other, so a page counts as rendered when its path is not followed at once by either word.
const renderedQuestions = (output: string) =>
  [
    ...output
      .replace(/\x1b\[[0-9;]*m/g, '')
      .matchAll(/├─ \/questions\/([^/]+)\/index\.html(?! \((?:restored|cached)\))/g),
  ]
    .map((match) => match[1]!)
    .sort();

/** Every page Astro rendered in this build rather than restored, by path under dist/. */
const renderedPages = (output: string) =>
  [...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/├─ \/(\S+?\.(?:html|xml))(?! \((?:restored|cached)\))/g)]
    .map((match) => match[1]!)
    .sort();

function readPages(): Map<string, string> {
  return new Map(
    fs
      .globSync('**/*.{html,xml}', { cwd: site.dist })
      .filter((file) => !file.startsWith('pagefind/'))
      .map((file) => [
        file,
        createHash('sha256')
          .update(fs.readFileSync(path.join(site.dist, file)))
          .digest('hex'),
      ]),
  );
}

/** Pages whose bytes differ between two builds, or that only one of them has. */
const changedPages = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();

const without = (items: readonly string[], removed: readonly string[]) =>
  items.filter((item) => !removed.includes(item));

/** From the index step's line "read N of M pages to index". */
const pagesRead = (output: string) => {
  const match = /read (\d+) of (\d+) pages to index/.exec(output);
  if (!match) throw new Error('the index step did not say how many pages it read');
  return { read: Number(match[1]), of: Number(match[2]) };
};

const questionPage = (file: string) => /^questions\/[^/]+\/index\.html$/.test(file);

const shardLines = (output: string) => output.split('\n').filter((line) => /indexed \d+ pages into /.test(line));

/** Every file of the built search index, by path under pagefind/. */
function readIndex(): Map<string, Buffer> {
  const dir = path.join(site.dist, 'pagefind');
  return new Map(
    fs
      .globSync('**/*', { cwd: dir })
      .filter((file) => fs.statSync(path.join(dir, file)).isFile())
      .map((file) => [file, fs.readFileSync(path.join(dir, file))]),
  );
}

async function build(args: string[] = []): Promise<void> {
  const result = await buildSite(site, SHARDS, args);
  if (result.code !== 0) throw new Error(result.output);
  builds.push(result);
  indexes.push(readIndex());
  outputs.push(readPages());
}

/** A build with a comment added to one file of the repository's code, which is restored afterwards. */
async function buildWithCodeEdited(file: string): Promise<void> {
  const code = fs.readFileSync(file);
  try {
    replaceFile(file, `${code}\n// An edit made by tests/site/warm-rebuild.test.ts.\n`);
    await build();
  } finally {
    replaceFile(file, code);
  }
}

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'fawen-warm-'));
  site = {
    dir,
    content: path.join(dir, 'content'),
    dist: path.join(dir, 'dist'),
    cleanup: () => removeFolder(dir),
  };
  await cp(path.join(repoRoot, 'content'), site.content, { recursive: true });
  await build();
  listingRenamed = fs
    .readdirSync(path.join(site.dist, 'questions'))
    .filter(
      (slug) =>
        slug !== RENAMED &&
        /id="related-title"[\s\S]*<\/section>/.exec(page(slug))![0].includes(`/questions/${RENAMED}/`),
    );
  // One build for two edits that must each leave the other pages alone: code outside the cache keys,
  // and one answer's body.
  edit(EDITED, '同样要承担刑事责任', `同样要承担刑事责任，${ADDED_WORDS}`);
  await buildWithCodeEdited(BENCH_FILE);
  edit(RENAMED, /^title: .*$/m.exec(fs.readFileSync(questionFile(RENAMED), 'utf8'))![0], `title: ${NEW_TITLE}`);
  await build();
  const lawFile = path.join(site.content, 'laws', `${LAW}.json`);
  const law = JSON.parse(fs.readFileSync(lawFile, 'utf8'));
  const article = law.versions
    .find((version: { effectiveFrom: string }) => version.effectiveFrom === LAW_VERSION)
    .articles.find((candidate: { id: string }) => candidate.id === ARTICLE);
  article.paragraphs[0].text += '（测试修改）';
  fs.writeFileSync(lawFile, `${JSON.stringify(law, null, 2)}\n`);
  await build();
  const categoryFile = path.join(site.content, 'categories', `${CATEGORY}.yaml`);
  fs.writeFileSync(categoryFile, fs.readFileSync(categoryFile, 'utf8').replace(/^name: (.*)$/m, 'name: $1（改）'));
  await build();
  await buildWithCodeEdited(PIPELINE_FILE);
  await build(['--force']);
}, 420_000);

afterAll(() => site?.cleanup());

describe('warm rebuilds', () => {
  it('render and index everything on a cold build', () => {
    expect(renderedQuestions(builds[0]!.output)).toHaveLength(21);
    expect(shardLines(builds[0]!.output)).toHaveLength(3);
    expect(shardLines(builds[0]!.output).filter((line) => line.includes('from the cache'))).toEqual([]);
  });

  // The bench's code keys no cache: were it to, every page would be rendered and every shard written.
  it('after an edited answer and an edit to the bench render only its page and restore the other question pages', () => {
    expect(renderedQuestions(builds[1]!.output)).toEqual([EDITED]);
    expect(builds[1]!.output).toContain('20 篇取自缓存');
  });

  it('after an edited answer and an edit to the bench index only it, into the delta, copying every shard byte for byte', () => {
    const [before, after] = [indexes[0]!, indexes[1]!];
    expect(shardLines(builds[1]!.output).filter((line) => !line.includes('from the cache'))).toEqual([
      expect.stringContaining('indexed 1 pages into pagefind/delta/'),
    ]);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (file) => !before.get(file)?.equals(after.get(file) ?? Buffer.alloc(0)),
    );
    expect(changed.filter((file) => !file.startsWith('delta/'))).toEqual(['fawen-index.json']);
    const fragments = [...after]
      .filter(([file]) => file.startsWith('delta/fragment/'))
      .map(([, bytes]) => gunzipSync(bytes).toString('utf8'));
    expect(fragments).toHaveLength(1);
    expect(fragments[0]).toContain(`/questions/${EDITED}/`);
    expect(fragments[0]).toContain(ADDED_WORDS);
    // The fragment a reader downloads carries no encoded terms; the index itself does.
    expect(fragments[0]).not.toContain(encodeTerm('顽童'));
    // The edited page's copy in its shard is named as replaced, and nothing else is.
    const manifest = JSON.parse(after.get('fawen-index.json')!.toString('utf8')) as IndexManifest;
    expect(Object.values(manifest.delta!.superseded).flat()).toHaveLength(1);
  });

  it('read only the question pages whose cache key changed since the shards were written, or all after a code edit', () => {
    expect(pagesRead(builds[0]!.output)).toEqual({ read: 21, of: 21 });
    // Builds 1 to 4 index into a delta on the shards of build 0: a page unchanged since then is not read.
    for (const n of [1, 2, 3, 4]) {
      const changed = changedPages(outputs[0]!, outputs[n]!).filter(questionPage);
      expect(pagesRead(builds[n]!.output), `build ${n}`).toEqual({ read: changed.length, of: 21 });
    }
    expect(pagesRead(builds[1]!.output).read).toBe(1);
    // Any edit to the site's code may change any page: build 5 reads every page again.
    expect(pagesRead(builds[5]!.output)).toEqual({ read: 21, of: 21 });
  });

  it('after later edits keep every shard as it was and index the changed pages into the delta', () => {
    for (const n of [2, 3, 4]) {
      const written = shardLines(builds[n]!.output).filter((line) => !line.includes('from the cache'));
      expect(written.every((line) => line.includes('pagefind/delta/'))).toBe(true);
    }
    const manifest = JSON.parse(indexes[4]!.get('fawen-index.json')!.toString('utf8')) as IndexManifest;
    expect(manifest.shards).toEqual([5, 8, 8]);
    expect(manifest.delta!.pages).toBeGreaterThanOrEqual(2);
  });

  it('after an edit to cache-keyed code (the Markdown pipeline) write every shard again, without a delta', () => {
    expect(shardLines(builds[5]!.output).filter((line) => !line.includes('from the cache'))).toHaveLength(3);
    expect(JSON.parse(indexes[5]!.get('fawen-index.json')!.toString('utf8'))).toEqual({ shards: [5, 8, 8] });
  });

  it('after a renamed question render it and every page listing it, with the new title', () => {
    expect(listingRenamed.length).toBeGreaterThan(0);
    expect(renderedQuestions(builds[2]!.output)).toEqual([RENAMED, ...listingRenamed].sort());
    for (const slug of listingRenamed) expect(page(slug)).toContain(NEW_TITLE);
  });

  it('with --force render and index everything again', () => {
    expect(renderedQuestions(builds[6]!.output)).toHaveLength(21);
    expect(shardLines(builds[6]!.output).filter((line) => line.includes('from the cache'))).toEqual([]);
  });

  describe('render exactly the pages showing what changed', () => {
    // Pages without a key are rendered on every build; the build after the edited answer renders only
    // them and the answer's page.
    const editedPage = `questions/${EDITED}/index.html`;
    const unkeyed = () => without(renderedPages(builds[1]!.output), [editedPage]);

    it('render only the few pages without a key, and the edited answer', () => {
      expect(renderedPages(builds[1]!.output)).toContain(editedPage);
      expect(unkeyed()).toEqual(
        expect.arrayContaining(['index.html', '404.html', 'search/index.html', 'laws/index.html', 'feed.xml']),
      );
      for (const file of unkeyed())
        expect(file).toMatch(/^(index|404)\.html$|^(search|categories|laws)\/index\.html$|feed\.xml$/);
      expect(without(changedPages(outputs[0]!, outputs[1]!), unkeyed())).toEqual([editedPage]);
    });

    it.each([
      [1, 'an edited answer', editedPage],
      [2, 'a renamed question', `categories/marriage-family/index.html`],
      [3, 'an edited article of a law version', `laws/${LAW}/versions/${LAW_VERSION}/${ARTICLE}/index.html`],
      [4, 'a renamed category', `categories/${CATEGORY}/index.html`],
    ])(
      'after %i, %s: every page that changed was rendered, and every keyed page rendered changed',
      (n, _what, sure) => {
        const changed = changedPages(outputs[n - 1]!, outputs[n]!);
        const rendered = renderedPages(builds[n]!.output);
        expect(changed).toContain(sure);
        expect(without(changed, rendered)).toEqual([]);
        expect(without(without(rendered, unkeyed()), changed)).toEqual([]);
      },
    );

    it('after an edited article, re-render the answers citing it and the law’s pages showing it', () => {
      const changed = changedPages(outputs[2]!, outputs[3]!);
      expect(changed).toEqual(
        expect.arrayContaining([
          `questions/${CITING_ARTICLE}/index.html`,
          `laws/${LAW}/versions/${LAW_VERSION}/index.html`,
        ]),
      );
    });

    it('after an edit to the Markdown pipeline, render every question page and no other keyed page', () => {
      const keyed = without(renderedPages(builds[5]!.output), unkeyed());
      const questionPages = [...outputs[4]!.keys()].filter(questionPage);
      expect(keyed).toEqual(questionPages.sort());
    });
  });

  it('keep only the latest build’s shards in the cache, and the list of them', () => {
    const entries = fs.readdirSync(path.join(site.dir, 'cache/search-index'));
    expect(entries.filter((entry) => entry !== 'base.json')).toEqual([
      expect.stringMatching(/^[0-9a-f]{32}$/),
      expect.stringMatching(/^[0-9a-f]{32}$/),
      expect.stringMatching(/^[0-9a-f]{32}$/),
    ]);
    expect(entries).toContain('base.json');
  });
});
