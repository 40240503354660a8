/**
 * The Content-Security-Policy of a built page: scripts only from the site itself or, when inline,
 * by SHA-256 hash (never 'unsafe-inline'); WebAssembly allowed for Pagefind's search; nothing
 * from any other origin. Pure functions over HTML text, used by the post-build step.
 */
import { createHash } from 'node:crypto';

/** Script types the browser runs (a JSON-LD or other data block is not a script for CSP). */
const RUNNABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The page's script elements with their attributes and text, found by a small tokenizer that
 * reads whole tags (quoted attribute values included) and skips comments and the raw text of
 * other elements, so that script-like text inside an attribute or a comment is never taken for a
 * script. Enough for the HTML this build writes; not a general HTML parser.
 */
export function scriptElements(html: string): { attributes: string; body: string }[] {
  const scripts: { attributes: string; body: string }[] = [];
  const token = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  // Lower-cased once for the page, not once per element: a page has dozens of <style> and
  // <script> elements, and lower-casing its whole text for each was most of this step.
  let lower: string | undefined;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const name = match[1]?.toLowerCase();
    if (name !== 'script' && name !== 'style' && name !== 'textarea' && name !== 'title') continue;
    lower ??= html.toLowerCase();
    const close = lower.indexOf(`</${name}`, token.lastIndex);
    const end = close === -1 ? html.length : close;
    if (name === 'script') scripts.push({ attributes: match[2] ?? '', body: html.slice(token.lastIndex, end) });
    token.lastIndex = end;
  }
  return scripts;
}

/** `'sha256-…'` of every inline script the page runs, in document order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const { attributes, body } of scriptElements(html)) {
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
 * A `_headers` file (Netlify, Cloudflare Pages): each page's own policy under its own path, so
 * no page is granted another page's scripts, and the headers every response gets under the base
 * (frame-ancestors, which only a header can say, goes with each page's policy).
 */
export function headersFile(base: string, pages: readonly { path: string; hashes: readonly string[] }[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const blocks = [[`${root}*`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'].join('\n')];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    blocks.push(`${root}${page.path}\n  Content-Security-Policy: ${pagePolicy(page.hashes)}; frame-ancestors 'none'`);
  }
  return `${blocks.join('\n\n')}\n`;
}
