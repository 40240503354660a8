/**
 * Citations outside the Markdown pipeline (entity pages, the timeline, tables, maps, the data
 * page): the same shared citeproc engine, so a work is named alike everywhere on the site.
 */
import { CONTENT_DIR } from '../config.ts';
import { loadBibliography } from '../markdown/bibliography-cache.ts';
import { citationEngineFor } from '../markdown/citation-engine.ts';
import { oncePerBuildSync } from './once-per-build.ts';
import { smartQuotes } from '../lib/typography.ts';

const bibliographyPath = `${CONTENT_DIR}/bibliography.bib`;

// The engine looked up once per build: loadBibliography reads the .bib to see whether it changed,
// which is right in development but was a file read for every citation on every page of a build.
const engine = oncePerBuildSync(() => citationEngineFor(loadBibliography(bibliographyPath)));

/** One work as a parenthetical citation shows it, without the parentheses: "A.I. 2014, para. 3" (HTML). */
export function citationHtml(key: string, locator?: string): string {
  const html = engine().citationText({
    citationID: 'page',
    citationItems: [{ id: key, ...(locator === undefined ? {} : { locator: smartQuotes(locator), label: 'page' }) }],
    properties: { noteIndex: 0 },
  });
  return html.replace(/^\(([\s\S]*)\)$/, '$1');
}

/** The same as plain text, for attributes and CSV: "A.I. 2014, para. 3". */
export function citationPlainText(key: string, locator?: string): string {
  return citationHtml(key, locator)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
