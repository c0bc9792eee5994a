// Every FAWEN_* environment variable, read and checked here and nowhere else. Scripts and the Astro
// config call readSettings() once at start; a bad value stops them with one line per variable that
// names it, what it holds and what it should hold. A leaf module: it imports nothing.

export interface Settings {
  /** FAWEN_SITE: the site's public origin, for canonical links, feeds and the sitemap. */
  site: string;
  /** FAWEN_CONTENT: the knowledge base folder (tests and the bench point it at fixtures). */
  content: string;
  /** FAWEN_OUT_DIR: where `npm run build` writes the site. */
  outDir: string;
  /** FAWEN_CACHE_DIR: what a build keeps for the next one (Astro's store, search shards). */
  cacheDir: string;
  /** FAWEN_EDIT_BASE: the repository's web-editor URL that "编辑此页" links start with. */
  editBase: string;
  /** FAWEN_SEARCH_SHARD_PAGES: pages per search-index shard (see src/search/shards.ts). */
  searchShardPages: number;
  /** FAWEN_SEARCH_JOBS: how many search shards are indexed at once, each a Pagefind process. */
  searchJobs: number;
  /** FAWEN_SEARCH_DELTA_PAGES: changed pages the delta index holds before the shards are written again. */
  searchDeltaPages: number;
}

/**
 * Pages per search shard by default. Pagefind holds a shard's whole index in memory while writing
 * it: a 5,000-page shard peaked at 4.3 GiB, over the 4 GiB a 10,000-question build may take; 4,000
 * peaked at 3.56 GiB.
 */
export const SHARD_PAGES = 4_000;

/**
 * Pages the search index's delta may hold (src/search/indexing/plan.ts). The delta is written again
 * on every build and searched beside the shards, so it stays small: 200 pages index in about 1 s.
 */
export const DELTA_PAGES = 200;

export const DEFAULTS: Readonly<Settings> = {
  site: 'https://fawen.example.cn',
  content: 'content',
  outDir: 'dist',
  cacheDir: './node_modules/.astro',
  editBase: 'https://github.com/fawen-kb/fawen/edit/main/',
  searchShardPages: SHARD_PAGES,
  searchJobs: 1,
  searchDeltaPages: DELTA_PAGES,
};

export class SettingsError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

/** The settings of this process's environment, defaults filled in; throws SettingsError listing every bad value. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: string[] = [];
  const text = (name: string, fallback: string) => {
    const value = env[name];
    return value === undefined || value === '' ? fallback : value;
  };
  const url = (name: string, fallback: string) => {
    const value = text(name, fallback);
    if (!/^https?:\/\/[^/\s]+/.test(value) || !URL.canParse(value)) {
      problems.push(`${name} must be an absolute http(s) URL such as ${fallback}, got “${value}”`);
    }
    return value;
  };
  const positive = (name: string, fallback: number) => {
    const value = text(name, String(fallback));
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      problems.push(`${name} must be a positive integer such as ${fallback}, got “${value}”`);
      return fallback;
    }
    return Number(value);
  };
  const settings: Settings = {
    site: url('FAWEN_SITE', DEFAULTS.site),
    content: text('FAWEN_CONTENT', DEFAULTS.content).replace(/\/+$/, ''),
    outDir: text('FAWEN_OUT_DIR', DEFAULTS.outDir),
    cacheDir: text('FAWEN_CACHE_DIR', DEFAULTS.cacheDir),
    editBase: url('FAWEN_EDIT_BASE', DEFAULTS.editBase),
    searchShardPages: positive('FAWEN_SEARCH_SHARD_PAGES', DEFAULTS.searchShardPages),
    searchJobs: positive('FAWEN_SEARCH_JOBS', DEFAULTS.searchJobs),
    searchDeltaPages: positive('FAWEN_SEARCH_DELTA_PAGES', DEFAULTS.searchDeltaPages),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

/** For command-line entry points: the settings, or every bad value on stderr and exit code 2. */
export function settingsOrExit(env: NodeJS.ProcessEnv = process.env): Settings {
  try {
    return readSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
