/** Flow widths: proportional to the number, so a flow twice as large is twice as wide. */
import { scaleLinear, type ScaleLinear } from 'd3';

export interface WidthScaleOptions {
  /** Width of the largest flow, in SVG units. */
  maxWidth?: number;
  /** No flow is drawn thinner than this, so small numbers stay visible and focusable. */
  minWidth?: number;
}

export interface WidthScale {
  (value: number): number;
  /** The linear part (zero maps to zero), for the legend. */
  readonly linear: ScaleLinear<number, number>;
  /** Round values for the legend, up to the largest number. */
  legendValues(count?: number): number[];
}

/** A width scale from zero to the largest of `values`, clamped below at `minWidth`. */
export function widthScale(values: readonly number[], options: WidthScaleOptions = {}): WidthScale {
  const { maxWidth = 11, minWidth = 1.5 } = options;
  const largest = Math.max(0, ...values);
  const linear = scaleLinear()
    .domain([0, largest || 1])
    .range([0, maxWidth]);
  const scale = (value: number) => Math.max(minWidth, linear(value));
  return Object.assign(scale, {
    linear,
    legendValues(count = 3) {
      if (largest === 0) return [];
      const ticks = linear.ticks(count).filter((tick) => tick > 0 && tick <= largest);
      return ticks.length > count ? ticks.filter((_, index, all) => (all.length - 1 - index) % 2 === 0) : ticks;
    },
  });
}
