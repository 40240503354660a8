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
  // (Handing citeproc no earlier citations, to avoid re-rendering them, was tried: registering
  // the works one by one costs more than it saves, 165 ms against 70 ms a generated article.)
  SharedCite.plugins = Cite.plugins;
  return SharedCite;
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
