/**
 * Pandoc-style citations in a text, parsed once for every reader of them: the content check, the
 * Markdown pipeline that renders them and the backlink indexes all see the same citations.
 *
 *   [@key, para. 3]             one work with a locator
 *   [see @a, p. 3; -@b; @c]     several works, a prefix, a suppressed author
 *   @key [para. 3] argues       author in the text
 *
 * Everything after the first comma of an item is its locator ("sec. Discussion, para. 1" keeps its
 * own comma). Mistakes are reported, not skipped: an empty locator and a bracket that never closes
 * would otherwise print as literal text or silently lose the locator.
 */

/** One cited work inside a citation. */
export interface CitationItem {
  /** Citation key in the bibliography. */
  key: string;
  /** Where in the work ("para. 3"), or undefined. */
  locator?: string;
  /** Text before the key ("see"), or undefined. */
  prefix?: string;
  /** `-@key`: print the year without the author. */
  suppressAuthor: boolean;
}

/** One citation: a bracketed group, or an author-in-text citation. */
export interface Citation {
  items: CitationItem[];
  /** `@key [locator]`: the author's name is part of the sentence. */
  inText: boolean;
  /** Offsets of the citation's text in the input: [start, end). */
  start: number;
  end: number;
}

/** A citation the parser could not read, with the offset where it starts. */
export interface CitationProblem {
  offset: number;
  message: string;
}

export interface ParsedCitations {
  citations: Citation[];
  problems: CitationProblem[];
}

/** A key: starts and ends with a letter, digit or underscore; may hold `:.#$%&-+?<>~/` inside (Pandoc's rule). */
const KEY = String.raw`[\p{L}\d_](?:[\p{L}\d_:.#$%&+?<>~/-]*[\p{L}\d_])?`;
const ITEM = new RegExp(String.raw`^(?<prefix>[^@]*?)(?<dash>-?)@(?:\{(?<braced>[^}]+)\}|(?<key>${KEY}))(?<rest>.*)$`, 'su');
/** A bracket that holds at least one @key (not an e-mail address: "@" follows a space, "[", ";" or "-"). */
const BRACKET = new RegExp(String.raw`\[(?=(?:[^\]\[]*[\s;])?-?@(?:\{|${KEY}))`, 'gu');
const IN_TEXT = new RegExp(String.raw`(?<=^|[\s(])@(?<key>${KEY})(?:\s?\[(?<locator>[^\]@]*)\])?`, 'gu');

/** A locator label with nothing after it ("p.", "para", "sec."). */
const LABEL_ONLY = /^(?:p|pp|page|pages|para|paras|paragraph|n|nn|note|notes|sec|secs|section|ch|chap|chapter|fig|vol|l|ll|line)\.?$/i;

function parseItem(text: string): CitationItem | string {
  const match = ITEM.exec(text);
  if (!match?.groups) return `"${text.trim()}" is not a citation: write @key, optionally followed by ", locator"`;
  const { prefix = '', dash, braced, key, rest = '' } = match.groups;
  const item: CitationItem = { key: (braced ?? key)!.trim(), suppressAuthor: dash === '-' };
  if (prefix.trim()) item.prefix = prefix.trim();
  const afterKey = rest.trim();
  if (afterKey !== '') {
    if (!afterKey.startsWith(',')) return `unexpected "${afterKey}" after @${item.key}: separate the locator with a comma ("@${item.key}, para. 3")`;
    const locator = afterKey.slice(1).trim().replace(/^\{(.*)\}$/s, '$1').trim();
    if (locator === '') return `the citation of @${item.key} has a comma but no locator: write the locator after it ("@${item.key}, para. 3") or remove the comma`;
    if (LABEL_ONLY.test(locator)) return `the locator "${locator}" of @${item.key} names no place: add the number or name ("${locator.replace(/\.?$/, '.')} 3") or remove it`;
    item.locator = locator;
  }
  return item;
}

/** Every citation in a text, in order, and every citation that could not be read. */
export function parseCitations(text: string): ParsedCitations {
  const citations: Citation[] = [];
  const problems: CitationProblem[] = [];
  const taken: [number, number][] = [];
  for (const match of text.matchAll(BRACKET)) {
    const start = match.index;
    if (taken.some(([from, to]) => start >= from && start < to)) continue;
    const close = text.indexOf(']', start);
    const nextOpen = text.indexOf('[', start + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      problems.push({ offset: start, message: 'a citation opens with "[" but never closes: add the "]"' });
      continue;
    }
    const items: CitationItem[] = [];
    for (const part of text.slice(start + 1, close).split(';')) {
      const item = parseItem(part);
      if (typeof item === 'string') problems.push({ offset: start, message: item });
      else items.push(item);
    }
    taken.push([start, close + 1]);
    if (items.length > 0) citations.push({ items, inText: false, start, end: close + 1 });
  }
  for (const match of text.matchAll(IN_TEXT)) {
    const start = match.index;
    if (taken.some(([from, to]) => start >= from && start < to)) continue;
    const { key, locator } = match.groups!;
    const item: CitationItem = { key: key!, suppressAuthor: false };
    if (locator !== undefined) {
      if (locator.trim() === '') problems.push({ offset: start, message: `@${key} [ ] has an empty locator: write it inside the brackets or remove them` });
      else item.locator = locator.trim();
    }
    citations.push({ items: [item], inText: true, start, end: start + match[0].length });
  }
  citations.sort((a, b) => a.start - b.start);
  return { citations, problems };
}

/** Every citation key the text cites, in order of appearance, with repeats. */
export function citationKeysIn(text: string): string[] {
  return parseCitations(text).citations.flatMap((citation) => citation.items.map((item) => item.key));
}

/** The keys of each citation ("[@a; @b]" → ["a", "b"]), one list per citation. */
export function citationGroups(text: string): string[][] {
  return parseCitations(text).citations.map((citation) => citation.items.map((item) => item.key));
}
