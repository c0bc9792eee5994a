import { describe, expect, it } from 'vitest';
import { parseBuildLog, stripAnsi, type TimedLine } from '../../../bench/measure/phases.ts';

// The lines of a real `npm run build` of the sample site (`astro build`, then the search index), with
// made-up arrival times (ms).
const LOG: [number, string][] = [
  [1900, '22:12:00 [WARN] [fawen:content-check] content/questions/x.md:7: 警告 statutes: …'],
  [2000, '22:12:00 [vite] Re-optimizing dependencies because vite config has changed'],
  [3150, '22:12:03 [types] Generated 2.63s'],
  [3100, '22:12:03 [build] Collecting build info...'],
  [3210, '22:12:03 [build] ✓ Completed in 2.97s.'],
  [3220, '22:12:03 [build] Building static entrypoints...'],
  [4000, '22:12:04 [vite] ✓ built in 785ms'],
  [4100, ''],
  [4100, ' generating static routes '],
  [4200, '22:12:04   ├─ /404.html (+25ms) '],
  [5400, '22:12:05   └─ /index.html (+4ms) '],
  [5450, '22:12:05 ✓ Completed in 1.58s.'],
  [5500, '22:12:05 [fawen:content-check] 21 篇解答：0 篇取自缓存，21 篇随页面渲染，0 篇由 0 个线程预先渲染（0.7 秒）'],
  [5500, '22:12:05 [build] ✓ Completed in 2.51s.'],
  [5600, '22:12:05 [fawen:publish-files] sitemap of 172 pages, 0 redirects'],
  [5650, '22:12:05 [build] 174 page(s) built in 4.76s'],
  [5660, '22:12:05 [build] Complete!'],
  [7000, '[fawen:search-index] indexed 10 pages into pagefind/shards/1/ (unchanged, from the cache)'],
  [7400, '[fawen:search-index] indexed 11 pages into pagefind/'],
  [7600, '[fawen:search-index] indexed 21 pages for search in 2 shard(s)'],
];
const lines: TimedLine[] = LOG.map(([ms, text]) => ({ ms, text }));

describe('parseBuildLog', () => {
  it('splits the wall time at the marker lines, each phase in seconds', () => {
    const { phases, missing } = parseBuildLog(lines, 8000);
    expect(missing).toEqual([]);
    expect(phases).toEqual({
      contentLoading: 3.1,
      rendering: 2.4,
      routeGeneration: 1.4,
      answerRendering: 0.7,
      publishFiles: 0.1,
      searchIndexing: 1.95,
      finishing: 0.45,
    });
  });

  it('uses the “Completed” that follows the route generation, not the one of “Collecting build info”', () => {
    expect(parseBuildLog(lines, 8000).phases.rendering).toBe(2.4);
  });

  it('the main phases add up to the wall time', () => {
    const { phases } = parseBuildLog(lines, 8000);
    const total = phases.contentLoading! + phases.rendering! + phases.publishFiles! + phases.searchIndexing!;
    expect(total + phases.finishing!).toBeCloseTo(8, 6);
  });

  it('times each index the search step wrote or linked from the line before it', () => {
    expect(parseBuildLog(lines, 8000).indexWrites).toEqual([
      { where: 'pagefind/shards/1/', pages: 10, seconds: 1.35, cached: true },
      { where: 'pagefind/', pages: 11, seconds: 0.4, cached: false },
    ]);
  });

  it('reads the page counts', () => {
    expect(parseBuildLog(lines, 8000)).toMatchObject({ pages: 174, indexedPages: 21 });
  });

  it('reads colored output', () => {
    const colored = lines.map((line) => ({
      ...line,
      text: line.text.replace('[build]', '\x1b[34m[build]\x1b[39m'),
    }));
    expect(parseBuildLog(colored, 8000).phases.contentLoading).toBe(3.1);
    expect(stripAnsi('\x1b[2m22:12:05\x1b[22m x')).toBe('22:12:05 x');
  });

  it('names missing markers and leaves the phases that need them null', () => {
    const failed = lines.slice(0, 7);
    const parsed = parseBuildLog(failed, 4500);
    expect(parsed.missing).toEqual(['routesStart', 'answers', 'routesEnd', 'publishFiles', 'built', 'searchIndex']);
    expect(parsed.phases).toMatchObject({
      contentLoading: 3.1,
      rendering: null,
      searchIndexing: null,
      finishing: null,
    });
    expect(parsed.pages).toBeNull();
  });
});
