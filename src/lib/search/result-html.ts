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
  return `<li class="search-result">
    ${view.type ? `<p class="search-result-type">${escapeHtml(view.type)}</p>` : ''}
    <a class="search-result-link" href="${escapeHtml(view.url)}">${escapeHtml(view.title)}</a>
    ${view.sections.length === 0 ? `<p class="search-excerpt">${view.excerpt}</p>` : `<ul class="search-sections">${sections}</ul>`}
  </li>`;
}
