/** Flows that share a place get slots side by side, ordered so that none crosses another there. */
import { describe, expect, it } from 'vitest';
import { spreadPort } from '../../../../src/lib/maps/ports.ts';

describe('spreadPort', () => {
  // Three flows arriving at (0, 0) from the east: from the north-east, the east and the south-east.
  const flows = [
    { at: [0, 0] as [number, number], other: [100, 0] as [number, number], width: 6 },
    { at: [0, 0] as [number, number], other: [100, -60] as [number, number], width: 4 },
    { at: [0, 0] as [number, number], other: [100, 60] as [number, number], width: 10 },
  ];
  const port = spreadPort(flows, { distance: 10, gap: 2 });

  it('points towards the flows and keeps the slots that far out', () => {
    expect(port.direction[0]).toBeCloseTo(1, 5);
    for (const [x] of port.ends) expect(x).toBeCloseTo(10, 5);
  });
  it('orders the slots by the side each flow comes from (no crossing at the port)', () => {
    const [east, north, south] = port.ends.map(([, y]) => y);
    expect(north!).toBeLessThan(east!);
    expect(east!).toBeLessThan(south!);
  });
  it('makes each slot as wide as its flow, with the gap between them', () => {
    const ys = port.ends.map(([, y]) => y);
    // North (4) then east (6) then south (10): centres 2 + 2 + 3 = 7 and 3 + 2 + 5 = 10 apart.
    expect(ys[0]! - ys[1]!).toBeCloseTo(7, 1);
    expect(ys[2]! - ys[0]!).toBeCloseTo(10, 1);
  });
  it('draws its bar across all the slots', () => {
    const [[, top], [, bottom]] = port.bar;
    expect(Math.abs(bottom - top)).toBeCloseTo(4 + 6 + 10 + 2 * 2 + 2, 1);
  });
});
