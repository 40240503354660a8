import { describe, expect, it } from 'vitest';
import { layoutCountPanel, markText, NO_COUNT, sharedDomainMax, type Label, type PanelLayout } from '../../../../src/lib/charts/layout-count-panel.ts';
import { SERIES, type CountRow } from '../../../../src/lib/charts/select-count-changes.ts';
import { figure } from '../maps/support.ts';

const [joined, returned, pending] = SERIES as [typeof SERIES[0], typeof SERIES[0], typeof SERIES[0]];
const rows: CountRow[] = [
  { series: joined, figures: [figure('a', { value: 150, status: 'official' })] },
  { series: returned, figures: [] },
  { series: pending, figures: [figure('w', { value: 55, measure: 'women' }), figure('m', { value: 78, measure: 'children' })] },
];
const FONT = 12;
const CHAR = 0.62;
const width = (label: Label) => label.text.length * FONT * CHAR;
/** A label's estimated box, as the layout estimates it. */
const box = (label: Label) => {
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width(label) : label.x - width(label) / 2;
  return { left, right: left + width(label), top: label.y - FONT, bottom: label.y + 3 };
};
const labels = (layout: PanelLayout) => [
  ...layout.rows.flatMap((row) => [row.label, ...row.marks.map((mark) => mark.label), ...(row.empty ? [row.empty] : [])]),
  ...layout.ticks.map((tick) => tick.label),
];

describe('sharedDomainMax', () => {
  it('rounds the largest value or upper bound up to a nice number', () => {
    expect(sharedDomainMax([figure('a', { value: 595 }), figure('b', { value: 84 })])).toBe(600);
    expect(sharedDomainMax([figure('r', { value: undefined, min: 2000, max: 5000 })])).toBe(5000);
    expect(sharedDomainMax([])).toBe(1);
  });
});

describe('markText', () => {
  it('gives the number as tables do, with its measure only in a row of several', () => {
    expect(markText(figure('a', { value: 500, qualifier: 'about' }), false)).toBe('about 500');
    expect(markText(figure('w', { value: 55, measure: 'women' }), true)).toBe('55 women');
    expect(markText(figure('m', { value: 78, measure: 'children', wording: '55 women and 78 minors' }), true)).toBe('78 minors');
    expect(markText(figure('r', { value: undefined, min: 2000, max: 5000 }), false)).toBe('2,000–5,000');
  });
});

describe('layoutCountPanel', () => {
  const layout = layoutCountPanel(rows, { domainMax: 600, width: 300 });

  it('places each value on the shared scale', () => {
    const [mark] = layout.rows[0]!.marks;
    expect(mark!.xs).toHaveLength(1);
    expect(mark!.xs[0]).toBeCloseTo(layout.x0 + (150 / 600) * (layout.x1 - layout.x0), 0);
    expect(layout.ticks.at(-1)!.x).toBe(layout.x1);
    expect(layout.ticks.map((tick) => tick.label.text)).toEqual(['0', '200', '400', '600']);
  });

  it('says in words that a row has no count, instead of drawing a zero', () => {
    expect(layout.rows[1]!.marks).toEqual([]);
    expect(layout.rows[1]!.empty?.text).toBe(NO_COUNT);
    expect(layout.rows[1]!.tracks).toEqual([]);
    expect(layout.rows[1]!.band).toBeUndefined();
  });

  it('gives every figure of a row a line of its own, labelled with its measure', () => {
    const [women, minors] = layout.rows[2]!.marks;
    expect(minors!.y - women!.y).toBeGreaterThanOrEqual(FONT + 6);
    expect([women!.label.text, minors!.label.text]).toEqual(['55 women', '78 children']);
  });

  it('draws a range as a range: a mark at each bound', () => {
    const regional = layoutCountPanel([{ series: joined, figures: [figure('r', { value: undefined, min: 2000, max: 5000, status: 'estimate' })] }], { domainMax: 5000 });
    const [mark] = regional.rows[0]!.marks;
    expect(mark!.xs).toHaveLength(2);
    expect(mark!.xs[1]).toBe(regional.x1);
    expect(mark!.label.text).toBe('2,000–5,000');
    expect(regional.ticks.map((tick) => tick.label.text)).toEqual(['0', '1,000', '2,000', '3,000', '4,000', '5,000']);
  });

  it('puts a number that would run off the right edge to the left of its mark', () => {
    const near = layoutCountPanel([{ series: returned, figures: [figure('k', { value: 595 })] }], { domainMax: 600 });
    const [mark] = near.rows[0]!.marks;
    expect(mark!.label.anchor).toBe('end');
    expect(mark!.label.x).toBeLessThan(mark!.xs[0]);
  });

  it('keeps every label inside the panel, and no two of them overlapping (estimated boxes)', () => {
    for (const domainMax of [150, 600, 5000]) {
      const all = labels(layoutCountPanel(rows, { domainMax }));
      for (const label of all) {
        expect(box(label).left, label.text).toBeGreaterThanOrEqual(0);
        expect(box(label).right, label.text).toBeLessThanOrEqual(300);
      }
      for (const [i, a] of all.entries()) {
        for (const b of all.slice(i + 1)) {
          const [p, q] = [box(a), box(b)];
          const overlap = p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
          expect(overlap, `${a.text} / ${b.text} at ${domainMax}`).toBe(false);
        }
      }
    }
  });

  it('refuses a figure beyond the end of its scale (it would be drawn off the panel)', () => {
    expect(() => layoutCountPanel(rows, { domainMax: 100 })).toThrow('figure "a" (150) does not fit a scale that ends at 100');
  });

  it('fits its height to its rows', () => {
    const last = Math.max(...labels(layout).map((label) => label.y));
    expect(layout.height).toBeGreaterThan(last);
    expect(layout.height).toBeLessThan(last + 20);
  });

  it('runs the grid lines through the tracks of a row, not through its label', () => {
    for (const row of layout.rows.filter((row) => row.marks.length > 0)) {
      expect(row.band!.top).toBeGreaterThan(row.label.y);
      for (const track of row.tracks) expect(track).toBeGreaterThan(row.band!.top);
      for (const track of row.tracks) expect(track).toBeLessThan(row.band!.bottom);
    }
    expect(layout.rows.at(-1)!.band!.bottom).toBeLessThan(layout.ticks[0]!.label.y - FONT);
  });

  it('paints a halo behind each number that covers the text but not its mark', () => {
    for (const mark of layout.rows.flatMap((row) => row.marks)) {
      const text = box(mark.label);
      expect(mark.halo.x).toBeLessThanOrEqual(text.left);
      expect(mark.halo.x + mark.halo.width).toBeGreaterThanOrEqual(text.right);
      const [left, right] = [mark.xs[0] - 5.5, mark.xs[mark.xs.length - 1]! + 5.5];
      expect(mark.halo.x >= right || mark.halo.x + mark.halo.width <= left, mark.label.text).toBe(true);
    }
  });
});
