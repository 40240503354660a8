/** Bends that keep flows between the same two places apart (e.g. people returned and still waiting). */

export interface Ends {
  from: string;
  to: string;
}

/** One bend per flow: `base` for the first between two places, then `step` more for each further one. */
export function flowBends(flows: readonly Ends[], options: { base?: number; step?: number } = {}): number[] {
  const { base = 0.18, step = 0.14 } = options;
  const seen = new Map<string, number>();
  return flows.map(({ from, to }) => {
    const pair = [from, to].sort().join('\u0000');
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    return base + index * step;
  });
}
