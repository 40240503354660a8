/**
 * rehype-citation (Chicago author-date, citations linked to their entry) on a bibliography that
 * is parsed once per build: its generator takes the Cite constructor, so it gets one that hands
 * back the shared parse instead of parsing the .bib again for every file.
 */
import rehypeCitation, { Cite, rehypeCitationGenerator } from 'rehype-citation';
import type { Processor } from 'unified';
import { basename, dirname } from 'node:path';
import { loadBibliography } from './bibliography-cache.ts';

export interface CitationOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
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
  SharedCite.plugins = withoutCitationHistory(Cite.plugins);
  return SharedCite;
}

/** The slice of citation-js's plugin registry that rehype-citation uses. */
interface CitePlugins {
  config: { get(name: string): CslPlugin };
}
interface CslPlugin {
  engine(...args: unknown[]): CiteprocEngine;
}
interface CiteprocEngine {
  processCitationCluster(citation: Citation, citationsPre: unknown[], citationsPost: unknown[], flag?: number): unknown;
  updateItems(ids: string[]): void;
}
interface Citation {
  citationItems: { id: string }[];
}

/** citeproc-js's flag: the caller has registered every item (citeproc's CSL.ASSUME_ALL_ITEMS_REGISTERED). */
const ASSUME_ALL_ITEMS_REGISTERED = 2;

/**
 * rehype-citation hands citeproc every earlier citation of the file with each new one, and
 * citeproc re-renders them all: a file's citations cost O(n²), half the build time of a long
 * article. It then ignores what citeproc says about those earlier citations, and in an
 * author-date style no citation's text depends on its position. So the engine is given none:
 * the works cited so far are registered once each (which keeps the reference list and the
 * disambiguation as before) and each citation is rendered on its own.
 */
function withoutCitationHistory(plugins: CitePlugins): CitePlugins {
  const csl = plugins.config.get('@csl');
  const engine = (...args: unknown[]) => {
    const citeproc = csl.engine(...args);
    const render = citeproc.processCitationCluster.bind(citeproc);
    const registered = new Set<string>();
    citeproc.processCitationCluster = (citation) => {
      const before = registered.size;
      for (const { id } of citation.citationItems) registered.add(id);
      if (registered.size > before) citeproc.updateItems([...registered]);
      return render(citation, [], [], ASSUME_ALL_ITEMS_REGISTERED);
    };
    return citeproc;
  };
  const fastCsl: CslPlugin = Object.assign(Object.create(csl) as CslPlugin, { engine });
  return { ...plugins, config: { ...plugins.config, get: (name) => (name === '@csl' ? fastCsl : plugins.config.get(name)) } };
}

export default function rehypeCitations(this: Processor, options: CitationOptions) {
  // For the benchmark's before/after only (scripts/bench.ts): plain rehype-citation, which reads
  // and parses the .bib again for every file. Never set it for a real build.
  const plugin = process.env['BENCH_CITATIONS_PARSE_PER_FILE'] === '1' ? rehypeCitation : rehypeCitationGenerator(sharedCite(options.bibliography));
  return plugin.call(this, {
    // rehype-citation joins `path` and `bibliography`; the file itself is parsed by SharedCite.
    path: dirname(options.bibliography),
    bibliography: basename(options.bibliography),
    csl: 'chicago',
    lang: 'en-US',
    linkCitations: true,
    inlineClass: ['citation'],
  });
}
