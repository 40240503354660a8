/**
 * A result's excerpt from the words a reader sees. Pagefind's own excerpt is cut from the
 * record's content, which also holds each entity mention's name variants (indexed, never shown:
 * see alias-marks.ts), so a search for "Daesh" could show a passage by words that are not in it.
 * Here the variants are taken out; a match inside them marks the mention they belong to instead,
 * and the result says which spelling matched. Pure; the word positions are Pagefind's
 * (`locations`, counted over the content split at whitespace, as its excerpts are).
 */
import { ALIAS_CLOSE, ALIAS_OPEN, MENTION_CLOSE, MENTION_OPEN } from './alias-marks.ts';
import { escapeHtml } from './result-html.ts';

/** Pagefind's word separator (its build_excerpt): whitespace, but not U+FEFF. */
const WORDS = /[^\S\uFEFF]+/g;
const MARKS = new RegExp(`[${ALIAS_OPEN}${ALIAS_CLOSE}${MENTION_OPEN}${MENTION_CLOSE}]`, 'g');

export interface AliasMatch {
  /** The spelling that matched, as the entity data writes it ("Daesh"). */
  spelling: string;
  /** The mention's visible text ("ISIL"). */
  mention: string;
}

export interface VisibleExcerpt {
  /** HTML: escaped, the matched words (or the mention an alias matched) in <mark>. */
  html: string;
  /** When no visible word matched: each spelling that matched, with the mention it names. */
  aliases?: AliasMatch[];
}

interface Word {
  text: string;
  /** Index of the alias group this word is a variant of, or the mention of. */
  group?: number;
  hidden: boolean;
}

function readWords(content: string): Word[] {
  let group = -1;
  let inAlias = false;
  let inMention = false;
  return content.split(WORDS).map((raw) => {
    if (raw.includes(ALIAS_OPEN)) {
      group += 1;
      inAlias = true;
    }
    if (raw.includes(MENTION_OPEN)) inMention = true;
    const word: Word = { text: raw.replace(MARKS, ''), hidden: inAlias, ...(inAlias || inMention ? { group } : {}) };
    if (raw.includes(ALIAS_CLOSE)) inAlias = false;
    if (raw.includes(MENTION_CLOSE)) inMention = false;
    return word;
  });
}

/** The variant (of " · "-separated variants) that holds word `at` of an alias group. */
function spellingAt(words: readonly Word[], at: number): string {
  const group = words[at]?.group;
  const variants: string[][] = [[]];
  let found = 0;
  words.forEach((word, index) => {
    if (!word.hidden || word.group !== group) return;
    if (word.text === '·') variants.push([]);
    else variants.at(-1)!.push(word.text.replace(/\.$/, ''));
    if (index === at) found = variants.length - 1;
  });
  return variants[found]!.join(' ');
}

const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const trimPunctuation = (text: string) => text.replace(EDGES, '');

/** A word with its letters in <mark>, its punctuation outside ("<mark>Tajikistan</mark>."). */
function markWord(text: string): string {
  const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(text) ?? [];
  return core === '' ? escapeHtml(text) : `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`;
}

/** The excerpt of `content` around the first match, `length` visible words long. */
export function visibleExcerpt(content: string, locations: readonly number[], length = 24): VisibleExcerpt {
  const words = readWords(content);
  const marked = new Set<number>();
  const aliases = new Map<string, AliasMatch>();
  for (const at of locations) {
    const word = words[at];
    if (!word) continue;
    if (!word.hidden) {
      marked.add(at);
      continue;
    }
    const mention = words.map((other, index) => ({ other, index })).filter(({ other }) => !other.hidden && other.group === word.group);
    for (const { index } of mention) marked.add(index);
    const match = { spelling: spellingAt(words, at), mention: trimPunctuation(mention.map(({ other }) => other.text).join(' ')) };
    aliases.set(`${match.spelling}\u0000${match.mention}`, match);
  }
  const visible = words.map((word, index) => ({ ...word, index })).filter((word) => !word.hidden && word.text !== '');
  const first = Math.max(0, visible.findIndex((word) => marked.has(word.index)));
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), visible.length - length));
  const shown = visible.slice(start, start + length).map((word) => (marked.has(word.index) ? markWord(word.text) : escapeHtml(word.text)));
  const html = `${start > 0 ? '… ' : ''}${shown.join(' ')}${start + length < visible.length ? ' …' : ''}`;
  // Only a match no visible word made needs the note: then the reader would not see why it matched.
  const visibleMatch = locations.some((at) => words[at] !== undefined && !words[at]!.hidden);
  return visibleMatch || aliases.size === 0 ? { html } : { html, aliases: [...aliases.values()] };
}
