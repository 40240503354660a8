/**
 * The text of build-time SVG charts as the browser lays it out: every label's rendered box, so
 * that a test can fail on two labels that overlap, a label cut off at the edge of its SVG, or
 * text smaller than a phone can read. Works with the page's scripts off (utility world).
 */
import type { Page } from 'playwright-core';

export interface LabelReport {
  /** SVGs looked at, and their text elements. */
  svgs: number;
  labels: number;
  /** Smallest rendered font size, in CSS pixels. */
  smallest: number;
  problems: string[];
}

export function svgLabelProblems(page: Page, selector: string, minFontSize: number): Promise<LabelReport> {
  return page.evaluate(
    ({ selector, minFontSize }) => {
      const problems: string[] = [];
      let smallest = Infinity;
      let labels = 0;
      const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)].filter((svg) => svg.checkVisibility());
      for (const [index, svg] of svgs.entries()) {
        const name = svg.getAttribute('aria-labelledby') ?? `svg ${index + 1}`;
        const frame = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((text) => (text.textContent ?? '').trim() !== '');
        labels += texts.length;
        const boxes = texts.map((text) => {
          // Rendered size: the font size in user units times the SVG's scale on screen.
          const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
          smallest = Math.min(smallest, size);
          if (size < minFontSize - 0.05) problems.push(`${name}: "${text.textContent}" is ${size.toFixed(1)} px`);
          return { text: text.textContent ?? '', rect: text.getBoundingClientRect() };
        });
        for (const { text, rect } of boxes) {
          if (rect.left < frame.left - 0.5 || rect.right > frame.right + 0.5 || rect.top < frame.top - 0.5 || rect.bottom > frame.bottom + 0.5) {
            problems.push(`${name}: "${text}" sticks out of its SVG`);
          }
        }
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const overlap = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left) > 0.5 && Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top) > 0.5;
            if (overlap) problems.push(`${name}: "${a.text}" overlaps "${b.text}"`);
          }
        }
      }
      return { svgs: svgs.length, labels, smallest, problems };
    },
    { selector, minFontSize },
  );
}

/**
 * Labels that cover a drawn line of a map (a flow, its arrowhead, a route, a port's bar) or a
 * dot or circle, found by sampling each shape's outline on screen. A flow's own number may sit on
 * its own line (`data-item` in common), never on another's.
 */
export function svgLineProblems(page: Page, selector: string): Promise<{ checked: number; problems: string[] }> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    let checked = 0;
    for (const svg of [...document.querySelectorAll<SVGSVGElement>(selector)].filter((element) => element.checkVisibility())) {
      const name = svg.getAttribute('aria-labelledby') ?? 'svg';
      const ownerOf = (element: Element) => element.closest('[data-item]')?.getAttribute('data-item') ?? element.getAttribute('data-item') ?? '';
      const shapes = [...svg.querySelectorAll<SVGGeometryElement>('.flow-line, .flow-head, .route-line, .port, .place-dot, .marker circle')].filter((shape) => shape.checkVisibility());
      const samples = shapes.map((shape) => {
        const matrix = shape.getScreenCTM()!;
        const length = shape.getTotalLength();
        const count = Math.max(2, Math.ceil(length / 2));
        const points = Array.from({ length: count + 1 }, (_, i) => shape.getPointAtLength((length * i) / count).matrixTransform(matrix));
        // Half the drawn stroke, on screen: the sample stands for a disc that wide.
        const half = (parseFloat(getComputedStyle(shape).strokeWidth) || 0) * matrix.a * 0.5;
        return { owner: ownerOf(shape), kind: shape.getAttribute('class') ?? shape.tagName, points, half };
      });
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!text.checkVisibility() || (text.textContent ?? '').trim() === '') continue;
        checked += 1;
        const owner = ownerOf(text);
        // The glyphs' box less a pixel each side: the halo may touch a line, the letters may not.
        const box = text.getBoundingClientRect();
        const [left, right, top, bottom] = [box.left + 1, box.right - 1, box.top + 1, box.bottom - 1];
        for (const shape of samples) {
          if (owner !== '' && shape.owner === owner) continue;
          const hit = shape.points.find(({ x, y }) => x > left - shape.half && x < right + shape.half && y > top - shape.half && y < bottom + shape.half);
          if (hit) {
            problems.push(`${name}: "${text.textContent}" covers ${shape.kind}${shape.owner ? ` of ${shape.owner}` : ''}`);
            break;
          }
        }
      }
    }
    return { checked, problems };
  }, selector);
}
