import { describe, expect, it } from 'vitest';
import { roundPath, STATUS_MARKS, statusMarkPath } from '../../../../src/lib/charts/status-marks.ts';
import { statuses } from '../../../../src/schemas/figure.ts';

describe('STATUS_MARKS', () => {
  it('gives every status a shape of its own', () => {
    const shapes = statuses.map((status) => STATUS_MARKS[status].shape);
    expect(new Set(shapes).size).toBe(statuses.length);
  });
  it('fills the marks of counts an official body or a report stands behind, and only those', () => {
    expect(statuses.filter((status) => STATUS_MARKS[status].filled)).toEqual(['official', 'reported']);
  });
});

/** How far a path's points reach from the origin (M, L, H, V, h, v, A and Z, as d3's symbols use them). */
function reach(path: string): number {
  let x = 0;
  let y = 0;
  let far = 0;
  for (const [, command, args] of path.matchAll(/([MLHVhvAZ])([^MLHVhvAZ]*)/g)) {
    const n = (args ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
    if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
    else if (command === 'H') x = n[0]!;
    else if (command === 'V') y = n[0]!;
    else if (command === 'h') x += n[0]!;
    else if (command === 'v') y += n[0]!;
    else if (command === 'A') [x, y, far] = [n[5]!, n[6]!, Math.max(far, n[0]!)];
    far = Math.max(far, Math.abs(x), Math.abs(y));
  }
  return far;
}

describe('statusMarkPath', () => {
  it('draws a path centred on the origin, reaching about as far as the size asked for', () => {
    for (const status of statuses) {
      const path = statusMarkPath(status, 10);
      expect(path).toMatch(/^M/);
      expect(reach(path), status).toBeGreaterThanOrEqual(4);
      expect(reach(path), status).toBeLessThanOrEqual(6);
    }
    expect(statusMarkPath('official', 10)).not.toBe(statusMarkPath('unofficial', 10));
  });
  it('rounds numbers to a tenth', () => {
    expect(roundPath('M1.23456,-7.891L0,1e-7Z')).toBe('M1.2,-7.9L0,0Z');
  });
});
