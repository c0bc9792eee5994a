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
    ],
    env: {
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_LOG: 'warn',
    },
  };
}
