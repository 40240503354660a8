/** Sitemap and Atom feed documents. Pure. */

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Route paths of static pages from their files: "/src/pages/data/index.astro" → "data/"; dynamic and 404 skipped. */
export function staticRoutes(files: readonly string[]): string[] {
  return files
    .map((file) => file.replace(/^.*?\/pages\//, '').replace(/\.astro$/, ''))
    .filter((path) => !path.includes('[') && !/(^|\/)404$/.test(path) && !/(^|\/)_/.test(path))
    .map((path) => (path === 'index' ? '' : `${path.replace(/\/?index$/, '')}/`))
    .sort();
}

/** A sitemaps.org urlset; each URL absolute, with an optional last-modified date. */
export function sitemapXml(entries: readonly { url: string; lastmod?: string | undefined }[]): string {
  const urls = entries
    .map(({ url, lastmod }) => `  <url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  published: string;
  updated: string;
}

/** ISO date or date-time as an RFC 3339 date-time (a bare date is taken as midnight UTC). */
export const rfc3339 = (iso: string): string => (iso.includes('T') ? iso : `${iso.padEnd(10, iso.length === 4 ? '-01-01' : '-01')}T00:00:00Z`);

/** An Atom 1.0 feed. */
export function atomFeed(feed: { title: string; subtitle: string; url: string; self: string; author: string; entries: readonly FeedEntry[] }): string {
  const updated = feed.entries.map((entry) => rfc3339(entry.updated)).sort().at(-1) ?? rfc3339('2026');
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.url)}"/>
    <id>${escapeXml(entry.url)}</id>
    <published>${rfc3339(entry.published)}</published>
    <updated>${rfc3339(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link href="${escapeXml(feed.url)}"/>
  <link rel="self" href="${escapeXml(feed.self)}"/>
  <id>${escapeXml(feed.url)}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries}
</feed>
`;
}
