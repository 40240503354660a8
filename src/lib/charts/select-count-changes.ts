/**
 * Which figures the chart "How the counts changed" (data page) draws. Figures are chosen by their
 * fields, never by id or by number, so a figure added to the data set with the same fields joins
 * the chart, and one whose fields change leaves it. The rule, series by series (`SERIES`):
 *
 * - **joined-2014**: a Central Asian `country`, measure `fighters`, dated (`asOf`) 2014, from the
 *   2014 piece (`source.key` ai2014isil): its official and unofficial counts of citizens who had
 *   joined ISIL or were fighting alongside it.
 * - **returned-2019**: a Central Asian country, measure `returnees`, a `return` flow, dated 2019,
 *   from the c. 2021 article (politicalislam2021): nationals brought back that year.
 * - **pending-2019**: a Central Asian country, a `pending-return` flow, dated 2019, from the
 *   c. 2021 article, any measure (for Kyrgyzstan the source counts women and minors apart).
 * - **regional** (`REGIONAL`): measure `fighters`, no country, from the c. 2021 article: its
 *   estimate for Central Asia as a whole, drawn apart from the countries and on its own scale.
 *
 * Only counts of people are drawn. The series are different measures (people who had joined,
 * people brought back, people still to be brought back): the chart keeps them in rows of their
 * own and never joins them into one line.
 */
import type { Figure, FlowKind } from '../../schemas/figure.ts';
import { countryName } from '../countries.ts';

/** The five Central Asian states, by ISO 3166-1 alpha-2 code. */
export const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;

export interface SeriesRule {
  id: string;
  /** Row label in the chart and the table, in our words. */
  label: string;
  /** Citation key of the source document the figures come from. */
  source: string;
  /** The year the figures are dated to (their `asOf` starts with it); any date, or none, when absent. */
  year?: string;
  /** Measures that qualify; any when absent. */
  measures?: readonly Figure['measure'][];
  /** The kind of flow the figures must have, when the series is a movement of people. */
  flowKind?: FlowKind;
}

export const SERIES: readonly SeriesRule[] = [
  { id: 'joined-2014', label: 'Had joined ISIL (2014)', source: 'ai2014isil', year: '2014', measures: ['fighters'] },
  { id: 'returned-2019', label: 'Brought back (2019)', source: 'politicalislam2021', year: '2019', measures: ['returnees'], flowKind: 'return' },
  { id: 'pending-2019', label: 'Return pending (2019)', source: 'politicalislam2021', year: '2019', flowKind: 'pending-return' },
];

export const REGIONAL: SeriesRule = { id: 'regional', label: 'Left to join jihadist groups', source: 'politicalislam2021', measures: ['fighters'] };

export interface CountRow {
  series: SeriesRule;
  /** In data-set order; empty when the sources give no such count for the country. */
  figures: Figure[];
}

export interface CountPanel {
  country: string;
  name: string;
  /** One row per series, in `SERIES` order, empty ones included. */
  rows: CountRow[];
}

export interface CountChanges {
  /** Countries with at least one count, by name. */
  panels: CountPanel[];
  /** The region-wide row, or undefined when no figure matches. */
  regional: CountRow | undefined;
}

/** Whether a figure fits a series rule (the country is checked by the caller). */
export function matchesSeries(figure: Figure, rule: SeriesRule): boolean {
  return (
    figure.unit === 'people' &&
    figure.source.key === rule.source &&
    (rule.year === undefined || (figure.asOf?.startsWith(rule.year) ?? false)) &&
    (rule.measures === undefined || rule.measures.includes(figure.measure)) &&
    (rule.flowKind === undefined || figure.flow?.kind === rule.flowKind)
  );
}

export function selectCountChanges(figures: readonly Figure[]): CountChanges {
  const panels = CENTRAL_ASIA.map((country) => {
    const own = figures.filter((figure) => figure.country === country);
    return { country, name: countryName(country), rows: SERIES.map((series) => ({ series, figures: own.filter((figure) => matchesSeries(figure, series)) })) };
  })
    .filter((panel) => panel.rows.some((row) => row.figures.length > 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const regional = figures.filter((figure) => figure.country === undefined && matchesSeries(figure, REGIONAL));
  return { panels, regional: regional.length > 0 ? { series: REGIONAL, figures: regional } : undefined };
}

/** Every figure the chart draws, in the order it draws them (panels, then the region). */
export function chartFigures(changes: CountChanges): Figure[] {
  return [...changes.panels.flatMap((panel) => panel.rows.flatMap((row) => row.figures)), ...(changes.regional?.figures ?? [])];
}
