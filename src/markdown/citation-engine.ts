/**
 * One citeproc-js engine per bibliography for the whole build, with every work registered once
 * (citeproc-js and its Chicago style come with rehype-citation, through citation-js). Rendering
 * on a fresh registry for every file made citations most of a 1,000-article build. Here, per build:
 * - the registry is filled once, so disambiguation (year suffixes, added initials) is decided
 *   against the whole bibliography: an article, its reference list and the bibliography page
 *   all name a work the same way;
 * - each distinct citation (works, locators, mode) is rendered once and then reused;
 * - the reference list is rendered once, in two forms (with and without Chicago's "———" for an
 *   author repeated from the entry before), and each file's list is picked from it.
 * The engine is our own CSL.Engine: citation-js hands every caller one cached engine and resets
 * its registry on each call.
 */
import { Cite } from 'rehype-citation';
import type { Bibliography, CslItem } from '../lib/bibliography.ts';

/** The parts of citeproc-js used here. */
export interface CiteprocEngine {
  processCitationCluster(citation: CitationCluster, citationsPre: unknown[], citationsPost: unknown[], flag?: number): [unknown, [number, string, string][]];
  makeBibliography(): ReferenceList;
  updateItems(ids: string[]): void;
  setOutputFormat(format: string): void;
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
  bibliography: { opt: Record<string, unknown> };
  registry: { mylist: string[]; reflist: unknown[] };
  sys: { retrieveLocale(lang: string): unknown };
}

/** A citation as citeproc takes it: the cited items (id, locator, label, prefix…) and the mode. */
export interface CitationCluster {
  citationID: string;
  citationItems: Record<string, unknown>[];
  properties: { noteIndex: number; mode?: string };
}

/** citation-js's CSL plugin, which holds the style templates and lends its engine class and locales. */
interface CslPlugin {
  engine(items: CslItem[], style: string, lang: string, format: string): CiteprocEngine;
  templates: { get(name: string): string };
}

/** citeproc-js's CSL.ASSUME_ALL_ITEMS_REGISTERED: render without updating the registry. */
const ASSUME_ALL_ITEMS_REGISTERED = 2;
/**
 * Chicago author-date: an in-text style, so a citation's text does not depend on where it stands
 * (no "ibid.", no note numbers), which is what lets each distinct citation be rendered once.
 */
export const STYLE = 'chicago';
export const LANG = 'en-US';

/** What citeproc's makeBibliography() returns: the list's settings and ids, and the entries' HTML. */
export type ReferenceList = [{ entry_ids: string[][]; [setting: string]: unknown }, string[]];

/** One entry of the reference list, in the style's order. */
interface ListEntry {
  id: string;
  /** As the first entry of its author. */
  html: string;
  /** As a later entry of the same author (Chicago's "———" for the names); else as `html`. */
  repeatedAuthorHtml: string;
  /** Entries with the same author share a run number; runs are contiguous in the style's order. */
  run: number;
}

export interface CitationEngine {
  /** A citation's text (HTML), rendered once per distinct citation in the build. */
  citationText(cluster: CitationCluster): string;
  /** The reference list of these works, as citeproc's makeBibliography() gives it. */
  referenceList(ids: ReadonlySet<string>): ReferenceList;
}

export function cslPlugin(): CslPlugin {
  // rehype-citation types Cite.plugins as `{}`; it is citation-js's plugin registry.
  return (Cite.plugins as unknown as { config: { get(name: '@csl'): CslPlugin } }).config.get('@csl');
}

function newEngine(items: CslItem[]): CiteprocEngine {
  const csl = cslPlugin();
  // citation-js's cached engine lends its class (the citeproc-js copy rehype-citation patched) and locales.
  const lent = csl.engine(items, STYLE, LANG, 'html');
  const Engine = lent.constructor as new (sys: object, style: string, lang: string, forceLang: boolean) => CiteprocEngine;
  const byId = new Map(items.map((item) => [item.id, item]));
  const retrieveItem = (id: string) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Cannot find bibliography entry '${id}'`);
    return item;
  };
  const engine = new Engine({ retrieveLocale: lent.sys.retrieveLocale, retrieveItem }, csl.templates.get(STYLE), LANG, true);
  engine.setOutputFormat('html');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  engine.updateItems(items.map((item) => item.id));
  return engine;
}

/** The whole reference list in both forms, with the same-author runs, and the list's settings. */
function fullReferenceList(engine: CiteprocEngine): { settings: ReferenceList[0]; entries: ListEntry[] } {
  const [settings, repeated] = engine.makeBibliography();
  const substitute = engine.bibliography.opt['subsequent-author-substitute'];
  engine.bibliography.opt['subsequent-author-substitute'] = undefined;
  const [, plain] = engine.makeBibliography();
  engine.bibliography.opt['subsequent-author-substitute'] = substitute;
  let run = 0;
  const entries = settings.entry_ids.map(([id], index) => {
    const html = plain[index]!;
    const repeatedAuthorHtml = repeated[index]!;
    if (repeatedAuthorHtml === html) run += 1; // not substituted: a new author starts here
    return { id: id!, html, repeatedAuthorHtml, run };
  });
  return { settings, entries };
}

/**
 * The reference list of some works: the entries in the style's order, an entry taking its
 * repeated-author form when the entry before it in this list has the same author.
 */
export function pickReferenceList(entries: readonly ListEntry[], ids: ReadonlySet<string>, settings: object = {}): ReferenceList {
  const picked = entries.filter((entry) => ids.has(entry.id));
  const html = picked.map((entry, index) => (index > 0 && picked[index - 1]!.run === entry.run ? entry.repeatedAuthorHtml : entry.html));
  return [{ ...settings, entry_ids: picked.map((entry) => [entry.id]) }, html];
}

export function createCitationEngine(items: CslItem[]): CitationEngine {
  const citeproc = newEngine(items);
  const { settings, entries } = fullReferenceList(citeproc);
  const rendered = new Map<string, string>();
  return {
    citationText(cluster) {
      const key = JSON.stringify([cluster.citationItems, cluster.properties.mode ?? '']);
      let text = rendered.get(key);
      if (text === undefined) {
        const citation = { ...cluster, citationID: `shared-${rendered.size}`, properties: { ...cluster.properties, noteIndex: 0 } };
        const [, results] = citeproc.processCitationCluster(citation, [], [], ASSUME_ALL_ITEMS_REGISTERED);
        text = results.find(([, , id]) => id === citation.citationID)![1];
        rendered.set(key, text);
      }
      return text;
    },
    referenceList: (ids) => pickReferenceList(entries, ids, settings),
  };
}

/** One engine per parsed bibliography (loadBibliography returns the same object while the .bib is unchanged). */
const engines = new WeakMap<Bibliography, CitationEngine>();

/** The build's engine for this bibliography: articles (remark-citations.ts), reference lists and every page that names a work share it. */
export function citationEngineFor(bibliography: Bibliography): CitationEngine {
  let engine = engines.get(bibliography);
  if (!engine) {
    engine = createCitationEngine(bibliography.items);
    engines.set(bibliography, engine);
  }
  return engine;
}
