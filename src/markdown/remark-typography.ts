/**
 * Curly quotes, em dashes and ellipses in the prose: the typography Astro's built-in
 * remark-smartypants gives, which the pipeline switches off (`smartypants: false`) for this
 * faster plugin. It walks the same nodes the same way: the document's text is joined (inline
 * code as placeholder letters, a space before each paragraph, heading and table cell) so that
 * quotes pair across emphasis, links and <Entity> tags; quotes are then set on the joined text
 * and dashes and ellipses inside each text node.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import { smartPunctuation, smartQuotes } from '../lib/typography.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const LITERALS = new Set(['text', 'inlineCode']);
const SKIPPED_ELEMENTS = new Set(['script', 'style']);

interface Literal extends Node {
  value: string;
}

function visited(node: Node, parent: Parent | undefined): boolean {
  if (!parent || !(BLOCKS.has(node.type) || LITERALS.has(node.type))) return false;
  if (parent.type !== 'mdxJsxTextElement') return true;
  const name = (parent as Parent & { name?: unknown }).name;
  return typeof name === 'string' && !SKIPPED_ELEMENTS.has(name);
}

export default function remarkTypography() {
  return (tree: Root) => {
    const nodes: Node[] = [];
    visit(tree, (node: Node, _index, parent: Parent | undefined) => {
      if (visited(node, parent)) nodes.push(node);
    });
    const joined = nodes
      .map((node) => (!LITERALS.has(node.type) ? ' ' : node.type === 'text' ? (node as Literal).value : 'A'.repeat((node as Literal).value.length)))
      .join('');
    const quoted = smartQuotes(joined);
    let start = 0;
    for (const node of nodes) {
      if (!LITERALS.has(node.type)) {
        start += 1;
        continue;
      }
      const literal = node as Literal;
      const end = start + literal.value.length;
      if (node.type === 'text') literal.value = smartPunctuation(quoted.slice(start, end));
      start = end;
    }
  };
}
