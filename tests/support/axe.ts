/**
 * axe-core in a Playwright page: WCAG 2.0, 2.1 and 2.2 A/AA rules. The script is evaluated over
 * the DevTools protocol, so the page's own Content-Security-Policy does not block it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe into every page the context opens, as the page starts. Sending the 550 KB script into
 * each page after it loaded cost a quarter of a second a page; as an init script Chromium compiles
 * it once and reuses the code. (Init scripts are not subject to the page's CSP.)
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One violation, short enough to read in a failed assertion: rule, impact and the first targets. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

function summarise(result: Result): Violation {
  return {
    rule: result.id,
    impact: result.impact ?? 'unknown',
    help: result.help,
    targets: result.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`),
  };
}

/**
 * The rules whose outcome depends on colours. A second colour scheme changes nothing else on the
 * page, so the other theme only needs these (the whole set takes twice as long).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Runs axe on the page as it is now (colour scheme, open dialogs and all) and lists the violations:
 * every WCAG A/AA rule, or only `rules` when given.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (runOnly) =>
      // `axe` is the global the evaluated source defines; the page's types do not know it.
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly,
        resultTypes: ['violations'],
      }),
    rules === undefined ? { type: 'tag', values: [...WCAG_TAGS] } : { type: 'rule', values: [...rules] },
  );
  return results.violations.map(summarise);
}
