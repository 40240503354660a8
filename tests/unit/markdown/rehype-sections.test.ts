/** The section wrappers of an article's body (src/markdown/rehype-sections.ts). */
import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { wrapSections } from '../../../src/markdown/rehype-sections.ts';

const el = (tagName: string, properties: Element['properties'] = {}, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): Element['children'][number] => ({ type: 'text', value });
const wrap = (level: 2 | 3, id: string) => el('div', { className: ['heading-wrap'] }, [el(`h${level}`, { id }, [text(id)]), el('a', { className: ['heading-anchor'], href: `#${id}` })]);

/** The tree as tag names, a part as `part(…)` with what it holds. */
function shape(nodes: readonly RootContent[]): string[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node.type;
    const names = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
    if (names.includes('part')) return `${names.join('.')}(${shape(node.children).join(' ')})`;
    // A .heading-wrap built by wrap() above holds its heading first.
    return names.includes('heading-wrap') ? `h${(node.children[0] as Element).tagName[1]}` : node.tagName;
  });
}

describe('wrapSections', () => {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'mdxjsEsm', value: 'import X from "x"' },
      el('section', { className: ['at-a-glance'] }),
      wrap(2, 'one'),
      el('p', {}, [text('a'.repeat(480))]),
      wrap(3, 'one-a'),
      el('p'),
      { type: 'mdxjsEsm', value: 'export const y = 1' },
      wrap(2, 'two'),
      el('aside'),
      el('section', { dataFootnotes: '', className: ['footnotes'] }),
      el('section', { className: ['bibliography'] }),
    ],
  };
  wrapSections(tree);

  it('puts each heading and what follows it, to the next heading, in a part; a level-3 part after its level-2 one', () => {
    expect(shape(tree.children)).toEqual(['mdxjsEsm', 'section', 'part(h2 p)', 'part.part-3(h3 p)', 'mdxjsEsm', 'part(h2 aside)', 'section', 'section']);
  });

  it('sizes each part, the notes and the references by their length in characters, to the hundred', () => {
    const styles = tree.children.flatMap((node) => (node.type === 'element' && node.properties['style'] ? [node.properties['style']] : []));
    expect(styles).toEqual(['--chars:500', '--chars:100', '--chars:100', '--chars:100', '--chars:100']);
  });

  it('leaves a body without headings as it is', () => {
    const flat: Root = { type: 'root', children: [el('p'), el('p')] };
    wrapSections(flat);
    expect(shape(flat.children)).toEqual(['p', 'p']);
  });
});
