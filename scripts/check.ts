// npm run check [-- --json]
//
// Validates all content with the schemas and rules the build uses. Prints one line per problem,
// `path:line: field: message`, then a summary; exits 1 when there is any error (warnings alone exit 0).

import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentInParallel } from '../src/check/check-in-parallel.ts';
import { formatProblem } from '../src/knowledge/problems.ts';
import { settingsOrExit } from '../src/settings.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const root = path.resolve(import.meta.dirname, '..');
const { problems, counts } = await checkContentInParallel(path.resolve(root, settingsOrExit().content), process.cwd(), {
  keepBodies: false,
});
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;

if (values.json) {
  console.log(JSON.stringify({ problems, counts, errors, warnings }, null, 2));
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(
    `检查了 ${counts.questions} 个问题、${counts.authors} 位作者、${counts.categories} 个分类、${counts.laws} 部法律：` +
      `${errors} 个错误，${warnings} 个警告`,
  );
}
process.exitCode = errors > 0 ? 1 : 0;
