/** Lighthouse's mobile preset on one URL, the median of several runs (or why it could not run). */
import { CHROME_FLAGS, CHROME_PATH } from '../lib/chromium.ts';

export interface Lighthouse {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Main-thread time in style and layout (the mainthread-work-breakdown audit's styleLayout group). */
  styleLayoutMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The styleLayout group's milliseconds in a mainthread-work-breakdown table (NaN when absent). */
function styleLayout(details: unknown): number {
  // Lighthouse types `details` as the union of every audit's; this audit's is a table of groups.
  const items = (details as { items?: { group?: unknown; duration?: unknown }[] } | undefined)?.items;
  const item = items?.find((row) => row.group === 'styleLayout');
  return typeof item?.duration === 'number' ? Math.round(item.duration) : NaN;
}

export async function lighthouseMedian(url: string, runs: number): Promise<Lighthouse | string> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const results: Lighthouse[] = [];
    for (let index = 0; index < runs; index += 1) {
      const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
      try {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        if (!result) return 'Lighthouse returned no result';
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) return `Lighthouse error: ${runtimeError.code} ${runtimeError.message}`;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        results.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
          cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
          styleLayoutMs: styleLayout(audits['mainthread-work-breakdown']?.details),
        });
      } finally {
        chrome.kill();
      }
    }
    const keys = Object.keys(results[0]!) as (keyof Lighthouse)[];
    // Object.fromEntries loses the keys' types; the keys are exactly those of Lighthouse.
    return Object.fromEntries(keys.map((key) => [key, median(results.map((result) => result[key]))])) as unknown as Lighthouse;
  } catch (error) {
    return `Lighthouse could not run: ${(error as Error).message.split('\n')[0]}`;
  }
}
