import { formatFieldPath } from '../../src/knowledge/field-lines.ts';

/** A schema's complaints about `input`, each as `field: message` in the form editors see. */
export function schemaIssues(
  schema: {
    safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error!.issues.map((issue) => `${formatFieldPath(issue.path)}: ${issue.message}`);
}
