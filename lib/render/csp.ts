/**
 * The Content-Security-Policy of every page, sent as a header (`_headers`) and
 * repeated in a meta tag for hosts that ignore `_headers`. No inline script is
 * allowed; Pagefind needs WebAssembly compilation and a worker. JSON-LD blocks
 * are data, not script, so the policy does not apply to them.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the meta tag: `frame-ancestors` is ignored there, so it is only in the header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join("; ");

export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join("; ");
