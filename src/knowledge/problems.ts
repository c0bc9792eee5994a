/** Something wrong (or worth reviewing) in the content, pinned to a file and a frontmatter field. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
  line?: number;
  column?: number;
}

/** `path:line: field: message`, the one-line form editors and their tools read. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line && problem.column].filter(Boolean).join(':');
  const prefix = problem.severity === 'warning' ? '警告 ' : '';
  return `${where}: ${prefix}${problem.field}: ${problem.message}`;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`内容有 ${problems.length} 处错误，请修正后重新构建：\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
