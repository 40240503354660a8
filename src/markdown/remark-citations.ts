/**
 * Pandoc citations ("[@key, para. 3]") rendered in Chicago author-date by the build's shared
 * citeproc engine (citation-engine.ts), each cited work linked to its entry in the reference
 * list. The article's own source, which its header already names, is cited by its locator alone:
 * "(para. 3)" instead of "(A.I. 2014, para. 3)", still linked to the reference.
 *
 * Citations are found in the Markdown tree, so that a citation in emphasis or a table renders like
 * any other. A citation that cannot be rendered (unknown key, unreadable syntax, inside a heading
 * or a link's text) fails the file, with every problem of the file listed at once.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { fromHtml } from 'hast-util-from-html';
import { visitParents } from 'unist-util-visit-parents';
import { parseCitations, type Citation, type CitationItem } from '../lib/citations.ts';
import { smartQuotes } from '../lib/typography.ts';
import { workAnchor } from '../lib/cite/anchor.ts';
import { loadBibliography } from './bibliography-cache.ts';
import { citationEngineFor, type CitationEngine } from './citation-engine.ts';

export interface CitationOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
}

/** What the file's citations leave for the reference list (rehype-references-section.ts). */
export interface CitationsData {
  /** Every cited key, each once, in order of first citation. */
  cited: string[];
}

declare module 'vfile' {
  interface DataMap {
    citations: CitationsData;
  }
}

/** mdast ancestors inside which a citation's link cannot go. */
const NOT_INSIDE: Record<string, string> = { heading: 'a heading', link: 'link text', linkReference: 'link text' };

/** The citation key of the source the article mirrors, from its frontmatter (`source.key`). */
function mirroredKey(file: VFile): string | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: { source?: unknown } } }).astro?.frontmatter;
  const source = frontmatter?.source;
  if (typeof source === 'string') return source;
  const key = (source as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key : undefined;
}

/** "line:column" of an offset inside a text node. */
function positionOf(node: Text, offset: number): string {
  const start = node.position?.start;
  if (!start) return '?';
  const before = node.value.slice(0, offset).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + offset : before.at(-1)!.length + 1;
  return `${line}:${column}`;
}

/** citeproc's HTML for one item, without the parentheses of a parenthetical citation. */
function itemHtml(engine: CitationEngine, item: CitationItem, inText: boolean): string {
  const html = engine.citationText({
    citationID: 'item',
    citationItems: [
      {
        id: item.key,
        ...(item.locator === undefined ? {} : { locator: smartQuotes(item.locator), label: 'page' }),
        ...(item.prefix === undefined ? {} : { prefix: `${item.prefix} ` }),
        ...(item.suppressAuthor ? { 'suppress-author': true } : {}),
      },
    ],
    properties: { noteIndex: 0, ...(inText ? { mode: 'composite' } : {}) },
  });
  return inText ? html : html.replace(/^\(([\s\S]*)\)$/, '$1');
}

/** The hast children of one rendered citation: each work's text a link to its reference. */
function renderCitation(engine: CitationEngine, citation: Citation, mirrored: string | undefined): ElementContent[] {
  const links = citation.items.map((item): ElementContent => {
    const compact = item.key === mirrored && item.locator !== undefined && !citation.inText;
    const children: ElementContent[] = compact
      ? [{ type: 'text', value: `${item.prefix === undefined ? '' : `${item.prefix} `}${smartQuotes(item.locator!)}` }]
      : (fromHtml(itemHtml(engine, item, citation.inText), { fragment: true }).children as ElementContent[]);
    return {
      type: 'element',
      tagName: 'a',
      properties: { href: `#${workAnchor(item.key)}`, ...(item.locator === undefined ? {} : { dataLocator: item.locator }) },
      children,
    };
  });
  if (citation.inText) return links;
  return [
    { type: 'text', value: '(' },
    ...links.flatMap((link, index): ElementContent[] => (index === 0 ? [link] : [{ type: 'text', value: '; ' }, link])),
    { type: 'text', value: ')' },
  ];
}

export default function remarkCitations(options: CitationOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = loadBibliography(options.bibliography);
    const engine = citationEngineFor(bibliography);
    const mirrored = mirroredKey(file);
    const problems: string[] = [];
    const cited = new Set<string>();
    const replacements: { parent: Parent; node: Text; nodes: PhrasingContent[] }[] = [];

    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (!node.value.includes('@')) return;
      const { citations, problems: unreadable } = parseCitations(node.value);
      for (const problem of unreadable) problems.push(`${file.path}:${positionOf(node, problem.offset)}: ${problem.message}`);
      if (citations.length === 0) return;
      const inside = ancestors.map((ancestor) => NOT_INSIDE[ancestor.type]).find(Boolean);
      const nodes: PhrasingContent[] = [];
      let at = 0;
      for (const citation of citations) {
        const where = `${file.path}:${positionOf(node, citation.start)}`;
        if (inside) problems.push(`${where}: the citation ${node.value.slice(citation.start, citation.end)} is inside ${inside}, where it cannot be linked: move it outside`);
        for (const item of citation.items) {
          if (!bibliography.byKey.has(item.key)) problems.push(`${where}: citation key "@${item.key}" is not in ${bibliography.file}: add a BibTeX entry for it or fix the key`);
        }
        if (inside || citation.items.some((item) => !bibliography.byKey.has(item.key))) continue;
        if (citation.start > at) nodes.push({ type: 'text', value: node.value.slice(at, citation.start) });
        for (const item of citation.items) cited.add(item.key);
        // A node remark-rehype turns into the element named in `data` (mdast has no citation type).
        nodes.push({
          type: 'text',
          value: '',
          data: { hName: 'span', hProperties: { className: ['citation'] }, hChildren: renderCitation(engine, citation, mirrored) },
        });
        at = citation.end;
      }
      if (at < node.value.length) nodes.push({ type: 'text', value: node.value.slice(at) });
      const parent = ancestors.at(-1) as Parent;
      replacements.push({ parent, node, nodes });
    });

    if (problems.length > 0) throw new Error(`Citation problems in ${file.path}:\n${problems.join('\n')}`);
    for (const { parent, node, nodes } of replacements) {
      parent.children.splice(parent.children.indexOf(node as never), 1, ...(nodes as never[]));
    }
    file.data.citations = { cited: [...cited] };
  };
}
