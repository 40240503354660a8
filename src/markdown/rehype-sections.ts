/**
 * Wraps each heading of an article's body and what follows it, up to the next heading, in a
 * `<section class="part">` (a level-3 heading's part follows its level-2 heading's, not inside it:
 * the heading levels carry the hierarchy). A `<section>` without a name is no landmark (it stays
 * out of the landmarks list). The wrapper lets CSS skip the rendering of sections off screen on
 * phones (content-visibility in reading.css; `--chars`, the part's length in characters, sizes
 * it until it is rendered), and lets the scroll-spy measure a part's box rather than a heading
 * inside a part not rendered yet. The notes and references (sections of their own already) and
 * anything before the first heading stay as they are. Runs after rehype-paragraph-ids, which puts
 * each heading in a `.heading-wrap`.
 */
import type { Element, Root, RootContent } from 'hast';
import { textOf } from '../lib/reading/passages.ts';

/** The level (2, 3) of a heading, or of the heading in a `.heading-wrap`; 0 for anything else. */
function headingLevel(node: RootContent): number {
  if (node.type !== 'element') return 0;
  const heading = /^h[23]$/.test(node.tagName) ? node : node.children.find((child): child is Element => child.type === 'element' && /^h[23]$/.test(child.tagName));
  const wrapped = heading === node || (Array.isArray(node.properties['className']) && node.properties['className'].includes('heading-wrap'));
  return heading && wrapped ? Number(heading.tagName[1]) : 0;
}

/** The notes and the references: sections already, and the end of the body. */
function isBackMatter(node: RootContent): node is Element {
  if (node.type !== 'element' || node.tagName !== 'section') return false;
  const names = node.properties['className'];
  return node.properties['dataFootnotes'] !== undefined || (Array.isArray(names) && (names.includes('footnotes') || names.includes('bibliography')));
}

const part = (level: number): Element => ({ type: 'element', tagName: 'section', properties: { className: level === 3 ? ['part', 'part-3'] : ['part'] }, children: [] });

/** The part's length in characters, to the hundred (an estimate of its height; stable HTML). */
const chars = (element: Element): number => Math.max(100, Math.round(textOf(element).length / 100) * 100);

export function wrapSections(tree: Root): void {
  const children: RootContent[] = [];
  const parts: Element[] = [];
  let open: Element | undefined;
  for (const node of tree.children) {
    const level = headingLevel(node);
    // MDX's import and export statements stay at the top level, as MDX requires.
    if (node.type === 'mdxjsEsm') open = undefined;
    else if (isBackMatter(node)) {
      open = undefined;
      parts.push(node);
    }
    else if (level > 0) {
      open = part(level);
      parts.push(open);
      children.push(open);
    }
    // Hast's element children are not typed to hold MDX's nodes, which sit among them all the same.
    if (open) open.children.push(node as Element['children'][number]);
    else children.push(node);
  }
  for (const element of parts) element.properties['style'] = `--chars:${chars(element)}`;
  tree.children = children;
}

export default function rehypeSections() {
  return (tree: Root) => wrapSections(tree);
}
