/**
 * The one anchor scheme for a work: `bib-<key>`, the id of its entry both in an article's
 * reference list and on the bibliography page, so a citation link means the same everywhere.
 */
export const workAnchor = (key: string): string => `bib-${key}`;

/** The citation key of a `#bib-<key>` link, or undefined for any other link. */
export function keyOfWorkLink(href: string): string | undefined {
  return href.startsWith('#bib-') ? decodeURIComponent(href.slice('#bib-'.length)) : undefined;
}
