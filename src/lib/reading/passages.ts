/**
 * Passages of an article: every paragraph (and every list item without paragraphs) gets a stable
 * id scoped to its section ("the-threat-p2"), so entity pages, the timeline and the bibliography
 * can link back to the exact passage that mentions an entity or cites a work. Pure: works on the
 * hast tree (Markdown or MDX, before or after rendering of `<Entity>`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import GithubSlugger from 'github-slugger';
import { keyOfWorkLink } from '../cite/anchor.ts';
import { figurePlaceholder } from '../figure-placeholders.ts';
import { entityIdFromHref } from '../urls.ts';

/** What a passage mentions and cites, for the backlink indexes. */
export interface Passage {
  /** The element id: the `#fragment` of its permalink. */
  id: string;
  /** Text of the section heading it sits under (null before the first heading). */
  section: string | null;
  /** The first words of the passage, for lists of backlinks. */
  excerpt: string;
  /** Entity ids mentioned (`<Entity id>`, or `a.entity` by its link), in order, without repeats. */
  entities: string[];
  /** Citation keys cited (from `#bib-<key>` links), in order, without repeats. */
  citations: string[];
  /** Every citation of a work with a locator ("para. 3"), in order, without repeats: the mirroring view reads these. */
  locators: { key: string; locator: string }[];
  /** Whether the passage is a footnote (its id is the footnote's). */
  note: boolean;
}

/** A node as the walk sees it: hast, or an MDX JSX element (which hast's types do not list). */
interface MdxJsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: AnyNode[];
}
type AnyNode = RootContent | ElementContent | MdxJsxElement | Root;

const isElement = (node: AnyNode): node is Element => node.type === 'element';
const isMdx = (node: AnyNode): node is MdxJsxElement => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
const childrenOf = (node: AnyNode): AnyNode[] => ('children' in node ? (node.children as AnyNode[]) : []);
const classes = (node: Element): string[] => {
  const value: unknown = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/**
 * Plain text of a subtree (MDX elements included; footnote markers and permalinks skipped). A
 * <Stat> is not rendered yet at this point: it leaves a `{figure-id}` placeholder, which the
 * page that shows the text fills in from the figures data set.
 */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.value;
  if (isMdx(node) && node.name === 'Stat') {
    const id = mdxAttribute(node, 'id');
    return id === undefined ? '' : figurePlaceholder(id, node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'bare'));
  }
  if (isElement(node) && (node.properties['dataFootnoteRef'] !== undefined || classes(node).includes('permalink'))) return '';
  if (isElement(node) && node.tagName === 'sup') return '';
  return childrenOf(node).map(textOf).join('');
}

/** First `words` words of a text, with an ellipsis when cut. */
export function excerpt(text: string, words = 24): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

function mdxAttribute(node: MdxJsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function collect(node: AnyNode, entities: string[], citations: string[], locators: Passage['locators']): void {
  if (isMdx(node) && node.name === 'Entity') {
    const id = mdxAttribute(node, 'id');
    if (id && !entities.includes(id)) entities.push(id);
  }
  if (isElement(node) && node.tagName === 'a') {
    const target = node.properties['href'];
    const className = node.properties['className'];
    const entity = Array.isArray(className) && className.includes('entity') && typeof target === 'string' ? entityIdFromHref(target) : undefined;
    if (entity !== undefined && !entities.includes(entity)) entities.push(entity);
    const key = typeof target === 'string' ? keyOfWorkLink(target) : undefined;
    if (key !== undefined) {
      if (!citations.includes(key)) citations.push(key);
      const locator = node.properties['dataLocator'];
      if (typeof locator === 'string' && !locators.some((seen) => seen.key === key && seen.locator === locator)) locators.push({ key, locator });
    }
  }
  for (const child of childrenOf(node)) collect(child, entities, citations, locators);
}

/** Every id already used in the tree (headings, citations, footnotes…). */
function usedIds(tree: AnyNode, into = new Set<string>()): Set<string> {
  if (isElement(tree) && typeof tree.properties['id'] === 'string') into.add(tree.properties['id']);
  for (const child of childrenOf(tree)) usedIds(child, into);
  return into;
}

export interface PassageOptions {
  /** Append a visible "¶" permalink to each passage and a "#" anchor to each heading (default true). */
  permalinks?: boolean;
}

/** The permalink appended to a passage: a real link, labelled for screen readers, not indexed. */
export function permalinkElement(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['permalink'], href: `#${id}`, dataPagefindIgnore: '', ariaLabel: 'Link to this paragraph' },
    children: [{ type: 'text', value: '¶' }],
  };
}

/**
 * A section heading and its "#" permalink side by side in a wrapper. The link stands outside the
 * heading so that a screen reader names the heading once, by its text: inside it, the link's
 * "Link to the section …" became part of the heading's name.
 */
function headingWithAnchor(heading: Element, id: string, title: string): Element {
  const anchor: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '', ariaLabel: `Link to the section “${title}”` },
    children: [],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['heading-wrap'] }, children: [heading, anchor] };
}

/**
 * Gives each passage an id and returns what each mentions and cites. Passages are `p` elements
 * and list items without a `p`, outside the notes and references; each footnote is one passage
 * under its existing id. Ids are `<section-slug>-p<n>` (`intro-p<n>` before the first heading),
 * numbered within their section, so an edit in one section leaves the others' links intact.
 */
export function assignPassageIds(tree: Root, { permalinks = true }: PassageOptions = {}): Passage[] {
  const passages: Passage[] = [];
  const taken = usedIds(tree);
  const slugger = new GithubSlugger();
  let section: string | null = null;
  let sectionSlug = 'intro';
  let count = 0;

  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  const record = (node: AnyNode, id: string, note: boolean): void => {
    const entities: string[] = [];
    const citations: string[] = [];
    const locators: Passage['locators'] = [];
    collect(node, entities, citations, locators);
    passages.push({ id, section, excerpt: excerpt(textOf(node)), entities, citations, locators, note });
  };

  /** Walks the tree; returns a node to put in this node's place (a heading in its wrapper). */
  const walk = (node: AnyNode): Element | undefined => {
    if (isElement(node)) {
      if (/^h[23]$/.test(node.tagName)) {
        section = textOf(node).trim();
        const existing = node.properties['id'];
        sectionSlug = typeof existing === 'string' ? existing : unique(slugger.slug(section) || 'section');
        count = 0;
        if (permalinks) {
          // The id is set here (Astro keeps an existing id) so that the anchor can point to it.
          node.properties['id'] = sectionSlug;
          return headingWithAnchor(node, sectionSlug, section);
        }
        return undefined;
      }
      const names = classes(node);
      if (names.includes('bibliography') || node.properties['id'] === 'refs') return undefined;
      if (names.includes('footnotes') || node.properties['dataFootnotes'] !== undefined) {
        for (const item of childrenOf(node).flatMap(childrenOf)) {
          if (isElement(item) && item.tagName === 'li' && typeof item.properties['id'] === 'string') record(item, item.properties['id'], true);
        }
        return undefined;
      }
      const passage = node.tagName === 'p' || (node.tagName === 'li' && !childrenOf(node).some((c) => isElement(c) && c.tagName === 'p'));
      if (passage && textOf(node).trim() !== '') {
        count += 1;
        const existing = node.properties['id'];
        const id = typeof existing === 'string' ? existing : unique(`${sectionSlug}-p${count}`);
        node.properties['id'] = id;
        if (permalinks) node.children.push({ type: 'text', value: ' ' }, permalinkElement(id));
        record(node, id, false);
        return undefined;
      }
    }
    const children = childrenOf(node);
    children.forEach((child, index) => {
      const replacement = walk(child);
      if (replacement) children[index] = replacement;
    });
    return undefined;
  };
  walk(tree);
  return passages;
}
