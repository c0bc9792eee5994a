/**
 * Where the knowledge base lives. Tests and benchmarks point FAWEN_CONTENT at a fixture or a
 * generated corpus so that the very same site code builds it.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.FAWEN_CONTENT ?? 'content').replace(/\/+$/, '');
}
