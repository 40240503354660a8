/**
 * Fails the build on citations rehype-citation would silently get wrong: a key that is not in
 * the bibliography (printed as literal "[@key]"), and a citation inside emphasis, a heading or
 * link text (left unprocessed), and a multiple citation of two undated works by the same author
 * (rehype-citation's linking crashes on it). Every problem in a file is reported at once.
 */
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { loadBibliography } from './bibliography-cache.ts';
import { citationGroups, citationKeysIn } from '../lib/citations.ts';
import { authorSignature, isDated, type Bibliography } from '../lib/bibliography.ts';

export interface CitationGuardOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
}

/** mdast ancestors inside which rehype-citation does not process citations. */
const SKIPPED_INSIDE: Record<string, string> = {
  emphasis: 'emphasis',
  strong: 'bold text',
  delete: 'strikethrough',
  heading: 'a heading',
  link: 'link text',
  linkReference: 'link text',
};

/** "line:column" of the citation in the file: where its "[" (or "@") is. */
function citationPosition(node: Text, firstKey: string): string {
  const start = node.position?.start;
  if (!start) return '?';
  const at = node.value.indexOf(`@${firstKey}`);
  const bracket = node.value.lastIndexOf('[', at);
  const index = bracket !== -1 && !node.value.slice(bracket, at).includes(']') ? bracket : at;
  const before = node.value.slice(0, index).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + index : before.at(-1)!.length + 1;
  return `${line}:${column}`;
}

function undatedSameAuthorPairs(groups: string[][], bibliography: Bibliography): [string, string][] {
  const pairs: [string, string][] = [];
  for (const group of groups) {
    const items = group.map((key) => bibliography.byKey.get(key));
    items.forEach((first, i) => {
      items.slice(i + 1).forEach((second, j) => {
        if (!first || !second || authorSignature(first) !== authorSignature(second)) return;
        if (!isDated(first) || !isDated(second)) pairs.push([group[i]!, group[i + 1 + j]!]);
      });
    });
  }
  return pairs;
}

export default function remarkCitationGuard(options: CitationGuardOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = loadBibliography(options.bibliography);
    const problems: string[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const keys = citationKeysIn(node.value);
      if (keys.length === 0) return;
      const where = `${file.path}:${citationPosition(node, keys[0]!)}`;
      const skipping = ancestors.map((ancestor) => SKIPPED_INSIDE[ancestor.type]).find(Boolean);
      if (skipping) {
        problems.push(
          `${where}: citation [@${keys.join('; @')}] is inside ${skipping}, where it would not be rendered: move it outside`,
        );
      }
      for (const pair of undatedSameAuthorPairs(citationGroups(node.value), bibliography)) {
        problems.push(
          `${where}: [@${pair.join('; @')}] cites two works by the same author, at least one undated, in one citation; rehype-citation cannot render that: cite them separately`,
        );
      }
      for (const key of keys) {
        if (!bibliography.byKey.has(key)) {
          problems.push(
            `${where}: citation key "@${key}" is not in ${bibliography.file}: add a BibTeX entry for it or fix the key`,
          );
        }
      }
    });
    if (problems.length > 0) {
      throw new Error(`Citation problems in ${file.path}:\n${problems.join('\n')}`);
    }
  };
}
