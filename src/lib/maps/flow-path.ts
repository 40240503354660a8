/** The drawn shape of one flow: a gentle curve from one point to another, ending in an arrowhead. */

export type Point = [number, number];

export interface FlowPathOptions {
  /** Sideways bulge of the curve as a share of its length; the sign picks the side. */
  bend?: number;
  /** Stroke width of the flow; the arrowhead grows with it. */
  width?: number;
  /** Gap left before the start point and the end point (e.g. for the places' dots); a pair for each end. */
  inset?: number | [number, number];
  /** Half the arrowhead's width; by default it grows with the stroke. */
  headHalf?: number;
}

export interface FlowPath {
  /** SVG path data of the curve (a quadratic Bézier), stopping where the arrowhead begins. */
  d: string;
  /** SVG path data of the arrowhead, a closed triangle whose tip is at the end. */
  head: string;
  /** Control point of the curve. */
  control: Point;
  /** The point at `t` along the curve (0 at the start, 1 at the end). */
  at(t: number): Point;
  /** Unit normal at `t`, on the side the curve bulges to. */
  normalAt(t: number): Point;
}

const fmt = (value: number) => String(Math.round(value * 10) / 10);
const unit = ([x, y]: Point): Point => {
  const length = Math.hypot(x, y) || 1;
  return [x / length, y / length];
};

/** A curved flow from `start` to `end` in SVG coordinates. */
export function flowPath(start: Point, end: Point, options: FlowPathOptions = {}): FlowPath {
  const { bend = 0.2, width = 2, inset = 0 } = options;
  const [insetStart, insetEnd] = typeof inset === 'number' ? [inset, inset] : inset;
  const [dx, dy] = [end[0] - start[0], end[1] - start[1]];
  const mid: Point = [(start[0] + end[0]) / 2, (start[1] + end[1]) / 2];
  // Perpendicular to the chord, turned clockwise on screen for a positive bend.
  const control: Point = [mid[0] - dy * bend, mid[1] + dx * bend];
  const fromStart = unit([control[0] - start[0], control[1] - start[1]]);
  const intoEnd = unit([end[0] - control[0], end[1] - control[1]]);
  const headLength = Math.max(6, width * 1.6);
  const headHalf = options.headHalf ?? Math.max(4, width * 1.1);
  const s: Point = [start[0] + fromStart[0] * insetStart, start[1] + fromStart[1] * insetStart];
  const tip: Point = [end[0] - intoEnd[0] * insetEnd, end[1] - intoEnd[1] * insetEnd];
  const base: Point = [tip[0] - intoEnd[0] * headLength, tip[1] - intoEnd[1] * headLength];
  // Stop the stroke a little inside the head so that no seam shows.
  const stop: Point = [base[0] + intoEnd[0] * Math.min(2, headLength / 3), base[1] + intoEnd[1] * Math.min(2, headLength / 3)];
  const side: Point = [-intoEnd[1] * headHalf, intoEnd[0] * headHalf];
  const at = (t: number): Point => {
    const u = 1 - t;
    return [u * u * start[0] + 2 * u * t * control[0] + t * t * end[0], u * u * start[1] + 2 * u * t * control[1] + t * t * end[1]];
  };
  const normalAt = (t: number): Point => {
    const tangent: Point = [2 * (1 - t) * (control[0] - start[0]) + 2 * t * (end[0] - control[0]), 2 * (1 - t) * (control[1] - start[1]) + 2 * t * (end[1] - control[1])];
    const [nx, ny] = unit([-tangent[1], tangent[0]]);
    return bend >= 0 ? [nx, ny] : [-nx, -ny];
  };
  return {
    d: `M${fmt(s[0])},${fmt(s[1])}Q${fmt(control[0])},${fmt(control[1])} ${fmt(stop[0])},${fmt(stop[1])}`,
    head: `M${fmt(tip[0])},${fmt(tip[1])}L${fmt(base[0] + side[0])},${fmt(base[1] + side[1])}L${fmt(base[0] - side[0])},${fmt(base[1] - side[1])}Z`,
    control,
    at,
    normalAt,
  };
}
