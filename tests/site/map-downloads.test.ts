/**
 * Each flow map's permalink and downloads in the built site: the links on the data page resolve;
 * the CSV holds exactly the figures of the map's table, with the data set's columns; the SVG file
 * stands alone (its own land, title, styles and a source line, nothing borrowed from a page).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';
import { FIGURE_COLUMNS } from '../../src/lib/reading/figures-export.ts';

const data = parse(builtPages().find((page) => page.path === 'data/index.html')!.html);
const maps = $$(data, 'figure.flow-map');

describe('flow map downloads', () => {
  it('finds the maps', () => expect(maps.length).toBe(3));

  it.each(maps.map((map) => [attr(map, 'id')!, map] as const))('%s links to itself and to its SVG and CSV, which exist', (id, map) => {
    const links = $$(map, '.flow-map-links a').map((a) => attr(a, 'href')!);
    const mapId = id.replace(/^map-/, '');
    expect(links).toEqual([`#${id}`, `/data/maps/${mapId}.svg`, `/data/maps/${mapId}.csv`]);
    for (const link of links.slice(1)) expect(existsSync(join(DIST, link)), link).toBe(true);
  });

  it.each(maps.map((map) => [attr(map, 'id')!, map] as const))('%s: the CSV holds the figures of its table, in the data set’s columns', (id, map) => {
    const csv = readFileSync(join(DIST, 'data', 'maps', `${id.replace(/^map-/, '')}.csv`), 'utf8');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe(FIGURE_COLUMNS.join(','));
    const inTable = $$(map, 'tbody tr[data-figure]').map((row) => attr(row, 'dataFigure')!);
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual([...inTable].sort());
  });

  // Chromium opens each file as XML: tests/e2e/map-legibility.test.ts.
  it.each(maps.map((map) => [attr(map, 'id')!, map] as const))('%s: the SVG file stands alone', (id, map) => {
    const svg = readFileSync(join(DIST, 'data', 'maps', `${id.replace(/^map-/, '')}.svg`), 'utf8');
    expect(svg).not.toContain('<use');
    expect(svg).toMatch(/<path class="country[^"]*" d="M/);
    expect(svg).toContain(`<title>${text($(map, '.flow-map-title')!)}</title>`);
    expect(svg).toMatch(/<style>[^<]*\.status-official\{color:#0b5fa5\}/);
    expect(svg).toMatch(/<text class="credit"[^>]*>Sources?: [^<]*2014|2021/);
    // Every number of the map's table is drawn in the file.
    for (const value of $$(map, 'tbody tr[data-figure] [data-field="value"]').map((cell) => text(cell).trim())) expect(svg).toContain(`>${value}</text>`);
  });
});
