/**
 * Note markers in a row ("…Asia.⁴⁵⁶") go into one `<span class="note-marks">`. Each marker's link
 * is padded to a 24 px touch target (WCAG 2.5.8) and pulled in by negative margins so that a lone
 * marker keeps the type's spacing; in a row those margins would make the targets overlap. The
 * wrapper lets the CSS drop them between markers, and it survives the scripts that insert
 * sidenotes after each marker (which sibling selectors would not).
 */
import type { Element, ElementContent, Root } from 'hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

const isNoteMark = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'sup' && node.children.some((child) => child.type === 'element' && child.properties['dataFootnoteRef'] !== undefined);

const NOTE_MARKS = 'note-marks';
/** A wrapper this plugin made: its markers are in a row by construction, so it is not wrapped again. */
const isWrapper = (node: Element) => Array.isArray(node.properties['className']) && node.properties['className'].includes(NOTE_MARKS);

export default function rehypeNoteMarks() {
  return (tree: Root) => {
    visit(tree, 'element', (parent: Element) => {
      if (isWrapper(parent)) return SKIP;
      if (!parent.children.some((child, index) => isNoteMark(child) && isNoteMark(parent.children[index + 1]))) return CONTINUE;
      const children: ElementContent[] = [];
      let run: Element[] = [];
      const endRun = () => {
        if (run.length > 1) children.push({ type: 'element', tagName: 'span', properties: { className: [NOTE_MARKS] }, children: run });
        else children.push(...run);
        run = [];
      };
      for (const child of parent.children) {
        if (isNoteMark(child)) {
          run.push(child);
          continue;
        }
        endRun();
        children.push(child);
      }
      endRun();
      parent.children = children;
      return CONTINUE;
    });
  };
}
