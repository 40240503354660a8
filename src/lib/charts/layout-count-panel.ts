/**
 * Layout of one small multiple of "How the counts changed": for each series a row label and, for
 * each figure of it, a line of its own with the mark on a shared linear scale and the number
 * beside it. A figure that is a range is drawn as a range (a band between its bounds, a mark at
 * each end). A row with no figure says so in words: no count is not a count of zero.
 *
 * Units are SVG user units, meant to be shown at about one CSS pixel each (the panel's width).
 * Text widths are estimated (no fonts at build time), generously, and every label is kept inside
 * the panel; the browser test measures the real boxes.
 */
import { scaleLinear } from 'd3';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure, formatNumber } from '../figures.ts';
import type { CountRow } from './select-count-changes.ts';

export interface PanelOptions {
  /** Upper end of the scale (the same for every panel that is to be compared). */
  domainMax: number;
  /** Width of the panel. */
  width?: number;
  /** Size of the text (labels, ticks). */
  fontSize?: number;
  /** Estimated width of one character, as a share of the font size. */
  charWidth?: number;
  /** Size of a mark across. */
  markSize?: number;
  /** Least room between two tick labels. */
  tickGap?: number;
}

export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** A box in panel units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MarkLayout {
  figure: Figure;
  /** Centre line of the figure's track. */
  y: number;
  /** Where the mark is: one x for a value, the two ends for a range. */
  xs: [number] | [number, number];
  label: Label;
  /** Where the panel's background is painted behind the label, so no line runs through it. */
  halo: Box;
}

export interface RowLayout {
  row: CountRow;
  label: Label;
  marks: MarkLayout[];
  /** "no count in the sources", in place of a track, when the row has no figure. */
  empty: Label | undefined;
  /** Centre lines of the row's tracks (one per figure). */
  tracks: number[];
  /** Top and bottom of the row's grid lines (its tracks, not its label); none for an empty row. */
  band: { top: number; bottom: number } | undefined;
}

export interface PanelLayout {
  width: number;
  height: number;
  /** Where the scale starts and ends. */
  x0: number;
  x1: number;
  rows: RowLayout[];
  ticks: { x: number; label: Label }[];
}

export const NO_COUNT = 'no count in the sources';

/** Upper end of a scale that holds every figure (a range by its upper bound), rounded up to a nice number. */
export function sharedDomainMax(figures: readonly Figure[]): number {
  const max = Math.max(0, ...figures.map((figure) => figure.max ?? figure.value ?? 0));
  return scaleLinear().domain([0, max || 1]).nice(5).domain()[1] ?? max;
}

/**
 * The number as the chart labels it; in a row of several figures, with the noun that follows the
 * number in the source's own words ("55 women and 78 minors" → "78 minors"), else its measure.
 */
export function markText(figure: Figure, inRowOfSeveral: boolean): string {
  const value = formatFigure(figure);
  if (!inRowOfSeveral) return value;
  const noun = figure.value === undefined ? undefined : new RegExp(`\\b${figure.value}\\s+([a-z]+)`).exec(figure.wording)?.[1];
  return `${value} ${noun ?? figure.measure}`;
}

export function layoutCountPanel(rows: readonly CountRow[], options: PanelOptions): PanelLayout {
  const { domainMax, width = 300, fontSize = 12, charWidth = 0.62, markSize = 11, tickGap = 16 } = options;
  const textWidth = (text: string) => text.length * fontSize * charWidth;
  const inset = markSize / 2 + 1;
  const x = scaleLinear().domain([0, domainMax]).range([inset, width - inset]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const gap = markSize / 2 + 4;
  const lineHeight = Math.max(22, markSize + 10);
  const baseline = (centre: number) => round(centre + fontSize * 0.35);
  // The numbers are bold, wider than the estimate for placing: the halo errs on the wide side.
  const halo = (label: Label): Box => {
    const w = label.text.length * fontSize * Math.max(charWidth, 0.7) + 4;
    const left = label.anchor === 'start' ? label.x - 2 : label.anchor === 'end' ? label.x - w + 2 : label.x - w / 2;
    return { x: round(left), y: round(label.y - fontSize), width: round(w), height: round(fontSize + 4) };
  };

  /** Beside the mark on the right if it fits, else on the left, else above the range. */
  const place = (xs: readonly number[], text: string, centre: number): Label => {
    const [first = 0] = xs;
    const last = xs[xs.length - 1] ?? first;
    const w = textWidth(text);
    if (last + gap + w <= width) return { x: round(last + gap), y: baseline(centre), text, anchor: 'start' };
    if (first - gap - w >= 0) return { x: round(first - gap), y: baseline(centre), text, anchor: 'end' };
    return { x: round(Math.min(width - w, Math.max(0, (first + last) / 2 - w / 2))), y: round(centre - markSize / 2 - 3), text, anchor: 'start' };
  };

  for (const figure of rows.flatMap((row) => row.figures)) {
    const top = figure.max ?? figure.value ?? 0;
    if (top > domainMax) throw new Error(`figure "${figure.id}" (${top}) does not fit a scale that ends at ${domainMax}: use sharedDomainMax()`);
  }
  let y = 0;
  const laidOut = rows.map((row): RowLayout => {
    const label: Label = { x: 0, y: round(y + fontSize), text: row.series.label, anchor: 'start' };
    y += fontSize + 4;
    const several = row.figures.length > 1;
    const marks = row.figures.map((figure): MarkLayout => {
      const centre = round(y + lineHeight / 2);
      y += lineHeight;
      const xs: MarkLayout['xs'] = figure.value !== undefined ? [round(x(figure.value))] : [round(x(figure.min ?? 0)), round(x(figure.max ?? 0))];
      const label = place(xs, markText(figure, several), centre);
      return { figure, y: centre, xs, label, halo: halo(label) };
    });
    let empty: Label | undefined;
    const tracks = marks.map((mark) => mark.y);
    if (marks.length === 0) {
      empty = { x: round(inset), y: baseline(round(y + lineHeight / 2)), text: NO_COUNT, anchor: 'start' };
      y += lineHeight;
    }
    const [first, last] = [tracks[0], tracks[tracks.length - 1]];
    const band = first === undefined || last === undefined ? undefined : { top: round(first - lineHeight / 2 + 2), bottom: round(last + lineHeight / 2 - 2) };
    y += 6;
    return { row, label, marks, empty, tracks, band };
  });
  // As many ticks as there is room for, the labels tickGap apart at least.
  const fits = (values: number[]) => values.every((value, i) => i === 0 || x(value) - x(values[i - 1]!) >= (textWidth(formatNumber(value)) + textWidth(formatNumber(values[i - 1]!))) / 2 + tickGap);
  const tickValues = [4, 3, 2, 1].map((count) => x.ticks(count)).find(fits) ?? [0, domainMax];
  const ticks = tickValues.map((value, index) => {
    const anchor = index === 0 ? 'start' : index === tickValues.length - 1 && value === domainMax ? 'end' : 'middle';
    const at = round(x(value));
    return { x: at, label: { x: anchor === 'start' ? round(at - inset) : anchor === 'end' ? round(at + inset) : at, y: round(y + fontSize + 4), text: formatNumber(value), anchor } satisfies Label };
  });
  return { width, height: round(y + fontSize + 8), x0: round(inset), x1: round(width - inset), rows: laidOut, ticks };
}
