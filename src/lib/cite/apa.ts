/** APA (7th ed.), web page form. Pure. */
import { dateParts, period, type CitedPage } from './work.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "(2026, November 21)", "(2026, November)" or "(2026)". */
export function apaDate(iso: string): string {
  const [year, month, day] = dateParts(iso);
  if (month === undefined) return `(${year})`;
  return `(${year}, ${MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`})`;
}

/** Author. (Year, Month Day). Title. Website. URL — the website is left out when it is the author. */
export function apa(page: CitedPage): string {
  const parts = [period(page.author), `${apaDate(page.updated ?? page.published)}.`, period(page.title)];
  if (page.container !== page.author) parts.push(period(page.container));
  if (page.url) parts.push(page.url);
  return parts.join(' ');
}
