import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { answersCacheDir } from '../answers/cache.ts';
import { answerKeys } from '../answers/key.ts';
import { renderAllAnswers, type RenderAllResult } from '../answers/render-all.ts';
import { checkContent, type CheckResult } from '../check/check-content.ts';
import { catalogOf } from '../build/catalog-of.ts';
import { contentChanged, handOverAnswers, handOverCheckedSite, handOverCodeVersion } from '../build/handoff.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import { codeVersion } from '../code-version.ts';
import { gitLastChanged } from '../knowledge/git-dates.ts';
import { formatProblem } from '../knowledge/problems.ts';
import type { IsoDate } from '../shared/dates.ts';
import { questionRedirects } from '../publish/redirects.ts';
import type { Settings } from '../settings.ts';

/** The content as checked at the start of this build, for the integrations that run after it. */
export interface CheckedContent extends CheckResult {
  dir: string;
  redirects: Record<string, string>;
  /** The published site's catalog, the one the pages were built from. */
  catalog: Catalog;
  /** Each content file's last commit date, by absolute path (one `git log` per build). */
  lastChanged: Map<string, IsoDate>;
}

/**
 * Runs the same check as `npm run check` before a build touches anything, so invalid content
 * stops the build with the editors' one-line messages and no output is written at all. Then it
 * renders every answer not in the cache yet on worker threads, while Astro bundles the site; the
 * loaded content goes to the pages and to `onChecked`, so no file is read twice. The old URLs of
 * renamed questions become Astro redirect pages (meta refresh plus canonical link).
 *
 * Under `npm run dev` it watches the content folder instead: an edit reloads the catalog and the
 * open pages.
 */
export default function contentCheck(
  settings: Pick<Settings, 'content' | 'cacheDir' | 'site'>,
  onChecked: (checked: CheckedContent) => void,
): AstroIntegration {
  let root = '';
  let dir = '';
  let code = '';
  let catalog: Catalog | undefined;
  let answerKey: ((question: QuestionEntry) => string) | undefined;
  let answers: Promise<RenderAllResult & { seconds: number }> | undefined;
  return {
    name: 'fawen:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        dir = path.resolve(root, settings.content);
        code = codeVersion(root);
        handOverCodeVersion(code);
        updateConfig({ vite: { define: { 'import.meta.env.FAWEN_ROOT': JSON.stringify(root) } } });
        if (command !== 'build') return;
        const result = checkContent(dir, root);
        for (const problem of result.problems) {
          const line = formatProblem(problem);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        const errors = result.problems.filter((problem) => problem.severity === 'error').length;
        if (errors > 0) {
          // Exiting rather than throwing: Astro would wrap an error in a report of a crashed
          // hook, and editors need only the lines above. Nothing has been written yet.
          logger.error(`内容检查发现 ${errors} 个错误，构建已停止，没有写入任何文件。请按上面的提示修改后重新构建。`);
          process.exit(1);
        }
        const redirects = questionRedirects(result.loaded.content.questions);
        updateConfig({ redirects });
        // Drafts are previewed by `npm run dev`, never built.
        const lastChanged = gitLastChanged(dir);
        catalog = catalogOf(result, { root, contentDir: dir, includeDrafts: false, changed: lastChanged });
        answerKey = answerKeys(catalog, { codeVersion: code, site: settings.site });
        handOverCheckedSite({ checked: result, catalog, answerKey });
        onChecked({ ...result, dir, redirects, catalog, lastChanged });
      },
      'astro:build:start': () => {
        if (!catalog || !answerKey) return;
        const started = performance.now();
        const pending = new Map<string, PromiseWithResolvers<void>>();
        answers = renderAllAnswers({
          root,
          contentDir: dir,
          cacheDir: answersCacheDir(root, settings.cacheDir),
          site: settings.site,
          // In the order their pages are rendered: newest first.
          questions: catalog.questions,
          keyOf: answerKey,
          // One core stays with Astro, which renders pages meanwhile. Measured at 10,000 answers on
          // two cores: one thread 37 s for the whole build, two threads 66 s (three busy threads on
          // two cores), one thread with half the answers left to the pages 52 s.
          jobs: os.availableParallelism() - 1,
          onQueued: (keys) => {
            for (const key of keys) {
              const waiting = Promise.withResolvers<void>();
              // A failure reaches the page that waits; answers no page asked for must not count as unhandled.
              waiting.promise.catch(() => {});
              pending.set(key, waiting);
            }
          },
          onRendered: (key) => {
            pending.get(key)?.resolve();
            pending.delete(key);
          },
        }).then(
          (result) => ({ ...result, seconds: (performance.now() - started) / 1000 }),
          (error: unknown) => {
            for (const { reject } of pending.values()) reject(error);
            throw error;
          },
        );
        answers.catch(() => {});
        // Astro bundles the site meanwhile; a page waits only for its own answer.
        handOverAnswers((key) => pending.get(key)?.promise);
      },
      // Logged once the pages are written, so that the line does not split Astro's list of pages.
      'astro:build:generated': async ({ logger }) => {
        if (!answers) return;
        const { ahead, inline, cached, pruned, threads, seconds } = await answers;
        logger.info(
          `${ahead + inline + cached} 篇解答：${cached} 篇取自缓存，${inline} 篇随页面渲染，` +
            `${ahead} 篇由 ${threads} 个线程预先渲染（${seconds.toFixed(1)} 秒）` +
            (pruned > 0 ? `；清除了 ${pruned} 篇过期的渲染` : ''),
        );
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.add(dir);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(dir + path.sep)) return;
          contentChanged();
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
