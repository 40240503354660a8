/** The page being cited: what every "cite this page" format is generated from. */
export interface CitedPage {
  /** Stable identifier, used as the BibTeX key and the CSL-JSON id. */
  id: string;
  title: string;
  /** Corporate or personal author, as one literal name. */
  author: string;
  /** The website the page is part of. */
  container: string;
  /** First publication, quoted ISO date ("2026-11-21", "2026-11" or "2026"). */
  published: string;
  /** Last substantive update, when there was one. */
  updated?: string | undefined;
  /** The page's stable (canonical) URL; undefined while the site has no public address. */
  url?: string | undefined;
  /** BCP 47 language tag. */
  language: string;
  /** One- or two-sentence summary. */
  abstract?: string | undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** [year, month?, day?] from an ISO date string. */
export function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

/** "November 21, 2026", "November 2026" or "2026" (US order, as Chicago and APA print it). */
export function usDate(iso: string): string {
  const [year, month, day] = dateParts(iso);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1]!;
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

/** Ends a sentence: adds a period unless the text already ends with punctuation. */
export const period = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
