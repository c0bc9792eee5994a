/**
 * The Content Security Policy every page carries. No inline script or style anywhere; search needs
 * `'wasm-unsafe-eval'` to run Pagefind's WebAssembly. Kept in one place so the page's meta element
 * and the CDN headers file say the same.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
