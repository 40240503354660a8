/** BibLaTeX `@online` entry for the page. Pure. */
import type { CitedPage } from './work.ts';

/** Escapes LaTeX's special characters in a field value. */
export function escapeLatex(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** A BibTeX key from an id: letters, digits, and `-_:` only. */
export const bibtexKey = (id: string): string => id.replace(/[^A-Za-z0-9_:-]/g, '');

const LANGIDS: Record<string, string> = { en: 'english', ru: 'russian', uz: 'uzbek' };

export function bibtex(page: CitedPage): string {
  const fields: [string, string][] = [
    // Double braces: a corporate author is one name, not "family, given".
    ['author', `{${escapeLatex(page.author)}}`],
    ['title', escapeLatex(page.title)],
    ['organization', escapeLatex(page.container)],
    ['date', page.published],
  ];
  if (page.updated) fields.push(['urldate', page.updated]);
  if (page.url) fields.push(['url', page.url]);
  const langid = LANGIDS[page.language.split('-')[0]!];
  if (langid) fields.push(['langid', langid]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@online{${bibtexKey(page.id)},\n${body}\n}\n`;
}
