import path from 'node:path';

/**
 * How to serve a built site exactly as Cloudflare Pages will: its own runtime (workerd, shipped in
 * the wrangler package) reading `_headers`, `_redirects` and `404.html`. Everything that would
 * reach the internet is switched off, so it runs on a machine without network access.
 */
export function cdnServerCommand(
  root: string,
  dist: string,
  port: number,
  /** The runtime's devtools port; servers running side by side each need their own (default 9229). */
  inspectorPort?: number,
  /**
   * The runtime's state folder (default `.wrangler/state` in the working folder). Servers started
   * side by side from one folder each need their own: the runtime locks an SQLite file in it, and
   * the second one to start failed with SQLITE_BUSY.
   */
  stateDir?: string,
): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [
      path.join(root, 'node_modules/wrangler/bin/wrangler.js'),
      'pages',
      'dev',
      dist,
      // The newest date the bundled workerd knows; a later one is refused.
      '--compatibility-date',
      '2026-05-01',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      ...(inspectorPort === undefined ? [] : ['--inspector-port', String(inspectorPort)]),
      ...(stateDir === undefined ? [] : ['--persist-to', stateDir]),
    ],
    env: {
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_LOG: 'warn',
    },
  };
}
