/**
 * One parsed bibliography per build: every Markdown file's citation check and citation rendering
 * share it, so the .bib is parsed once, not once per file (rehype-citation's own behaviour).
 * Keyed by the file's text, so an edited .bib is re-parsed in development.
 */
import { readFileSync } from 'node:fs';
import { parseBibliography, type Bibliography } from '../lib/bibliography.ts';

const parsed = new Map<string, Bibliography>();

export function loadBibliography(path: string): Bibliography {
  const text = readFileSync(path, 'utf8');
  let bibliography = parsed.get(text);
  if (!bibliography) {
    bibliography = parseBibliography(text, path);
    parsed.clear();
    parsed.set(text, bibliography);
  }
  return bibliography;
}
