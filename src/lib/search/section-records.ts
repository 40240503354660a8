/**
 * An article page as the records Pagefind indexes: one for the article's top (title, summary,
 * source) and one per section and subsection, each with its own URL (`/articles/<slug>/#<section-id>`). A hit
 * then downloads that section's fragment, not the whole article's (17 and 22 KB gzip before),
 * and each section is ranked as a passage of its own size. Every record carries the page's
 * search filters and metadata (the hidden `.search-meta` block), a title (the section's heading)
 * and the article's title as `article`. Pure: HTML in, HTML out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

export interface SectionRecord {
  /** The record's URL: the page's, with the section's id as its fragment. */
  url: string;
  /** HTML to give Pagefind's addHTMLFile: a page whose data-pagefind-body is this section. */
  html: string;
}

type Node = Root | RootContent;

const stringify = unified().use(rehypeStringify);

/**
 * Where each section starts: an h2 or h3 with an id after the article's prose begins (not the
 * source card or contents list). Subsections too: a long section (2,500 words) cost a hit 7 KB.
 */
function isSectionStart(node: Node, afterProse: boolean): node is Element {
  return afterProse && node.type === 'element' && /^h[23]$/.test(node.tagName) && typeof node.properties['id'] === 'string';
}

/** The section starts under `body` and every element that holds one. */
function findStarts(body: Element): { starts: Set<Element>; holders: Set<Element> } {
  const starts = new Set<Element>();
  const holders = new Set<Element>();
  let afterProse = false;
  const walk = (node: Element, path: readonly Element[]): void => {
    if (Array.isArray(node.properties['className']) && node.properties['className'].includes('prose')) afterProse = true;
    if (isSectionStart(node, afterProse)) {
      starts.add(node);
      for (const holder of path) holders.add(holder);
    }
    for (const child of node.children) if (child.type === 'element') walk(child, [...path, node]);
  };
  walk(body, []);
  return { starts, holders };
}

/**
 * The body's content cut into sections, in one pass: a subtree without a section start goes whole
 * to the current section; an element holding starts is copied into each section it spans.
 */
function splitSections(body: Element, skip: Element | undefined): { sections: ElementContent[][]; headings: Element[] } {
  const { starts, holders } = findStarts(body);
  const sections: ElementContent[][] = [[]];
  const place = (node: ElementContent): Map<number, ElementContent> => {
    if (node === skip) return new Map();
    if (node.type === 'element' && starts.has(node)) sections.push([]);
    if (node.type !== 'element' || !holders.has(node)) return new Map([[sections.length - 1, node]]);
    const parts = new Map<number, ElementContent[]>();
    for (const child of node.children) for (const [index, piece] of place(child)) parts.set(index, [...(parts.get(index) ?? []), piece]);
    return new Map([...parts].map(([index, children]) => [index, { ...node, children }]));
  };
  for (const child of body.children) for (const [index, piece] of place(child)) sections[index]!.push(piece);
  return { sections, headings: [...starts] };
}

function metaSpan(key: string, value: string): Element {
  return { type: 'element', tagName: 'span', properties: { dataPagefindMeta: `${key}[data-value]`, dataValue: value }, children: [] };
}

function recordHtml(lang: string, searchMeta: Element | undefined, meta: Record<string, string>, content: ElementContent[]): string {
  const hidden: Element = { type: 'element', tagName: 'div', properties: { hidden: true }, children: Object.entries(meta).map(([key, value]) => metaSpan(key, value)) };
  const body: Element = { type: 'element', tagName: 'div', properties: { dataPagefindBody: true }, children: [...(searchMeta ? [searchMeta] : []), hidden, ...content] };
  const root: Root = { type: 'root', children: [body] };
  return `<!doctype html><html lang="${lang}"><body>${stringify.stringify(root)}</body></html>`;
}

/** The records of one built article page at `url`: its top, then each section in page order. */
export function sectionRecords(pageHtml: string, url: string): SectionRecord[] {
  // Parsed from the indexed element on: the head's inline styles and scripts would double the parse time.
  const start = pageHtml.search(/<[a-zA-Z][^>]*\sdata-pagefind-body[\s=>]/);
  if (start === -1) return [];
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(pageHtml)?.[1] ?? 'en';
  const body = select('[data-pagefind-body]', fromHtml(pageHtml.slice(start), { fragment: true }));
  if (!body) return [];
  const title = toText(select('h1', body) ?? body).trim();
  const searchMeta = select('.search-meta', body) ?? undefined;
  const { sections, headings } = splitSections(body, searchMeta);
  return sections.map((content, index) => {
    const heading = index === 0 ? undefined : headings[index - 1];
    const meta = heading ? { title: toText(heading).trim(), article: title } : { title };
    return { url: heading ? `${url}#${String(heading.properties['id'])}` : url, html: recordHtml(lang, searchMeta, meta, content) };
  });
}
