/**
 * The Content-Security-Policy of a built page: scripts only from the site itself or, when inline,
 * by SHA-256 hash (never 'unsafe-inline'); WebAssembly allowed for Pagefind's search; nothing
 * from any other origin. Pure functions over HTML text, used by the post-build step.
 */
import { createHash } from 'node:crypto';

/** Script types the browser runs (a JSON-LD or other data block is not a script for CSP). */
const RUNNABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/** `'sha256-…'` of every inline script the page runs, in document order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!RUNNABLE.test(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Directives every page gets besides script-src. Styles may be inline (component `<style>`s). */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for a page with these inline-script hashes ('wasm-unsafe-eval': Pagefind's WebAssembly). */
export function pagePolicy(hashes: readonly string[]): string {
  return [`script-src 'self' 'wasm-unsafe-eval'${hashes.map((hash) => ` ${hash}`).join('')}`, ...BASE_DIRECTIVES].join('; ');
}

/** The page with the policy as the first element of <head> after <meta charset>, so it covers every script. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) with one policy for the whole site: every page's
 * inline-script hashes together, plus what only a header can say (frame-ancestors). Browsers
 * enforce both this and each page's own meta policy, so a page gets the stricter of the two.
 */
export function headersFile(base: string, hashes: Iterable<string>): string {
  const policy = `${pagePolicy([...new Set(hashes)].sort())}; frame-ancestors 'none'`;
  return [
    `${base.endsWith('/') ? base : `${base}/`}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
