/**
 * Formatting of figures: the one place where a number becomes the text a reader sees. Two
 * styles: `prose` (inside a sentence: "two Kyrgyz citizens", "five-fold", "3 million") and
 * `table` (tables, maps and downloads: digits throughout, "5-fold").
 */
import type { Figure } from '../schemas/figure.ts';
import { formatIsoDate } from './dates.ts';

export type FigureStyle = 'prose' | 'table';

const QUALIFIER_WORDS: Record<NonNullable<Figure['qualifier']>, string> = {
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
  'at-least': 'at least',
  'more-than': 'more than',
};

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * One number: whole numbers under ten as words in prose (as news and academic style have it),
 * whole millions as "3 million", otherwise digits with thousands separators.
 */
export function formatNumber(value: number, style: FigureStyle = 'table'): string {
  if (style === 'prose' && Number.isInteger(value) && value >= 0 && value < SMALL.length) return SMALL[value]!;
  if (value >= 1_000_000 && value % 100_000 === 0) return `${decimal.format(value / 1_000_000)} million`;
  return decimal.format(value);
}

/** The bare number or range with its unit: "500", "2,000–5,000", "one in three", "five-fold", "12%". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'min' | 'max' | 'unit'>, style: FigureStyle = 'table'): string {
  // A range stays in digits: "4–15", not "four–15".
  const amount = figure.value !== undefined ? formatNumber(figure.value, style) : `${formatNumber(figure.min ?? 0)}–${formatNumber(figure.max ?? 0)}`;
  switch (figure.unit) {
    case 'one-in':
      return `one in ${figure.value !== undefined ? formatNumber(figure.value, 'prose') : amount}`;
    case 'times':
      return `${amount}-fold`;
    case 'percent':
      return `${figure.value !== undefined ? formatNumber(figure.value) : amount}%`;
    default:
      return amount;
  }
}

/** The number with its qualifier: "about 500", "up to 30", "nearly 4,700". */
export function formatFigure(figure: Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier'>, style: FigureStyle = 'table'): string {
  const value = formatFigureValue(figure, style);
  return figure.qualifier === undefined ? value : `${QUALIFIER_WORDS[figure.qualifier]} ${value}`;
}

/** A single number to size and sort by: the value, or the middle of a range. */
export function figureMagnitude(figure: Pick<Figure, 'value' | 'min' | 'max'>): number {
  if (figure.value !== undefined) return figure.value;
  return ((figure.min ?? 0) + (figure.max ?? 0)) / 2;
}

/** "as of October 2014", or "undated in the source" when the source gives no date. */
export function formatAsOf(figure: Pick<Figure, 'asOf'>): string {
  return figure.asOf === undefined ? 'undated in the source' : `as of ${formatIsoDate(figure.asOf)}`;
}

/** The date column of a table: "October 2014", or "not dated" when the source gives no date. */
export function formatAsOfCell(figure: Pick<Figure, 'asOf'>): string {
  return figure.asOf === undefined ? 'not dated' : formatIsoDate(figure.asOf);
}

/** Reader-facing label of a status. */
export const STATUS_LABELS: Record<Figure['status'], string> = {
  official: 'Official',
  unofficial: 'Unofficial',
  estimate: 'Estimate',
  reported: 'Reported',
  denied: 'Denied by the government',
};

/** What each status means, in a sentence (shown on the data page and in map legends). */
export const STATUS_MEANINGS: Record<Figure['status'], string> = {
  official: 'the source attributes the number to a government or an official body',
  unofficial: 'the source says the number comes from unofficial sources',
  estimate: 'the source gives the number as an estimate',
  reported: 'the source reports the number, from reports or a work it cites, without saying it is official',
  denied: 'the source says a government denied it',
};
