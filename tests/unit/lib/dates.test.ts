import { describe, expect, it } from 'vitest';
import { dateSortKey, formatIsoDate, isoDateProblem } from '../../../src/lib/dates.ts';

describe('isoDateProblem', () => {
  it.each(['2014', '2014-10', '2019-11-06', '2024-02-29'])('accepts %s', (value) => {
    expect(isoDateProblem(value)).toBeNull();
  });

  it('rejects an impossible month and says which', () => {
    expect(isoDateProblem('2024-13-45')).toMatch(/month 13/);
  });

  it('rejects a day the month does not have', () => {
    expect(isoDateProblem('2023-02-29')).toMatch(/day 29: 2023-02 has days 01 to 28/);
  });

  it.each(['14-10-2014', '2014/10', 'October 2014', ''])('rejects the non-ISO form %j', (value) => {
    expect(isoDateProblem(value)).toMatch(/not an ISO date/);
  });
});

describe('formatIsoDate', () => {
  it('keeps the precision of the date', () => {
    expect(formatIsoDate('2014')).toBe('2014');
    expect(formatIsoDate('2014-10')).toBe('October 2014');
    expect(formatIsoDate('2019-11-06')).toBe('6 November 2019');
  });
});

describe('dateSortKey', () => {
  it('orders a year before its months and days', () => {
    const sorted = ['2014-10-07', '2014', '2013-12', '2014-10'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
    expect(sorted).toEqual(['2013-12', '2014', '2014-10', '2014-10-07']);
  });
});
