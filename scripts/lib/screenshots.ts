/**
 * `npm run screenshots -- [out folder] [--height=N] [--widths=375,1280] [path …]`:
 * full-page screenshots of built pages (dist/, or $OUT_DIR) at 320, 375, 1280 and 2560 px wide,
 * in the light and the dark theme, for looking at what a change did (`--height` keeps the top N
 * pixels; a `#fragment` scrolls there first). Not a test: it only writes PNG files.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from '../../src/config.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { launchBrowser } from './chromium.ts';

const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const [out = 'test-results/screenshots', ...paths] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const option = (name: string) => options.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const height = Number(option('height') ?? 0);
const WIDTHS = (option('widths') ?? '320,375,1280,2560').split(',').map(Number);
mkdirSync(out, { recursive: true });
/** Phone widths render as a phone does: overlay scroll bars, touch, the meta viewport honoured. */
const phone = (width: number) => (width < 800 ? { isMobile: true, hasTouch: true } : {});
const [browser, server] = await Promise.all([launchBrowser(), serveStatic(join(process.cwd(), OUT_DIR))]);
for (const path of paths.length > 0 ? paths : ['/']) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, deviceScaleFactor: 1, ...phone(width) });
      await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${theme}.png`;
      const top = path.includes('#') ? await page.evaluate(() => window.scrollY) : 0;
      await page.screenshot({ path: join(out, name), fullPage: true, ...(height > 0 ? { clip: { x: 0, y: top, width, height } } : {}) });
      await context.close();
      console.log(join(out, name));
    }
  }
}
await Promise.all([browser.close(), server.close()]);
