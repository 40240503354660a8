/**
 * rehype-citation (Chicago author-date, citations linked to their entry) on a bibliography that
 * is parsed once per build: its generator takes the Cite constructor, so it gets one that hands
 * back the shared parse instead of parsing the .bib again for every file.
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

export interface CitationOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
}

/** The slice of citation-js's plugin registry that rehype-citation uses. */
interface CitePlugins {
  config: { get(name: string): CslPlugin };
}
interface CslPlugin {
  engine(...args: unknown[]): CiteprocEngine;
}
interface CiteprocEngine {
  processCitationCluster(citation: unknown, citationsPre: unknown[], citationsPost: unknown[], flag?: number): unknown;
  updateItems(ids: string[]): void;
}

/** citeproc-js's CSL.ASSUME_ALL_ITEMS_REGISTERED: the caller registered every cited work. */
const ASSUME_ALL_ITEMS_REGISTERED = 2;

/** The works the file being transformed cites (files are transformed concurrently). */
const citedInFile = new AsyncLocalStorage<string[]>();

/**
 * rehype-citation hands citeproc every earlier citation of the file with each new one, and
 * citeproc re-renders them all: a file's citations cost O(n²). Here the engine registers the
 * file's cited works once, up front, and renders each citation on its own. The reference list is
 * the same (the registry holds exactly the cited works), and disambiguation sees every cited
 * work from the first citation on, as the reference list does.
 */
function renderingEachCitationOnce(plugins: CitePlugins): CitePlugins {
  const csl = plugins.config.get('@csl');
  const engine = (...args: unknown[]) => {
    const citeproc = csl.engine(...args);
    const cited = citedInFile.getStore();
    if (!cited) return citeproc;
    citeproc.updateItems(cited);
    const render = citeproc.processCitationCluster.bind(citeproc);
    citeproc.processCitationCluster = (citation) => render(citation, [], [], ASSUME_ALL_ITEMS_REGISTERED);
    return citeproc;
  };
  const fastCsl: CslPlugin = Object.assign(Object.create(csl) as CslPlugin, { engine });
  return { ...plugins, config: { ...plugins.config, get: (name) => (name === '@csl' ? fastCsl : plugins.config.get(name)) } };
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

/**
 * A stand-in for citation-js's Cite that returns the shared parsed bibliography. Entries with no
 * author get an empty author list: rehype-citation's linking reads `author.length` of every entry
 * in a multiple citation and crashes on an authorless one; citeproc renders both forms alike.
 */
function sharedCite(path: string) {
  function SharedCite() {
    return { data: loadBibliography(path).items.map((item) => (item['author'] ? item : { ...item, author: [] })) };
  }
  // rehype-citation types Cite.plugins as `{}`; it is citation-js's plugin registry.
  SharedCite.plugins = renderingEachCitationOnce(Cite.plugins as CitePlugins);
  return SharedCite;
}

export default function rehypeCitations(this: Processor, options: CitationOptions) {
  // For the benchmark's before/after only (scripts/bench.ts): plain rehype-citation, which reads
  // and parses the .bib again for every file. Never set it for a real build.
  if (process.env['BENCH_CITATIONS_PARSE_PER_FILE'] === '1') return rehypeCitation.call(this, citationOptions(options));
  const transform = rehypeCitationGenerator(sharedCite(options.bibliography)).call(this, citationOptions(options));
  if (!transform) return undefined;
  return (tree: Root, file: VFile) => citedInFile.run(citedKeys(tree), () => transform(tree, file, () => {}));
}

function citationOptions(options: CitationOptions) {
  return {
    // rehype-citation joins `path` and `bibliography`; the file itself is parsed by SharedCite.
    path: dirname(options.bibliography),
    bibliography: basename(options.bibliography),
    csl: 'chicago',
    lang: 'en-US',
    linkCitations: true,
    inlineClass: ['citation'],
  };
}
