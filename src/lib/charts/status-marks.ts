/**
 * One mark shape per status, so that official, unofficial, reported and estimated counts never
 * look like one series, even in grey print or to a reader who cannot tell the colours apart.
 * Filled shapes for the statuses a source stands behind (official, reported), open ones for the
 * rest. Shapes come from d3's symbols, centred on (0, 0).
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import type { FigureStatus } from '../../schemas/figure.ts';

export interface StatusMark {
  shape: 'circle' | 'diamond' | 'square' | 'triangle' | 'cross';
  /** Filled with the status colour, or drawn as an outline. */
  filled: boolean;
}

export const STATUS_MARKS: Readonly<Record<FigureStatus, StatusMark>> = {
  official: { shape: 'circle', filled: true },
  unofficial: { shape: 'diamond', filled: false },
  reported: { shape: 'square', filled: true },
  estimate: { shape: 'triangle', filled: false },
  denied: { shape: 'cross', filled: false },
};

/**
 * d3 sizes a symbol by its area; these factors (area per size²) make each shape reach about as
 * far from its centre as the circle does: a diamond a little taller, a triangle a little wider.
 */
const SYMBOLS: Readonly<Record<StatusMark['shape'], { type: SymbolType; area: number }>> = {
  circle: { type: symbolCircle, area: Math.PI / 4 },
  diamond: { type: symbolDiamond, area: 0.38 },
  square: { type: symbolSquare, area: 0.72 },
  triangle: { type: symbolTriangle, area: 0.45 },
  cross: { type: symbolCross, area: 0.56 },
};

/** Path data of a status's mark, about `size` units across, centred on (0, 0). */
export function statusMarkPath(status: FigureStatus, size: number): string {
  const { type, area } = SYMBOLS[STATUS_MARKS[status].shape];
  const path = symbol(type, area * size * size)();
  if (path === null) throw new Error(`no symbol path for status "${status}"`);
  return roundPath(path);
}

/** Path data with its numbers rounded to 0.1 (shorter HTML, stable snapshots). */
export function roundPath(path: string): string {
  return path.replace(/-?\d+\.?\d*(?:e-?\d+)?/g, (number) => String(Math.round(Number(number) * 10) / 10));
}
