/**
 * Repairs the links of a multiple citation that rehype-citation mis-placed. It finds each work's
 * text by its citeproc "ambig" key, which for a work without an author lacks the quotation marks
 * the rendered title has, so that work's link wraps only the closing parenthesis and the next
 * work's link is empty: links with no name (WCAG 2.4.4), and the wrong text under each.
 * A broken citation is relinked part by part: "(A 2021, loc; B 2005)" gets one link per part.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

const isCitationLink = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#bib-');

export default function rehypeCitationLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties['className'];
      if (node.tagName !== 'span' || !Array.isArray(classes) || !classes.includes('citation')) return;
      const links = node.children.filter(isCitationLink);
      if (links.length < 2 || !links.some((link) => /^[\s)]*$/.test(toText(link)))) return;
      const text = toText(node);
      if (!text.startsWith('(') || !text.endsWith(')')) return;
      const parts = text.slice(1, -1).split('; ');
      if (parts.length !== links.length) return;
      node.children = [
        { type: 'text', value: '(' },
        ...parts.flatMap((part, index): ElementContent[] => [
          ...(index > 0 ? [{ type: 'text' as const, value: '; ' }] : []),
          { ...links[index]!, children: [{ type: 'text', value: part }] },
        ]),
        { type: 'text', value: ')' },
      ];
    });
  };
}
