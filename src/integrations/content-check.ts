import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check.ts';
import { contentDir } from '../lib/content-dir.ts';
import { formatProblem } from '../lib/problems.ts';

/**
 * Runs the same check as `npm run check` before a build touches anything, so invalid content
 * stops the build with the editors' one-line messages and no output is written at all.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'fawen:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const { problems } = checkContent(path.resolve(root, contentDir()), root);
        for (const problem of problems) {
          const line = formatProblem(problem);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        const errors = problems.filter((problem) => problem.severity === 'error').length;
        if (errors > 0)
          throw new Error(
            `内容检查发现 ${errors} 个错误，构建已停止，没有写入任何文件。请按上面的提示修改后重新构建。`,
          );
      },
    },
  };
}
