import { describe, expect, it } from 'vitest';
import svgpath from 'svgpath';
import { compactPath } from '../../../../src/lib/maps/compact-path.ts';

const absolute = 'M470.7,216.6L473.1,216.2L466.1,225.5L476.8,228.5Z M10,10L12.5,12Z';

describe('compactPath', () => {
  it('writes relative commands, shorter than the absolute ones', () => {
    const compact = compactPath(absolute);
    expect(compact).toMatch(/^M470\.7 216\.6l/);
    expect(compact.length).toBeLessThan(absolute.length);
  });

  it('keeps every point where it was (to the 0.1 unit the maps round to)', () => {
    const points = (d: string) => {
      const found: [number, number][] = [];
      svgpath(d).abs().iterate((segment) => {
        if (segment.length === 3) found.push([Number(segment[1]), Number(segment[2])]);
      });
      return found.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    };
    expect(points(compactPath(absolute))).toEqual(points(absolute));
  });

  it('leaves an empty path empty', () => {
    expect(compactPath('')).toBe('');
  });
});
