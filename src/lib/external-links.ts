/**
 * Links to other sites open nothing that can reach back (`noopener`) and send no referrer
 * (`noreferrer`). Applied to the finished HTML, so it covers Markdown, components and data alike.
 */

/**
 * Every `<a href="http(s)://…">` to another origin than `site` gets rel="noopener noreferrer"
 * (kept rel words stay). Without a public address every absolute link leads elsewhere.
 */
export function withSafeExternalLinks(html: string, site: string | undefined): string {
  const origin = site === undefined ? undefined : new URL(site).origin;
  return html.replace(/<a\b[^>]*>/gi, (tag) => {
    const href = /\shref\s*=\s*"(https?:\/\/[^"]*)"/i.exec(tag)?.[1];
    if (!href || new URL(href.replaceAll('&amp;', '&')).origin === origin) return tag;
    const rel = /\srel\s*=\s*"([^"]*)"/i.exec(tag);
    const words = new Set([...(rel?.[1] ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer']);
    const value = ` rel="${[...words].join(' ')}"`;
    return rel ? tag.replace(rel[0], value) : tag.replace(/^<a\b/i, `<a${value}`);
  });
}
