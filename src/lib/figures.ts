/** Formatting of figures: the one place where a number becomes the text a reader sees. */
import type { Figure } from '../schemas/figure.ts';

const QUALIFIER_WORDS: Record<NonNullable<Figure['qualifier']>, string> = {
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
  'at-least': 'at least',
  'more-than': 'more than',
};

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The bare number or range: "500", "2,000–5,000", "one in 3", "5 times", "12%". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'min' | 'max' | 'unit'>): string {
  const amount =
    figure.value !== undefined
      ? integer.format(figure.value)
      : `${integer.format(figure.min ?? 0)}–${integer.format(figure.max ?? 0)}`;
  switch (figure.unit) {
    case 'one-in':
      return `one in ${amount}`;
    case 'times':
      return `${amount} times`;
    case 'percent':
      return `${amount}%`;
    default:
      return amount;
  }
}

/** The number with its qualifier, as prose shows it: "about 500", "up to 30". */
export function formatFigure(figure: Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier'>): string {
  const value = formatFigureValue(figure);
  return figure.qualifier === undefined ? value : `${QUALIFIER_WORDS[figure.qualifier]} ${value}`;
}

/** A single number to size and sort by: the value, or the middle of a range. */
export function figureMagnitude(figure: Pick<Figure, 'value' | 'min' | 'max'>): number {
  if (figure.value !== undefined) return figure.value;
  return ((figure.min ?? 0) + (figure.max ?? 0)) / 2;
}

/** Reader-facing label of a status. */
export const STATUS_LABELS: Record<Figure['status'], string> = {
  official: 'Official',
  unofficial: 'Unofficial',
  estimate: 'Estimate',
  reported: 'Reported',
  denied: 'Denied by the government',
};
