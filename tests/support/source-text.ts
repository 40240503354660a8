/**
 * The annotated source documents (in ../shared/sources beside the project, as CI has them), cut
 * into the units that content/sources/<key>.yaml lists, so that tests can check what the content
 * says a unit contains against the unit's own text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/schemas/source.ts';

export const SOURCES_DIR = join(process.cwd(), '..', 'shared', 'sources');
export const haveSources = existsSync(SOURCES_DIR);

/**
 * The text as a reader searches it: words broken at a line end joined, whitespace collapsed,
 * curly quotes straightened and dashes unified, lower case.
 */
export function normalise(text: string): string {
  return text
    .replace(/-\n(?=[a-z])/g, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Where a unit starts, or throws naming it. */
function find(text: string, words: string, what: string): number {
  const at = text.indexOf(normalise(words));
  if (at === -1) throw new Error(`${what}: "${words}" is not in the source text`);
  return at;
}

/** Each unit's text: from its first words to the next unit's (a unit with `resumes` has two stretches). */
export function unitTexts(document: SourceDocument): Map<string, string> {
  if (!document.file) throw new Error('the source has no file');
  const text = normalise(readFileSync(join(SOURCES_DIR, document.file), 'utf8'));
  const starts = document.units.flatMap((unit) => [
    { locator: unit.locator, at: find(text, unit.begins, unit.locator) },
    ...(unit.resumes ? [{ locator: unit.locator, at: find(text, unit.resumes, `${unit.locator} (resumes)`) }] : []),
  ]);
  starts.sort((a, b) => a.at - b.at);
  const texts = new Map<string, string>();
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.at ?? text.length;
    texts.set(start.locator, `${texts.get(start.locator) ?? ''} ${text.slice(start.at, end)}`.trim());
  });
  return texts;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number up to 99 in words, or undefined. */
function inWords(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 99) return undefined;
  if (value <= 20) return WORDS[value];
  const [tens, ones] = [Math.floor(value / 10), value % 10];
  return ones === 0 ? TENS[tens] : `${TENS[tens]}-${WORDS[ones]}`;
}

/**
 * The ways a source may write a number: "3000", "3,000", "three", "3 million", "three million",
 * "a" for one, and for a number of years "a millennium" or "three decades".
 */
export function spellings(value: number, unit?: string): string[] {
  const all = [String(value), value.toLocaleString('en-US')];
  const words = inWords(value);
  if (words) all.push(words);
  if (value === 1) all.push('a', 'an', 'single');
  if (value >= 1_000_000 && value % 1_000_000 === 0) {
    const millions = value / 1_000_000;
    all.push(`${millions} million`, ...(inWords(millions) ? [`${inWords(millions)} million`] : []));
  }
  if (unit === 'years' && value === 1000) all.push('a millennium');
  if (unit === 'years' && value % 10 === 0 && inWords(value / 10)) all.push(`${inWords(value / 10)} decades`);
  return all;
}

/** Whether a text holds a number in one of its spellings, as a whole word. */
export function mentionsNumber(text: string, value: number, unit?: string): boolean {
  return spellings(value, unit).some((spelling) => {
    const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const end = /[a-z]$/i.test(spelling) ? '(?![a-z])' : '(?!\\d|,\\d)';
    return new RegExp(`(?<![\\w,.])${escaped}${end}`, 'i').test(text);
  });
}
