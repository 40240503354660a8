/**
 * Tells the two kinds of note apart. A note that cites nothing is our own background: it gets a
 * visible "Background" label (and the class `note-background`), so that a reader never takes it
 * for something the source says. A note with a citation reports its source and needs no label.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const hasClass = (node: Element, name: string) => {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
};

function cites(node: ElementContent): boolean {
  if (!isElement(node)) return false;
  return hasClass(node, 'citation') || node.children.some(cites);
}

export const BACKGROUND_LABEL = 'Background';

export default function rehypeNoteKinds() {
  return (tree: Root) => {
    visit(tree, 'element', (section: Element) => {
      if (section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
      for (const list of section.children.filter(isElement)) {
        for (const note of list.children.filter(isElement)) {
          if (note.tagName !== 'li' || cites(note)) continue;
          note.properties['className'] = ['note-background'];
          const first = note.children.find(isElement);
          const target = first?.tagName === 'p' ? first : note;
          target.children.unshift(
            { type: 'element', tagName: 'span', properties: { className: ['note-kind'] }, children: [{ type: 'text', value: BACKGROUND_LABEL }] },
            { type: 'text', value: ' ' },
          );
        }
      }
      return 'skip';
    });
  };
}
