/** Chicago author-date (17th ed.), web page form. Pure. */
import { dateParts, period, usDate, type CitedPage } from './work.ts';

/** Author. Year. “Title.” Website. Month Day, Year. URL. (Last modified … when updated.) */
export function chicago(page: CitedPage): string {
  const [year] = dateParts(page.published);
  const parts = [period(page.author), `${year}.`, `“${period(page.title)}”`];
  if (page.container !== page.author) parts.push(period(page.container));
  parts.push(page.updated ? `Last modified ${usDate(page.updated)}.` : `${usDate(page.published)}.`);
  if (page.url) parts.push(`${page.url}.`);
  return parts.join(' ');
}
