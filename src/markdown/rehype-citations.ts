/**
 * rehype-citation (Chicago author-date, citations linked to their entry) on a bibliography that
 * is parsed once per build and rendered by one shared engine (citation-engine.ts): its generator
 * takes the Cite constructor, so it gets one that hands back the shared parse instead of parsing
 * the .bib again for every file, and whose CSL plugin hands out a view of the shared engine.
 */
import rehypeCitation, { Cite, rehypeCitationGenerator } from 'rehype-citation';
import type { Root, Text } from 'hast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { AsyncLocalStorage } from 'node:async_hooks';
import { basename, dirname } from 'node:path';
import { visitParents } from 'unist-util-visit-parents';
import { citationKeysIn } from '../lib/citations.ts';
import { loadBibliography } from './bibliography-cache.ts';
import { citationEngineFor, cslPlugin, LANG, STYLE, type CitationEngine, type CiteprocEngine } from './citation-engine.ts';

export interface CitationOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
}

/** The file being transformed (files are transformed concurrently): the build's engine and the works it cites. */
interface FileCitations {
  engine: CitationEngine;
  cited: string[];
}
const currentFile = new AsyncLocalStorage<FileCitations>();

function fileCitations(): FileCitations {
  const file = currentFile.getStore();
  if (!file) throw new Error('rehype-citations: rehype-citation ran outside the transform of a file');
  return file;
}

/**
 * What rehype-citation gets as "the engine" of one file: the shared engine's style, options and
 * registry order, with the file's works as its list, citations rendered by the shared engine,
 * and the file's reference list picked from the shared one.
 */
function fileEngine({ engine: shared, cited }: FileCitations): CiteprocEngine {
  const ids = new Set(cited);
  const file: Partial<CiteprocEngine> = {
    registry: { mylist: cited, reflist: shared.citeproc.registry.reflist },
    processCitationCluster: (citation) => [{}, [[0, shared.citationText(citation), citation.citationID]]],
    makeBibliography: () => shared.referenceList(ids),
    updateItems: () => {
      throw new Error('rehype-citation: `noCite` is not supported by this pipeline (src/markdown/rehype-citations.ts)');
    },
  };
  return Object.assign(Object.create(shared.citeproc) as CiteprocEngine, file);
}

/** citation-js's plugin registry, with a CSL plugin whose engine is the file's view of the shared one. */
function pluginsWithFileEngine() {
  const engine = () => fileEngine(fileCitations());
  const plugins = Cite.plugins as unknown as { config: { get(name: string): unknown } };
  const fileCsl = Object.assign(Object.create(cslPlugin()) as object, { engine });
  return { ...plugins, config: { ...plugins.config, get: (name: string) => (name === '@csl' ? fileCsl : plugins.config.get(name)) } };
}

/** Elements whose text rehype-citation turns into citations (its own rule). */
const CITING_PARENTS = new Set(['div', 'p', 'span', 'li', 'td', 'th']);

/** The keys rehype-citation will render in this tree, each once, in order of first citation. */
function citedKeys(tree: Root): string[] {
  const keys = new Set<string>();
  visitParents(tree, 'text', (node: Text, ancestors) => {
    const parent = ancestors.at(-1);
    if (parent && 'tagName' in parent && !CITING_PARENTS.has(parent.tagName)) return;
    for (const key of citationKeysIn(node.value)) keys.add(key);
  });
  return [...keys];
}

/** A stand-in for citation-js's Cite that returns the build's parsed bibliography. */
function SharedCite() {
  return { data: fileCitations().engine.items };
}
SharedCite.plugins = pluginsWithFileEngine();

export default function rehypeCitations(this: Processor, options: CitationOptions) {
  // For the benchmark's before/after only (scripts/bench.ts): plain rehype-citation, which reads
  // and parses the .bib again for every file. Never set it for a real build.
  if (process.env['BENCH_CITATIONS_PARSE_PER_FILE'] === '1') return rehypeCitation.call(this, citationOptions(options));
  const transform = rehypeCitationGenerator(SharedCite).call(this, citationOptions(options));
  if (!transform) return undefined;
  return (tree: Root, file: VFile) => {
    const current = { engine: citationEngineFor(loadBibliography(options.bibliography)), cited: citedKeys(tree) };
    return currentFile.run(current, () => transform(tree, file, () => {}));
  };
}

function citationOptions(options: CitationOptions) {
  return {
    // rehype-citation joins `path` and `bibliography`; the file itself is parsed by SharedCite.
    path: dirname(options.bibliography),
    bibliography: basename(options.bibliography),
    csl: STYLE,
    lang: LANG,
    linkCitations: true,
    inlineClass: ['citation'],
  };
}
