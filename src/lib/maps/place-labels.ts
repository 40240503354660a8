/**
 * Label placement for the flow maps: every label (a flow's number, a place's name, a marker's
 * name and number, a route's description) tries its candidate positions in order and takes the
 * first whose box overlaps no label already placed, no line, dot or circle, and stays inside the
 * frame. Text is measured by an estimate (this runs at build time without fonts), so the boxes
 * are generous; tests/e2e/map-legibility.test.ts checks the rendered boxes in Chromium.
 */
import type { Point } from './flow-path.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Something a label must not cover: a disc (a point of a line with its half width, a dot, a circle). */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
  /** The flow this is a part of: that flow's own number may cover it (a number on its line). */
  owner?: string;
}

export type Align = 'start' | 'middle' | 'end';

/** A place a label may go: the anchor of its first line and how its lines align to it. */
export interface Candidate {
  x: number;
  /** Vertical centre of the label's block of lines. */
  y: number;
  align: Align;
  /** The point the label names; a label placed far from it gets a leader line back to it. */
  anchor?: Point;
}

export interface LabelRequest {
  lines: string[];
  candidates: Candidate[];
  /** The flow whose number this is (see Obstacle.owner). */
  owner?: string;
}

export interface PlacedText {
  lines: string[];
  /** Anchor of the lines (text-anchor) and the baseline of the first line. */
  x: number;
  y: number;
  align: Align;
  box: Box;
  /** False when no candidate was free: the label was put at its least crowded place. */
  fits: boolean;
  /** A thin line from the named point to the label, when the label had to move away from it. */
  leader?: [Point, Point];
}

export interface TextMetrics {
  fontSize: number;
  /** Estimated advance of one character, as a share of the font size (bold, wide fonts). */
  charWidth?: number;
  /** Line height as a share of the font size. */
  lineHeight?: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Estimated box of `lines` anchored at a candidate. */
export function labelBox(lines: readonly string[], candidate: Candidate, metrics: TextMetrics): Box {
  const { fontSize, charWidth = 0.62, lineHeight = 1.2 } = metrics;
  const width = Math.max(...lines.map((line) => line.length)) * charWidth * fontSize;
  const height = lines.length * lineHeight * fontSize;
  const left = candidate.align === 'start' ? candidate.x : candidate.align === 'end' ? candidate.x - width : candidate.x - width / 2;
  return { left, top: candidate.y - height / 2, right: left + width, bottom: candidate.y + height / 2 };
}

const overlaps = (a: Box, b: Box, margin: number) => a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin;

const covers = (box: Box, { x, y, r }: Obstacle, margin: number) => {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return dx * dx + dy * dy < (r + margin) ** 2;
};

const inside = (box: Box, frame: Box) => box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;

/** Points every `step` units along a polyline of samples, as discs of radius `r`. */
export function discsAlong(points: readonly Point[], r: number, owner?: string, step = 3): Obstacle[] {
  const discs: Obstacle[] = [];
  const disc = (x: number, y: number): Obstacle => (owner === undefined ? { x, y, r } : { x, y, r, owner });
  points.forEach((point, index) => {
    const next = points[index + 1];
    discs.push(disc(point[0], point[1]));
    if (!next) return;
    const count = Math.floor(Math.hypot(next[0] - point[0], next[1] - point[1]) / step);
    for (let i = 1; i < count; i++) discs.push(disc(point[0] + ((next[0] - point[0]) * i) / count, point[1] + ((next[1] - point[1]) * i) / count));
  });
  return discs;
}

/**
 * Places labels in the order given (most important first). Each takes its first free candidate;
 * a label with no free candidate takes the one that collides least and is marked `fits: false`.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], frame: Box, metrics: TextMetrics): PlacedText[] {
  const { fontSize, lineHeight = 1.2 } = metrics;
  const margin = fontSize * 0.15;
  const placed: Box[] = [];
  return requests.map(({ lines, candidates, owner }) => {
    const blocking = obstacles.filter((obstacle) => owner === undefined || obstacle.owner !== owner);
    let best: { candidate: Candidate; box: Box; cost: number } | undefined;
    for (const candidate of candidates) {
      const box = labelBox(lines, candidate, metrics);
      const cost =
        (inside(box, frame) ? 0 : 10000) +
        placed.filter((other) => overlaps(box, other, margin)).length * 1000 +
        blocking.filter((obstacle) => covers(box, obstacle, margin)).length;
      if (!best || cost < best.cost) best = { candidate, box, cost };
      if (cost === 0) break;
    }
    if (!best) throw new Error(`label "${lines.join(' ')}": no candidate position`);
    placed.push(best.box);
    const { candidate, box, cost } = best;
    // Baseline of the first line: the block's top plus about the ascent of the font.
    const baseline = box.top + (lineHeight - 1) * fontSize * 0.5 + fontSize * 0.82;
    const text: PlacedText = { lines, x: round(candidate.x), y: round(baseline), align: candidate.align, box, fits: cost === 0 };
    if (candidate.anchor) {
      const [ax, ay] = candidate.anchor;
      const near: Point = [Math.min(Math.max(ax, box.left), box.right), Math.min(Math.max(ay, box.top), box.bottom)];
      if (Math.hypot(near[0] - ax, near[1] - ay) > fontSize * 1.1) text.leader = [[round(ax), round(ay)], [round(near[0]), round(near[1])]];
    }
    return text;
  });
}

/**
 * Candidates around a point, beyond a radius `r`: right, left, above and below first (the
 * positions a reader looks at first), then sixteen directions at growing distances.
 */
export function aroundPoint([x, y]: Point, r: number, gap: number, lines: number, metrics: TextMetrics): Candidate[] {
  const half = (lines * (metrics.lineHeight ?? 1.2) * metrics.fontSize) / 2;
  const candidates: Candidate[] = [];
  for (const scale of [1, 2, 3.2, 4.6, 6.4, 8.5, 11]) {
    const d = (r + gap) * scale;
    for (let step = 0; step < 16; step++) {
      const angle = [0, 8, 4, 12, 2, 6, 10, 14, 1, 7, 9, 15, 3, 5, 11, 13][step]! * (Math.PI / 8);
      const [dx, dy] = [Math.cos(angle), -Math.sin(angle)];
      const align = Math.abs(dx) < 0.3 ? 'middle' : dx > 0 ? 'start' : 'end';
      candidates.push({ x: x + dx * d, y: y + dy * (d + half), align, anchor: [x, y] });
    }
  }
  return candidates;
}

/** Splits a label into lines of at most about `max` characters, at spaces. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
