/**
 * What an MDX article refers to, found line by line in its body: figure, entity and citation ids,
 * digits typed into prose (every number a reader sees must come from the figures data set),
 * internal links, images without alt text, and the anchors its headings get.
 */
import GithubSlugger from 'github-slugger';
import { parseCitations } from '../citations.ts';

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
  citations: CitedReference[];
  /** Citations that cannot be read (unclosed bracket, empty locator): `id` is the message. */
  citationProblems: Reference[];
  /** Citations inside a <Context> box, which holds only our own background: `id` is the key. */
  citationsInContext: Reference[];
  /** Digits in prose that are neither years nor calendar dates. */
  strayNumbers: Reference[];
  /** Internal link targets (`/path/`, `/path/#anchor`, `#anchor`) from Markdown links and `<a href>`. */
  links: Reference[];
  /** Sources of images that have no alt text (`![](src)`, `<img>` without `alt`). */
  imagesWithoutAlt: Reference[];
  /** Anchors the page will have: heading slugs as github-slugger makes them (as Astro does), and `id="…"`. */
  anchors: Set<string>;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const ALLOWED_DIGITS = [
  new RegExp(`\\b\\d{1,2} ${MONTH}\\b`, 'g'), // 12 April
  new RegExp(`\\b${MONTH} \\d{1,2},`, 'g'), // April 12,
  /\b(?:1[0-9]{3}|20[0-9]{2})(?:s\b|['’]s\b)?/g, // 1991, 1990s
];

/** Parts of a line that are markup, not prose: tags, expressions, citations, notes, code, URLs. */
const NOT_PROSE = [
  /`[^`]*`/g,
  /<[^>]*>/g,
  /\{[^}]*\}/g,
  /\[[^\]]*@[^\]]*\]/g,
  /\[\^[^\]]+\]:?/g,
  /\]\([^)]*\)/g,
  /https?:\/\/\S+/g,
  /(?<=\s|^)-?@[^\s,;]+(?:\s+\[[^\]]*\])?/g,
];

const MARKDOWN_LINK = /(?<!!)\[(?:[^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g;
const HTML_LINK = /<a\b[^>]*?\bhref=["']([^"']+)["']/g;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/g;

/** A heading's text as it will render: markup, citations, notes and expressions removed. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\s+#+\s*$/, '')
    .replace(/\[[^\]]*@[^\]]*\]/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/[*_`]/g, '')
    .trim();
}

function quotedIds(text: string): string[] {
  return [...text.matchAll(/["']([^"']+)["']/g)].map((match) => match[1]!);
}

export function scanBody(body: string, firstLine: number): BodyReferences {
  const found: BodyReferences = { figures: [], entities: [], citations: [], citationProblems: [], citationsInContext: [], strayNumbers: [], links: [], imagesWithoutAlt: [], anchors: new Set() };
  const slugger = new GithubSlugger();
  let inFence = false;
  let inContext = false;
  body.split('\n').forEach((text, index) => {
    const line = firstLine + index;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence || /^\s*(import|export)\s/.test(text)) return;
    for (const match of text.matchAll(/<Stat\b[^>]*?\bid=["']([^"']+)["']/g)) found.figures.push({ id: match[1]!, line });
    for (const match of text.matchAll(/<KeyFigures\b[^>]*?\bids=\{\[([^\]]*)\]\}/g)) {
      for (const id of quotedIds(match[1]!)) found.figures.push({ id, line });
    }
    for (const match of text.matchAll(/<Entity\b[^>]*?\bid=["']([^"']+)["']/g)) found.entities.push({ id: match[1]!, line });
    if (/<Context\b/.test(text)) inContext = true;
    const parsed = parseCitations(text);
    if (inContext) for (const citation of parsed.citations) found.citationsInContext.push({ id: citation.items.map((item) => item.key).join('; @'), line });
    if (/<\/Context>/.test(text)) inContext = false;
    for (const citation of parsed.citations) {
      for (const item of citation.items) found.citations.push({ id: item.key, line, ...(item.locator === undefined ? {} : { locator: item.locator }) });
    }
    for (const problem of parsed.problems) found.citationProblems.push({ id: problem.message, line });
    const heading = /^#{1,6}\s+(.*)$/.exec(text);
    if (heading) found.anchors.add(slugger.slug(headingText(heading[1]!)));
    for (const match of text.matchAll(/<[a-z][a-z0-9]*\b[^>]*?\bid=["']([^"']+)["']/g)) found.anchors.add(match[1]!);
    for (const pattern of [MARKDOWN_LINK, HTML_LINK]) {
      for (const match of text.matchAll(pattern)) {
        if (/^[/#]/.test(match[1]!) && !match[1]!.startsWith('//')) found.links.push({ id: match[1]!, line });
      }
    }
    for (const match of text.matchAll(MARKDOWN_IMAGE)) {
      if (match[1]!.trim() === '') found.imagesWithoutAlt.push({ id: match[2]!, line });
    }
    for (const match of text.matchAll(HTML_IMAGE)) {
      // alt={expression} is trusted; a missing, empty or blank alt is not.
      const alt = /\balt=(?:"([^"]*)"|'([^']*)'|(\{))/.exec(match[0]);
      if (!alt || (alt[3] === undefined && (alt[1] ?? alt[2] ?? '').trim() === '')) {
        found.imagesWithoutAlt.push({ id: /\bsrc=["']([^"']+)["']/.exec(match[0])?.[1] ?? '<img>', line });
      }
    }
    let prose = NOT_PROSE.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
    prose = ALLOWED_DIGITS.reduce((rest, pattern) => rest.replace(pattern, ' '), prose);
    for (const match of prose.matchAll(/\d[\d,.]*/g)) found.strayNumbers.push({ id: match[0], line });
  });
  return found;
}
