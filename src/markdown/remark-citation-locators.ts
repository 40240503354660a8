/**
 * Keeps a worded locator whole. rehype-citation takes only a number-like start of a locator
 * ("12", "xii") and pushes the rest into the suffix, so "sec. Main scientific part" renders as
 * "sec. M ain scientific part" ("M" reads as a roman numeral). Wrapping the locator in braces,
 * Pandoc's explicit-locator syntax, keeps it whole: "@key, {sec. Main scientific part}".
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const LABELS = /^(?:sec|secs|sect|para|paras|paragr|p|pp|n|nn|note|notes|ch|chap|chapter|fig|vol|col|l|ll|line|part|pt|section|paragraph|page|pages)\.?\s/i;

/** Rewrites one citation part ("see @key, sec. Discussion") to brace its locator. */
export function braceLocator(part: string): string {
  const match = /^(\s*[^@]*-?@[^\s,;\]]+,\s+)(.+?)(\s*)$/s.exec(part);
  if (!match) return part;
  const [, head, locator, tail] = match as unknown as [string, string, string, string];
  if (locator.startsWith('{') || !LABELS.test(locator)) return part;
  return `${head}{${locator}}${tail}`;
}

/** Applies braceLocator to every part of every bracketed citation in a text. */
export function braceLocators(text: string): string {
  return text.replace(/\[([^[\]]*@[^[\]]+)\]/g, (_all, inner: string) => `[${inner.split(';').map(braceLocator).join(';')}]`);
}

export default function remarkCitationLocators() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      if (node.value.includes('@')) node.value = braceLocators(node.value);
    });
  };
}
