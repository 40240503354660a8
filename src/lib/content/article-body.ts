/**
 * What an article's MDX body cites, mentions, links, shows and defines, read once from the tree
 * the real parsers build (remark-parse with GFM and MDX: the same syntax the build compiles), not
 * from regular expressions over lines: a multi-line tag, an expression prop (`<Stat id={"x"} />`)
 * or a reference-style link is seen as the build sees it. The content check, the search filters
 * and the bibliography's "cited in" all read this one model.
 */
import type { Expression, Node as EstreeNode, SpreadElement } from 'estree';
import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { VFileMessage } from 'vfile-message';
import { parseCitations } from '../citations.ts';

/** Something found in the body, at a line of the file. */
export interface Reference {
  id: string;
  line: number;
}

/** A cited work: its key (`id`), the locator if any, the line. */
export interface CitedReference extends Reference {
  locator?: string;
}

export interface BodyReferences {
  figures: Reference[];
  entities: Reference[];
  /** `<FlowMap id>` map ids. */
  maps: Reference[];
  citations: CitedReference[];
  /** Citations that cannot be read or placed (unclosed bracket, empty locator, in a heading): `id` is the message. */
  citationProblems: Reference[];
  /** Citations inside a <Context> box, which holds only our own background: `id` is the keys. */
  citationsInContext: Reference[];
  /** Digits in prose that are neither years nor calendar dates. */
  strayNumbers: Reference[];
  /** Internal link targets (`/path/`, `#anchor`) from Markdown links, reference definitions and `<a href>`. */
  links: Reference[];
  /** Images: `id` is the source; `alt` false when it has no alt text. */
  images: (Reference & { alt: boolean })[];
  /** Markup that content may not carry (scripts, event handlers, `javascript:` URLs, embeds from other sites, code): `id` is the message. */
  unsafe: Reference[];
  /** Other mistakes of the body (footnotes, empty mentions, an empty body): `id` is the message. */
  mistakes: Reference[];
  /** Anchors the page will have: heading slugs as github-slugger makes them (as Astro does), and `id="…"`. */
  anchors: Set<string>;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const ALLOWED_DIGITS = [
  new RegExp(`\\b\\d{1,2} ${MONTH}\\b`, 'g'), // 12 April
  new RegExp(`\\b${MONTH} \\d{1,2},`, 'g'), // April 12,
  /\b(?:1[0-9]{3}|20[0-9]{2})(?:s\b|['’]s\b)?/g, // 1991, 1990s
];

/** Components whose props name content ids, and the prop. */
const ID_PROPS: Record<string, { prop: string; list: keyof Pick<BodyReferences, 'figures' | 'entities' | 'maps'> }[]> = {
  Stat: [{ prop: 'id', list: 'figures' }],
  KeyFigures: [{ prop: 'ids', list: 'figures' }],
  Entity: [{ prop: 'id', list: 'entities' }],
  FlowMap: [{ prop: 'id', list: 'maps' }],
};

/** HTML elements content may not use: they run code or load other sites' pages. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'meta', 'link', 'style']);

// The order of @mdx-js/mdx's own processor (remark-parse, remark-mdx, then the pipeline's
// remark-gfm): the same tree, so that the build can compile the one the check has read
// (src/markdown/remark-checked-tree.ts) instead of parsing the article again.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: { type: string }): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * The value of a prop: a string, a list of strings for `{["a", "b"]}`, or undefined for an
 * expression that is not a plain literal (the check then says to write a literal).
 */
export function propValue(attribute: MdxJsxAttribute): string | string[] | undefined {
  const { value } = attribute;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return undefined;
  const statement = (value as MdxJsxAttributeValueExpression).data?.estree?.body[0];
  return statement?.type === 'ExpressionStatement' ? literalOf(statement.expression) : undefined;
}

/** A string literal, a template without expressions, or an array of them; else undefined. */
function literalOf(node: Expression | SpreadElement | EstreeNode | null): string | string[] | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  if (node?.type === 'ArrayExpression') {
    const items = node.elements.map((element) => literalOf(element));
    return items.every((item): item is string => typeof item === 'string') ? items : undefined;
  }
  return undefined;
}

/** The line of a node (1-based, in the file). */
const lineOf = (node: { position?: { start: { line: number } } | undefined }, firstLine: number) => (node.position?.start.line ?? 1) + firstLine - 1;

/** Reads an article body (the text after the frontmatter), which starts at `firstLine` of its file, and returns it with its tree. Throws on an MDX syntax error (see readArticleBody). */
function scan(body: string, firstLine: number): { body: BodyReferences; tree: Root } {
  const found: BodyReferences = {
    figures: [], entities: [], maps: [], citations: [], citationProblems: [], citationsInContext: [], strayNumbers: [],
    links: [], images: [], unsafe: [], mistakes: [], anchors: new Set(),
  };
  // remark-parse makes an mdast Root; the MDX and GFM plugins only add node types to it.
  const tree = parser.parse(body) as Root;
  const slugger = new GithubSlugger();
  const footnoteRefs = new Map<string, number>();
  const footnoteDefs = new Map<string, number>();
  let content = 0;

  visitParents(tree, (node: Root | RootContent, ancestors) => {
    const line = lineOf(node, firstLine);
    switch (node.type) {
      case 'heading':
        found.anchors.add(slugger.slug(toString(node)));
        break;
      case 'footnoteReference':
        if (!footnoteRefs.has(node.identifier)) footnoteRefs.set(node.identifier, line);
        break;
      case 'footnoteDefinition':
        if (footnoteDefs.has(node.identifier)) {
          found.mistakes.push({ id: `the note [^${node.label ?? node.identifier}] is defined twice (first at line ${footnoteDefs.get(node.identifier)}): the second would be lost; merge them or rename one`, line });
        } else footnoteDefs.set(node.identifier, line);
        break;
      case 'link':
        found.links.push({ id: node.url, line });
        if (/^\s*javascript:/i.test(node.url)) found.unsafe.push({ id: `a link to "${node.url}": content may not run code; link to a page`, line });
        break;
      case 'definition':
        found.links.push({ id: node.url, line });
        if (/^\s*javascript:/i.test(node.url)) found.unsafe.push({ id: `a link to "${node.url}": content may not run code; link to a page`, line });
        break;
      case 'image':
        found.images.push({ id: node.url, line, alt: (node.alt ?? '').trim() !== '' });
        break;
      case 'code':
      case 'inlineCode':
        break;
      case 'mdxjsEsm':
        found.unsafe.push({ id: 'an `import` or `export` in an article: content may not run code; the components (Stat, Entity, Context …) need no import', line });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) found.unsafe.push({ id: `the expression {${node.value.trim().slice(0, 40)}}: content may not run code; write the text itself (a comment {/* … */} is fine)`, line });
        break;
      case 'text':
        content += node.value.trim() === '' ? 0 : 1;
        scanText(node, ancestors, found, firstLine);
        break;
      default:
        if (isJsx(node)) scanJsx(node, found, line);
    }
  });

  for (const [identifier, line] of footnoteDefs) {
    if (!footnoteRefs.has(identifier)) found.mistakes.push({ id: `the note [^${identifier}] is defined but never referred to, so it would not be shown: add [^${identifier}] in the text or remove it`, line });
  }
  if (content === 0) found.mistakes.push({ id: 'the article has no text: write its body below the frontmatter', line: firstLine });
  // Nothing above changes the tree: it is still the parser's, fit to be compiled.
  return { body: found, tree };
}

function scanText(node: Text, ancestors: (Root | RootContent)[], found: BodyReferences, firstLine: number): void {
  const start = lineOf(node, firstLine);
  const lineAt = (offset: number) => start + node.value.slice(0, offset).split('\n').length - 1;
  const { citations, problems } = parseCitations(node.value);
  for (const problem of problems) found.citationProblems.push({ id: problem.message, line: lineAt(problem.offset) });
  const inside = ancestors.find((ancestor) => ancestor.type === 'heading' || ancestor.type === 'link' || ancestor.type === 'linkReference');
  const inContext = ancestors.some((ancestor) => isJsx(ancestor) && ancestor.name === 'Context');
  // The parser makes a note mark or a reference link only when its definition exists; without one
  // it stays text, and the reader would see the brackets.
  for (const mark of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
    found.mistakes.push({ id: `the note [^${mark[1]}] has no definition, so it would print as text: add "[^${mark[1]}]: …" or remove the mark`, line: lineAt(mark.index) });
  }
  for (const reference of node.value.matchAll(/\[([^\]@^][^\]]*)\]\[([^\]]*)\]/g)) {
    const label = reference[2] || reference[1]!;
    found.mistakes.push({ id: `the link [${label}] has no definition ("[${label}]: /path/"), so it would print as text`, line: lineAt(reference.index) });
  }
  let prose = node.value;
  for (const citation of citations) {
    const line = lineAt(citation.start);
    for (const item of citation.items) found.citations.push({ id: item.key, line, ...(item.locator === undefined ? {} : { locator: item.locator }) });
    if (inside) found.citationProblems.push({ id: `a citation inside ${inside.type === 'heading' ? 'a heading' : 'link text'} cannot be linked: move it outside`, line });
    if (inContext) found.citationsInContext.push({ id: citation.items.map((item) => item.key).join('; @'), line });
    prose = prose.slice(0, citation.start) + ' '.repeat(citation.end - citation.start) + prose.slice(citation.end);
  }
  prose = ALLOWED_DIGITS.reduce((rest, pattern) => rest.replace(pattern, (match) => ' '.repeat(match.length)), prose);
  for (const match of prose.matchAll(/\d[\d,.]*/g)) found.strayNumbers.push({ id: match[0].replace(/[.,]$/, ''), line: lineAt(match.index) });
}

function scanJsx(node: Jsx, found: BodyReferences, line: number): void {
  const name = node.name ?? '';
  const attributes = node.attributes.filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute');
  if (node.attributes.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute')) {
    found.unsafe.push({ id: `<${name}> spreads an expression into its props: write each prop out`, line });
  }
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    found.unsafe.push({ id: `<${name}> in an article: content may not carry ${name === 'script' ? 'scripts' : `<${name}> elements`}; the site's own components provide everything a page shows`, line });
  }
  for (const attribute of attributes) {
    const value = propValue(attribute);
    if (/^on/i.test(attribute.name)) found.unsafe.push({ id: `the event handler ${attribute.name}= on <${name}>: content may not run code; remove it`, line });
    if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.unsafe.push({ id: `${attribute.name}="${value.slice(0, 40)}" on <${name}>: content may not run code`, line });
    // An HTML element's id is an anchor; a component's `id` prop names content (<Stat id>, <Entity id>).
    if (attribute.name === 'id' && typeof value === 'string' && /^[a-z]/.test(name)) found.anchors.add(value);
    if (name === 'a' && attribute.name === 'href' && typeof value === 'string') found.links.push({ id: value, line });
    if (['img', 'video', 'audio', 'source'].includes(name) && attribute.name === 'src' && typeof value === 'string') {
      if (/^(?:https?:)?\/\//i.test(value)) found.unsafe.push({ id: `<${name} src="${value}">: the site loads nothing from other sites (its security policy blocks it); save the file under public/ and link to it`, line });
      else if (name === 'img') found.images.push({ id: value, line, alt: attributes.some((a) => a.name === 'alt' && (typeof a.value !== 'string' || a.value.trim() !== '')) });
    }
  }
  for (const { prop, list } of ID_PROPS[name] ?? []) {
    const attribute = attributes.find((a) => a.name === prop);
    const value = attribute ? propValue(attribute) : undefined;
    if (attribute === undefined) found.mistakes.push({ id: `<${name}> has no ${prop}: give ${prop}=${prop === 'ids' ? '{["…"]}' : '"…"'}`, line });
    else if (value === undefined) found.mistakes.push({ id: `<${name} ${prop}={…}> is not a plain literal: write ${prop}=${prop === 'ids' ? '{["a", "b"]}' : '"…"'} so the check can read it`, line });
    else for (const id of Array.isArray(value) ? value : [value]) found[list].push({ id, line });
  }
  if (name === 'Entity' && toString(node).trim() === '') found.mistakes.push({ id: '<Entity> has no text, so its link would be invisible: write the name between <Entity id="…"> and </Entity>', line });
}

/**
 * The MDX document the build compiles from an article file: Astro's MDX integration blanks the
 * frontmatter to spaces (its "empty-with-spaces"), so that lines and offsets stay the file's.
 * `frontmatter` is the file's opening "---" block, delimiters and final newline included.
 */
export function articleDocument(frontmatter: string, body: string): string {
  return frontmatter.replace(/[^\r\n]/g, ' ') + body;
}

/**
 * The body's references and its mdast tree, or the MDX syntax error that stops the parser (one
 * per file: the parser cannot go on past it; the other files are still checked).
 */
export function readArticleBody(body: string, firstLine: number): { body: BodyReferences; tree: Root } | { syntaxError: Reference } {
  try {
    return scan(body, firstLine);
  } catch (caught) {
    if (!(caught instanceof VFileMessage)) throw caught;
    const line = (caught.line ?? 1) + firstLine - 1;
    const reason = caught.reason.split('\n')[0]!;
    return { syntaxError: { id: `MDX syntax error: ${reason}: fix the markup on this line (a stray "<" or "{" is written "&lt;" or "\\{")`, line } };
  }
}
