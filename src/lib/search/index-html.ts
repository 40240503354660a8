/**
 * The copy of a built page that Pagefind indexes. Pagefind records every element with an id as
 * an "anchor", with the element's text, in the page's result fragment, which a search downloads
 * whole. Only heading anchors are used (they make the sub-results); our pages also give ids to
 * every paragraph (permalinks) and citation, which tripled the article fragments. The index gets
 * a copy without those ids; the page itself keeps them.
 */

/** A comment (kept as it is), or a start tag: name, attributes (quoted values may contain ">"), optional slash. */
const START_TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
/** One attribute of a start tag, with its name. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const HEADING = /^h[1-6]$/i;

/**
 * The page without `id` attributes, except on headings h1 to h6 when `headings` is true. Only an
 * article's sections make useful sub-results; on other pages (an entity's "What the sources say",
 * say) a heading would only split one result in two.
 */
export function withHeadingAnchorsOnly(html: string, { headings = true }: { headings?: boolean } = {}): string {
  return html.replace(START_TAG, (tag: string, name: string | undefined, attributes: string, end: string) => {
    if (name === undefined || (headings && HEADING.test(name))) return tag;
    const kept = attributes.replace(ATTRIBUTE, (attribute: string, attributeName: string) => (attributeName.toLowerCase() === 'id' ? '' : attribute));
    return `<${name}${kept}${end}>`;
  });
}

/** The URL Pagefind gives a built file (its CLI's rule): "articles/x/index.html" → "/articles/x/". */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split(/[\\/]/).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Whether a page marks its main content for the index (`data-pagefind-body` on a start tag). */
export function hasIndexedBody(html: string): boolean {
  return /<[a-zA-Z][^>]*\sdata-pagefind-body[\s=>]/.test(html);
}
