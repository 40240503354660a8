/**
 * A search result as HTML, for the search UI. Pure. Excerpts come from Pagefind already escaped
 * (with <mark> around the matched words); titles, types and URLs are raw and escaped here.
 */
import type { ResultView } from './results.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** One result as HTML: its type, its link and either its excerpt or its matching sections. */
export function resultHtml(view: ResultView): string {
  const sections = view.sections
    .map(
      (section) =>
        `<li><a class="search-section-link" href="${escapeHtml(section.url)}">${escapeHtml(section.title)}</a><p class="search-excerpt">${section.excerpt}</p></li>`,
    )
    .join('');
  const type = [view.type, view.article].filter((part) => part).join(' · ');
  // The reader sees why a passage matched when the query was a spelling it does not use.
  const spellings = (view.aliases ?? []).map(({ spelling, mention }) => `“${escapeHtml(spelling)}” (${escapeHtml(mention)})`);
  const alias = spellings.length > 0 ? `<p class="search-alias">Matched the spelling${spellings.length > 1 ? 's' : ''} ${spellings.join(', ')}</p>` : '';
  return `<li class="search-result">
    ${type ? `<p class="search-result-type">${escapeHtml(type)}</p>` : ''}
    <a class="search-result-link" href="${escapeHtml(view.url)}">${escapeHtml(view.title)}</a>
    ${view.sections.length === 0 ? `<p class="search-excerpt">${view.excerpt}</p>${alias}` : `<ul class="search-sections">${sections}</ul>`}
  </li>`;
}
