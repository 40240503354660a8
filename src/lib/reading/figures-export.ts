/** The figures data set as CSV and JSON downloads (one row per figure, flat columns). Pure. */
import type { Figure } from '../../schemas/figure.ts';

/** CSV columns, in order. */
export const FIGURE_COLUMNS = [
  'id', 'value', 'min', 'max', 'qualifier', 'unit', 'measure', 'counts', 'wording', 'country', 'asOf', 'status',
  'sourceKey', 'sourceLocator', 'via', 'flowFrom', 'flowTo', 'flowKind', 'note',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** One figure as a flat record (absent fields are empty strings; `via` is joined with "; "). */
export function flattenFigure(figure: Figure): Record<FigureColumn, string> {
  const n = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    id: figure.id,
    value: n(figure.value),
    min: n(figure.min),
    max: n(figure.max),
    qualifier: figure.qualifier ?? '',
    unit: figure.unit,
    measure: figure.measure,
    counts: figure.counts,
    wording: figure.wording,
    country: figure.country ?? '',
    asOf: figure.asOf ?? '',
    status: figure.status,
    sourceKey: figure.source.key,
    sourceLocator: figure.source.locator ?? '',
    via: figure.via.join('; '),
    flowFrom: figure.flow?.from ?? '',
    flowTo: figure.flow?.to ?? '',
    flowKind: figure.flow?.kind ?? '',
    note: figure.note ?? '',
  };
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe (OWASP's advice on CSV injection); numbers stay numbers.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The data set as RFC 4180 CSV with a header row and CRLF line ends. */
export function figuresCsv(figures: readonly Figure[]): string {
  const rows = [FIGURE_COLUMNS.join(',')];
  for (const figure of figures) {
    const flat = flattenFigure(figure);
    rows.push(FIGURE_COLUMNS.map((column) => csvField(flat[column])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** The data set as JSON: the validated figures as the site uses them, with a short header. */
export function figuresJson(figures: readonly Figure[], meta: { title: string; url: string }): string {
  return `${JSON.stringify({ title: meta.title, url: meta.url, count: figures.length, figures }, null, 2)}\n`;
}
