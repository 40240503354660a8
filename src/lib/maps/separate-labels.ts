/**
 * Moves number labels apart so none overlaps another: labels whose boxes collide are pushed
 * vertically away from each other, a few passes at most. Text size is estimated, not measured
 * (this runs at build time without fonts), so the boxes are generous.
 */
export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
}

export interface SeparateOptions {
  /** Estimated width of one character, in SVG units. */
  charWidth?: number;
  /** Line height of a label, in SVG units. */
  lineHeight?: number;
  /** Most passes over all pairs. */
  passes?: number;
}

export function separateLabels<T extends PlacedLabel>(labels: readonly T[], options: SeparateOptions = {}): T[] {
  const { charWidth = 7.5, lineHeight = 15, passes = 8 } = options;
  const placed = labels.map((label) => ({ ...label }));
  const halfWidth = (label: PlacedLabel) => (label.text.length * charWidth) / 2;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        const overlapX = halfWidth(a) + halfWidth(b) - Math.abs(a.x - b.x);
        const overlapY = lineHeight - Math.abs(a.y - b.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        const push = overlapY / 2 + 0.5;
        const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
        upper.y = Math.round((upper.y - push) * 10) / 10;
        lower.y = Math.round((lower.y + push) * 10) / 10;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}
