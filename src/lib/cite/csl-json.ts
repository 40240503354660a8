/** CSL-JSON item (type webpage) for the page, as reference managers import it. Pure. */
import { dateParts, type CitedPage } from './work.ts';

export interface CslPageItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  'container-title': string;
  issued: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language: string;
  abstract?: string;
}

export function cslItem(page: CitedPage): CslPageItem {
  return {
    id: page.id,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.author }],
    'container-title': page.container,
    issued: { 'date-parts': [dateParts(page.updated ?? page.published)] },
    ...(page.url ? { URL: page.url } : {}),
    language: page.language,
    ...(page.abstract ? { abstract: page.abstract } : {}),
  };
}

/** A CSL-JSON document: an array with the one item. */
export const cslJson = (page: CitedPage): string => `${JSON.stringify([cslItem(page)], null, 2)}\n`;
