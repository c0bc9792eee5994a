import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, type CheckResult } from '../check/check-content.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { questionRedirects } from '../publish/redirects.ts';

/** The content as checked at the start of this build, for the integrations that run after it. */
export interface CheckedContent extends CheckResult {
  dir: string;
  redirects: Record<string, string>;
}

/**
 * Runs the same check as `npm run check` before a build touches anything, so invalid content
 * stops the build with the editors' one-line messages and no output is written at all. The loaded
 * content is handed to `onChecked` so later build steps do not read every file again; the old URLs
 * of renamed questions become Astro redirect pages (meta refresh plus canonical link).
 */
export default function contentCheck(
  contentDir: string,
  onChecked: (checked: CheckedContent) => void,
): AstroIntegration {
  return {
    name: 'fawen:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const dir = path.resolve(root, contentDir);
        const result = checkContent(dir, root);
        for (const problem of result.problems) {
          const line = formatProblem(problem);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        const errors = result.problems.filter((problem) => problem.severity === 'error').length;
        if (errors > 0) {
          throw new Error(
            `内容检查发现 ${errors} 个错误，构建已停止，没有写入任何文件。请按上面的提示修改后重新构建。`,
          );
        }
        const redirects = questionRedirects(result.loaded.content.questions);
        // Pages need not validate the same content again (`npm run dev` still does, see src/data/catalog.ts).
        updateConfig({
          redirects,
          vite: {
            define: {
              'import.meta.env.FAWEN_CONTENT_CHECKED': 'true',
              'import.meta.env.FAWEN_ROOT': JSON.stringify(root),
            },
          },
        });
        onChecked({ ...result, dir, redirects });
      },
    },
  };
}
