/** The first built article, opened in a fresh context (800 × 900 unless told) with every outside request blocked. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { builtPages, isArticlePath, urlPathOf } from './dist.ts';

export const FIRST_ARTICLE = builtPages()
  .map((page) => urlPathOf(page.path))
  .find((path) => isArticlePath(path));

export async function openArticle(browser: Browser, serverUrl: string, options: BrowserContextOptions = {}): Promise<Page> {
  if (FIRST_ARTICLE === undefined) throw new Error('No article in the build');
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
  const page = await context.newPage();
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(`${serverUrl}${FIRST_ARTICLE}`);
  return page;
}
