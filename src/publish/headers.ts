import { CONTENT_SECURITY_POLICY } from './csp.ts';

/**
 * The `_headers` file Cloudflare Pages (and Netlify) read. Pages are revalidated every few minutes;
 * files whose names carry a content hash (Astro's assets, Pagefind's index chunks) are cached for
 * a year, in every shard of the search index. `! Cache-Control` first detaches the short default, since Cloudflare would otherwise join
 * both values.
 */
export function headersFile(): string {
  const pagefind = ['fragment', 'index', 'filter'].flatMap((kind) => [
    `/pagefind/${kind}/*`,
    `/pagefind/:shard/${kind}/*`,
  ]);
  const immutable = ['/_astro/*', ...pagefind];
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Cache-Control: public, max-age=300, must-revalidate',
    '',
    ...immutable.flatMap((pattern) => [
      pattern,
      '  ! Cache-Control',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ]),
  ].join('\n');
}
