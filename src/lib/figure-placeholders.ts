/**
 * Text with `{figure-id}` placeholders (`{figure-id:bare}` without the qualifier), filled in
 * from the figures data set as prose shows them: map summaries are written this way, and passage
 * excerpts keep their <Stat> numbers this way until a page shows them. Pure.
 */
import type { Figure } from '../schemas/figure.ts';
import { formatFigure, formatFigureValue } from './figures.ts';

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(:bare)?\}/g;

/** The figure ids a text's placeholders name, in order. */
export const placeholderIds = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);

/** The placeholder a <Stat id> leaves in plain text. */
export const figurePlaceholder = (id: string, bare = false): string => `{${id}${bare ? ':bare' : ''}}`;

/**
 * Every placeholder replaced by its figure; `missing` says what to do with an unknown id (throw
 * with a message, for content a maintainer wrote; the checker has already reported it elsewhere).
 */
export function fillFigurePlaceholders(text: string, figures: ReadonlyMap<string, Figure>, missing: (id: string) => string): string {
  return text.replace(PLACEHOLDER, (_match, id: string, bare?: string) => {
    const figure = figures.get(id);
    if (!figure) return missing(id);
    return bare ? formatFigureValue(figure, 'prose') : formatFigure(figure, 'prose');
  });
}

/** A map's summary: throws, naming the map and the id, when a placeholder refers to no figure. */
export function fillSummary(mapId: string, text: string, figures: ReadonlyMap<string, Figure>): string {
  return fillFigurePlaceholders(text, figures, (id) => {
    throw new Error(`map "${mapId}": summary refers to unknown figure "${id}": add it to content/data/figures or fix the id`);
  });
}
