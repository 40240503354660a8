/** "Author Year, locator" for a CSL-JSON item, as the Chicago author-date in-text form. Pure. */
import type { CslItem } from '../bibliography.ts';

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** Family names (or literal names) of the item's authors, else its editors. */
export function authorNames(item: CslItem): string[] {
  const names = ((item['author'] ?? item['editor']) as CslName[] | undefined) ?? [];
  return names.map((name) => name.family ?? name.literal ?? '').filter(Boolean);
}

/** Year of issue, or "n.d.". */
export function issuedYear(item: CslItem): string {
  const issued = item['issued'] as { 'date-parts'?: (number | string)[][] } | undefined;
  const year = issued?.['date-parts']?.[0]?.[0];
  return year === undefined ? 'n.d.' : String(year);
}

/** Chicago in-text form without parentheses: "Doe and Roe 2019, para. 3". */
export function shortCitation(item: CslItem, locator?: string): string {
  const names = authorNames(item);
  const who =
    names.length === 0
      ? `“${(item.title ?? item.id).replace(/^\[|\]$/g, '').split(/[:.]/)[0]!.trim()}”`
      : names.length === 1
        ? names[0]!
        : names.length <= 3
          ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
          : `${names[0]!} et al.`;
  return `${who} ${issuedYear(item)}${locator ? `, ${locator}` : ''}`;
}
