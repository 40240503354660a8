/** A map's text summary with every `{figure-id}` replaced by the figure as prose shows it. */
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure } from '../figures.ts';

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** Throws, naming the map and the id, when a placeholder refers to no figure. */
export function fillSummary(mapId: string, text: string, figures: ReadonlyMap<string, Figure>): string {
  return text.replace(PLACEHOLDER, (_match, id: string) => {
    const figure = figures.get(id);
    if (!figure) throw new Error(`map "${mapId}": summary refers to unknown figure "${id}": add it to content/data/figures or fix the id`);
    return formatFigure(figure);
  });
}
