/**
 * Gives the reference list rehype-citation appends a labelled section with a heading, and puts
 * it after the notes, as printed scholarship does: body, Notes, References.
 */
import type { Element, Root } from 'hast';

export interface ReferencesSectionOptions {
  /** Heading text of the reference list. */
  heading?: string;
}

const isElement = (node: Root['children'][number]): node is Element => node.type === 'element';

export default function rehypeReferencesSection({ heading = 'References' }: ReferencesSectionOptions = {}) {
  return (tree: Root) => {
    const index = tree.children.findIndex((node) => isElement(node) && node.properties['id'] === 'refs');
    if (index === -1) return;
    const [list] = tree.children.splice(index, 1) as [Element];
    tree.children.push({
      type: 'element',
      tagName: 'section',
      properties: { className: ['bibliography'], ariaLabelledBy: ['references'] },
      children: [
        { type: 'element', tagName: 'h2', properties: { id: 'references' }, children: [{ type: 'text', value: heading }] },
        list,
      ],
    });
  };
}
