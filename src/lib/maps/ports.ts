/**
 * Where flows that share a place meet it. Several flows ending (or starting) at one point would
 * pile up there and hide each other, as five lines into "the Iraq–Syria conflict zone" did. Each
 * flow gets its own slot instead: the slots sit side by side across the flows' mean direction, a
 * little way out from the place, ordered by the side each flow arrives from so that none crosses
 * another at the port, and each as wide as its flow and arrowhead.
 */
import type { Point } from './flow-path.ts';

export interface PortFlow {
  /** The place the flows share. */
  at: Point;
  /** The flow's other end: where it comes from (or goes to). */
  other: Point;
  /** Width of the slot: the flow's stroke with its arrowhead, if any. */
  width: number;
}

export interface Port {
  /** One end point per flow, in the order given. */
  ends: Point[];
  /** The bar across the port that marks the shared place (start and end). */
  bar: [Point, Point];
  /** Unit direction from the place towards the flows. */
  direction: Point;
}

export interface PortOptions {
  /** Distance from the place to the slots, in SVG units. */
  distance?: number;
  /** Space between neighbouring slots. */
  gap?: number;
}

const round = (value: number) => Math.round(value * 10) / 10;
const unit = ([x, y]: Point): Point => {
  const length = Math.hypot(x, y) || 1;
  return [x / length, y / length];
};

/** Slots for flows that share one place (all `at` are that place). */
export function spreadPort(flows: readonly PortFlow[], options: PortOptions = {}): Port {
  const { distance = 9, gap = 1.5 } = options;
  const at = flows[0]?.at ?? [0, 0];
  const directions = flows.map(({ other }) => unit([other[0] - at[0], other[1] - at[1]]));
  const direction = unit(directions.reduce<Point>((sum, [x, y]) => [sum[0] + x, sum[1] + y], [0, 0]));
  // Across the port: the mean direction turned a quarter.
  const across: Point = [-direction[1], direction[0]];
  const side = (index: number) => directions[index]![0] * across[0] + directions[index]![1] * across[1];
  const order = flows.map((_, index) => index).sort((a, b) => side(a) - side(b));
  const total = flows.reduce((sum, flow) => sum + flow.width, 0) + gap * Math.max(0, flows.length - 1);
  const centre: Point = [at[0] + direction[0] * distance, at[1] + direction[1] * distance];
  const ends: Point[] = new Array<Point>(flows.length);
  let offset = -total / 2;
  for (const index of order) {
    const middle = offset + flows[index]!.width / 2;
    ends[index] = [round(centre[0] + across[0] * middle), round(centre[1] + across[1] * middle)];
    offset += flows[index]!.width + gap;
  }
  const half = total / 2 + 1;
  const barCentre: Point = [at[0] + direction[0] * (distance - 2.5), at[1] + direction[1] * (distance - 2.5)];
  return {
    ends,
    bar: [
      [round(barCentre[0] - across[0] * half), round(barCentre[1] - across[1] * half)],
      [round(barCentre[0] + across[0] * half), round(barCentre[1] + across[1] * half)],
    ],
    direction,
  };
}
