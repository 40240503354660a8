/**
 * The reference list of the works a file cites (recorded by remark-citations.ts), rendered by
 * the build's shared citeproc engine, as a labelled section after the notes, as printed
 * scholarship has it: body, Notes, References. Each entry's id is the work's anchor.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { fromHtml } from 'hast-util-from-html';
import { workAnchor } from '../lib/cite/anchor.ts';
import { loadBibliography } from './bibliography-cache.ts';
import { citationEngineFor } from './citation-engine.ts';

export interface ReferencesSectionOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
  /** Heading text of the reference list. */
  heading?: string;
}

/** One reference list entry, as citeproc renders it, with the work's anchor as its id. */
function entryElement(key: string, html: string): ElementContent {
  const [entry] = fromHtml(html.trim(), { fragment: true }).children.filter((node): node is Element => node.type === 'element');
  if (!entry) throw new Error(`rehype-references-section: citeproc rendered no entry for "${key}"`);
  entry.properties['id'] = workAnchor(key);
  return entry;
}

export default function rehypeReferencesSection({ bibliography, heading = 'References' }: ReferencesSectionOptions) {
  return (tree: Root, file: VFile) => {
    const cited = file.data.citations?.cited ?? [];
    if (cited.length === 0) return;
    const [{ entry_ids: ids }, entries] = citationEngineFor(loadBibliography(bibliography)).referenceList(new Set(cited));
    const list: Element = {
      type: 'element',
      tagName: 'div',
      properties: { id: 'refs', className: ['references', 'csl-bib-body'] },
      children: ids.map(([key], index) => entryElement(key!, entries[index]!)),
    };
    tree.children.push({
      type: 'element',
      tagName: 'section',
      properties: { className: ['bibliography'], ariaLabelledBy: ['references'] },
      children: [{ type: 'element', tagName: 'h2', properties: { id: 'references' }, children: [{ type: 'text', value: heading }] }, list],
    });
  };
}
