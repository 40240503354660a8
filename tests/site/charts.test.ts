/**
 * The chart "How the counts changed" in the built data page (dist/): it draws the figures its rule
 * selects (src/lib/charts/select-count-changes.ts), each number as the data set has it, with its
 * status, date and source, a range as a range, no count said in words; its table holds the same
 * numbers. And every table whose rows stack on a phone labels each cell with its column's heading.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';
import { CONTENT_DIR } from '../../src/config.ts';
import { formatAsOf, formatAsOfCell, formatFigure, STATUS_LABELS } from '../../src/lib/figures.ts';
import { countryName } from '../../src/lib/countries.ts';
import type { Figure } from '../../src/schemas/figure.ts';

const pages = builtPages().map((page) => ({ ...page, tree: parse(page.html) }));
const data = pages.find((page) => page.path === 'data/index.html')!.tree;

/** The data set straight from its YAML, not through the build. */
const figures = new Map(
  readdirSync(join(CONTENT_DIR, 'data', 'figures'))
    .flatMap((name) => parseYaml(readFileSync(join(CONTENT_DIR, 'data', 'figures', name), 'utf8')) as Figure[])
    .map((figure) => [figure.id, figure]),
);

/** What the rule selects from today's data set, by panel: written out, so that a change to the data set that moves the chart is seen. */
const EXPECTED: Record<string, string[]> = {
  Kazakhstan: ['isil14-kz-unofficial', 'pi21-kz-returned-2019'],
  Kyrgyzstan: ['isil14-kg-official', 'pi21-kg-minors-iraq-pending', 'pi21-kg-women-iraq-pending'],
  Tajikistan: ['isil14-tj-official', 'pi21-tj-returned-2019', 'pi21-tj-pending-2019'],
  Turkmenistan: ['isil14-tm-unofficial'],
  Uzbekistan: ['isil14-uz-unofficial', 'pi21-uz-returned-2019', 'pi21-uz-pending-2019'],
  'Central Asia as a whole': ['pi21-ca-fighters-decade'],
};

const chart = $(data, 'figure.counts-chart')!;
const panels = $$(chart, 'li.count-panel-item').map((panel) => ({ name: text($(panel, 'h3')!), panel }));
const marks = $$(chart, 'a.count-mark').map((mark) => ({ id: attr(mark, 'dataFigure')!, mark, figure: figures.get(attr(mark, 'dataFigure')!)! }));

describe('the chart "How the counts changed"', () => {
  it('sits on the data page under its own heading, with a permalink', () => {
    const heading = $(data, 'h2#counts-changed')!;
    expect(text(heading)).toBe('How the counts changed');
    expect(attr($(heading, 'a.heading-anchor')!, 'href')).toBe('#counts-changed');
    expect(attr($(data, 'section.data-chart')!, 'ariaLabelledBy')).toBe('counts-changed');
  });

  it('draws, panel by panel, the figures its rule selects', () => {
    const drawn = Object.fromEntries(panels.map(({ name, panel }) => [name, $$(panel, 'a.count-mark').map((mark) => attr(mark, 'dataFigure'))]));
    expect(drawn).toEqual(EXPECTED);
  });

  it('labels every mark with the number as the data set has it, and its status', () => {
    expect(marks.length).toBe(Object.values(EXPECTED).flat().length);
    for (const { id, mark, figure } of marks) {
      const label = text($(mark, 'text.value-label')!);
      expect(figure, id).toBeDefined();
      // The number alone, or with the noun its row needs (the source's own, else the measure): the number comes first.
      expect(label === formatFigure(figure) || label.startsWith(`${formatFigure(figure)} `), `${id}: ${label}`).toBe(true);
      expect(attr(mark, 'className'), id).toContain(`status-${figure.status}`);
    }
    expect(text($(chart, 'a[data-figure="isil14-uz-unofficial"] text')!)).toBe('about 500');
  });

  it("names every mark with its place, status, date and the source's locator", () => {
    for (const { id, mark, figure } of marks) {
      const title = text($(mark, 'title')!);
      const place = figure.country ? countryName(figure.country) : 'Central Asia as a whole';
      expect(title.startsWith(`${place}, `), id).toBe(true);
      expect(title, id).toContain(STATUS_LABELS[figure.status].toLowerCase());
      expect(title, id).toContain(formatAsOf(figure));
      expect(title, id).toContain(figure.source.locator!.replace(/^sec\. /, ''));
    }
  });

  it('draws a range as a range: a band and a mark at each bound', () => {
    const ranges = marks.filter(({ figure }) => figure.value === undefined);
    expect(ranges.length).toBeGreaterThan(0);
    for (const { id, mark } of ranges) {
      expect($$(mark, 'path.mark'), id).toHaveLength(2);
      expect($$(mark, 'rect.range'), id).toHaveLength(1);
    }
    for (const { id, mark } of marks.filter(({ figure }) => figure.value !== undefined)) expect($$(mark, 'path.mark'), id).toHaveLength(1);
  });

  it('says where the sources give no count, rather than drawing a zero', () => {
    const empty = Object.fromEntries(panels.map(({ name, panel }) => [name, $$(panel, 'g.count-row').filter((row) => $(row, 'text.no-count')).map((row) => text($(row, 'text.row-label')!))]));
    expect(empty).toEqual({
      Kazakhstan: ['Return pending (2019)'],
      Kyrgyzstan: ['Brought back (2019)'],
      Tajikistan: [],
      Turkmenistan: ['Brought back (2019)', 'Return pending (2019)'],
      Uzbekistan: [],
      'Central Asia as a whole': [],
    });
  });

  it('has a legend key for each status it draws, and no other', () => {
    const shown = new Set(marks.map(({ figure }) => STATUS_LABELS[figure.status]));
    const keys = $$(chart, '.counts-legend li[class^="status-"]').map((item) => text(item).trim());
    expect(new Set(keys)).toEqual(shown);
    expect(keys).toHaveLength(shown.size);
  });

  it('is followed by a table of the same numbers, each with its status, date and formatted citation', () => {
    const rows = $$(data, 'table.counts-table tbody tr');
    expect(rows.map((row) => attr(row, 'id'))).toEqual(marks.map(({ id }) => `counts-${id}`));
    for (const row of rows) {
      const figure = figures.get(attr(row, 'id')!.replace(/^counts-/, ''))!;
      expect(text($(row, 'a.stat')!)).toBe(formatFigure(figure));
      expect(text($(row, '.status')!)).toBe(STATUS_LABELS[figure.status]);
      expect(text($(row, '[data-label="As of"]')!)).toBe(formatAsOfCell(figure));
      expect($$(row, '.cite a').length).toBe(1 + (figure.via?.length ?? 0));
    }
  });
});

describe('tables whose rows stack on a phone', () => {
  const stacked = pages.flatMap((page) => $$(page.tree, 'table[data-stack]').map((table) => ({ path: page.path, table })));

  it('are on the data page and in the articles', () => {
    expect(new Set(stacked.map(({ path }) => path))).toEqual(new Set(['data/index.html', 'articles/isil-and-central-asia-2014/index.html', 'articles/political-islam-central-asia-2021/index.html']));
  });

  it('label every cell with the heading of its column', () => {
    for (const { path, table } of stacked) {
      const headings = $$(table, 'thead th').map((th) => text(th).trim());
      for (const row of $$(table, 'tbody tr')) {
        const labels = $$(row, 'th, td').map((cell) => attr(cell, 'dataLabel'));
        expect(labels, `${path}: ${text($(table, 'caption')!)}`).toEqual(headings);
      }
    }
  });
});
