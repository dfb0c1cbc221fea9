// The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
// Scripts: only ours, and Next's inline bootstrap scripts, which carry the nonce ('strict-dynamic'
// lets the scripts they load run too). No eval outside development (React's dev tools need it).
// Styles: 'unsafe-inline' because style *attributes* cannot carry a nonce, and the app needs them —
// the department's accent colour (app/[dept]/layout.tsx), Next's route announcer, recharts' SVG.
// CSS cannot run code; the script policy is what stops injected markup from acting.
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (Web Crypto: proxy.ts may run on the edge runtime). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
