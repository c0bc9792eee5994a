import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { setPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { removeFolder } from '../../src/shared/remove-folder.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface FixtureSite {
  /** Root of the temporary copy: `content/`, `dist/`, `cache/`. */
  dir: string;
  content: string;
  dist: string;
  cleanup(): Promise<void>;
}

/**
 * Copies a fixture's content into a temporary folder, adding the named laws from the real
 * generated law library so fixtures never carry copies of generated data.
 */
export async function prepareFixture(name: string, laws: string[]): Promise<FixtureSite> {
  const dir = await mkdtemp(path.join(tmpdir(), `fawen-${name}-`));
  const content = path.join(dir, 'content');
  await cp(path.join(repoRoot, 'tests/fixtures', name, 'content'), content, { recursive: true });
  for (const law of laws) {
    await cp(path.join(repoRoot, 'content/laws', `${law}.json`), path.join(content, 'laws', `${law}.json`));
  }
  return { dir, content, dist: path.join(dir, 'dist'), cleanup: () => removeFolder(dir) };
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Runs the real `npm run build` of this repository's site over a fixture's content, with extra
 * settings in `env` and `args`. Each build runs from its own scratch folder inside the repository,
 * as the bench's do: Astro keeps its prerender chunks under `<cwd>/.astro/`, and builds sharing one
 * would delete each other's, so test files that build can run side by side.
 */
export async function buildSite(
  site: FixtureSite,
  env: NodeJS.ProcessEnv = {},
  args: string[] = [],
): Promise<BuildResult> {
  await mkdir(path.join(repoRoot, '.tmp'), { recursive: true });
  const scratch = await mkdtemp(path.join(repoRoot, '.tmp', 'test-cwd-'));
  try {
    return await runBuild(site, env, args, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Niceness of fixture-site builds: lower priority than the test process and the servers it starts. */
const BUILD_NICENESS = 10;

function runBuild(site: FixtureSite, env: NodeJS.ProcessEnv, args: string[], cwd: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/build.ts'), ...args], {
      cwd,
      env: {
        ...process.env,
        FAWEN_CONTENT: site.content,
        FAWEN_OUT_DIR: site.dist,
        FAWEN_CACHE_DIR: path.join(site.dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Builds yield the CPU to the browser suites running beside them: Cloudflare's local runtime,
    // starved by two builds, once left a page unanswered for 30 s and failed a test. Processes the
    // build starts inherit the lower priority.
    if (child.pid !== undefined) setPriority(child.pid, BUILD_NICENESS);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export const readPage = (site: FixtureSite, urlPath: string) =>
  readFile(path.join(site.dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');

/** Rewrites (or creates) one file of a prepared fixture, to plant an editor's mistake. */
export async function editFixture(site: FixtureSite, file: string, edit: (text: string) => string): Promise<void> {
  const target = path.join(site.content, file);
  const before = await readFile(target, 'utf8').catch(() => '');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, edit(before));
}
