/**
 * Security of the built site: a Content-Security-Policy on every page (meta tag) and for static
 * hosts (_headers) that allows no inline script except by hash; links to other sites with
 * rel="noopener noreferrer"; and hostile text in the data (a bibliography entry and a figure note
 * holding <script> and <img onerror>) shown as text, in the HTML and in the previews, never run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Element } from 'hast';
import { builtPages, DIST } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';
import { FIXTURES } from '../support/content-fixtures.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { HAS_BROWSER, launchBrowser, openGuardedPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { inlineScriptHashes } from '../../src/lib/csp.ts';
import { withSafeExternalLinks } from '../../src/lib/external-links.ts';

const pages = builtPages().map((page) => ({ ...page, tree: parse(page.html) }));

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]));

describe('Content-Security-Policy', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s: a meta policy first in <head>, inline scripts by hash only', (_path, page) => {
    const metas = $$(page.tree, 'meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    // Before every script, so it covers them all.
    expect(page.html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(page.html.search(/<script\b/) === -1 ? Infinity : page.html.search(/<script\b/));
    const policy = directives(attr(metas[0]!, 'content')!);
    const scripts = policy.get('script-src')!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const hash of inlineScriptHashes(page.html)) expect(scripts).toContain(hash);
    for (const script of $$(page.tree, 'script[src]')) expect(attr(script, 'src')).toMatch(/^\/(?!\/)/);
  });

  it('inline-script hashes are SHA-256 of the exact script text, data blocks left out', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>';
    // sha256("a()") and sha256("b()"), base64.
    expect(inlineScriptHashes(html)).toEqual(["'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='", "'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc='"]);
  });

  it('never takes script-like text in an attribute value or a comment for a script', () => {
    const html = '<div title="<script>evil()</script>"></div><!-- <script>old()</script> --><textarea><script>typed()</script></textarea><script>ours()</script>';
    expect(inlineScriptHashes(html)).toEqual(inlineScriptHashes('<script>ours()</script>'));
    expect(inlineScriptHashes(html)).toHaveLength(1);
  });

  it('dist/_headers gives each page its own policy (its own hashes only) and frame-ancestors', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file)).toBe(true);
    const blocks = readFileSync(file, 'utf8').trim().split('\n\n').map((block) => block.split('\n'));
    expect(blocks[0]).toEqual(['/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin']);
    const byPath = new Map(blocks.slice(1).map(([path, header]) => [path!, directives(header!.trim().slice('Content-Security-Policy:'.length))]));
    expect(byPath.size).toBe(pages.length);
    for (const page of pages) {
      const policy = byPath.get(`/${page.path.replace(/(^|\/)index\.html$/, '$1')}`)!;
      expect(policy, page.path).toBeDefined();
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
      const own = inlineScriptHashes(page.html);
      expect(policy.get('script-src')!.filter((source) => source.startsWith("'sha256-")).sort()).toEqual([...own].sort());
    }
  });
});

describe('links to other sites', () => {
  it('every one on every page has rel="noopener noreferrer"', () => {
    const canonical = $(pages[0]!.tree, 'link[rel="canonical"]');
    // Without a public address (npm test's build) every absolute link leads to another site.
    const site = canonical ? new URL(attr(canonical, 'href')!).origin : undefined;
    const bad = pages.flatMap((page) =>
      $$(page.tree, 'a[href^="http"]')
        .filter((a) => new URL(attr(a, 'href')!).origin !== site)
        .filter((a) => !['noopener', 'noreferrer'].every((word) => (attr(a, 'rel') ?? '').split(' ').includes(word)))
        .map((a) => `${page.path}: ${attr(a, 'href')}`),
    );
    expect(bad).toEqual([]);
  });

  it('the post-build step adds them to outside links only, keeping other rel words', () => {
    const html = '<a href="https://example.org/a?x=1&amp;y=2">x</a><a rel="external" href="http://example.com">y</a><a href="http://localhost:4321/z/">z</a><a href="/w/">w</a>';
    expect(withSafeExternalLinks(html, 'http://localhost:4321')).toBe(
      '<a rel="noopener noreferrer" href="https://example.org/a?x=1&amp;y=2">x</a><a rel="external noopener noreferrer" href="http://example.com">y</a><a href="http://localhost:4321/z/">z</a><a href="/w/">w</a>',
    );
  });
});

/** Hostile text a maintainer could paste into the data by mistake. */
const PAYLOAD = `<script>window.__xss = 'script'</script> and <img src="x" onerror="window.__xss = 'img'">`;

describe('hostile text in a bibliography entry and a figure note', () => {
  let built: FixtureSite;

  beforeAll(() => {
    const valid = join(FIXTURES, 'valid');
    const read = (path: string) => readFileSync(join(valid, path), 'utf8');
    built = buildFixtureSite('hostile-data', {
      content: valid,
      files: {
        'bibliography.bib': `${read('bibliography.bib')}\n@online{hostile2020,\n  author = {Doe, Jane},\n  title = {A Title With ${PAYLOAD}},\n  date = {2020}\n}\n`,
        'articles/example-features.mdx': `${read('articles/example-features.mdx')}\nA claim from a hostile entry [@hostile2020].\n`,
        'data/figures/example.yaml': read('data/figures/example.yaml').replace('  flow: { from: kyrgyzstan', `  note: ${JSON.stringify(`A note with ${PAYLOAD}`)}\n  flow: { from: kyrgyzstan`),
      },
    });
  }, 300_000);

  const html = (path: string) => readFileSync(join(built.dist, path, 'index.html'), 'utf8');
  const article = 'articles/example-features';

  it('builds', () => {
    expect(built.output).toContain('Complete!');
    expect(built.status).toBe(0);
  });

  it.each([article, 'data'])('%s shows the payload as text, with no element made from it', (path) => {
    const tree = parse(html(path));
    // Citeproc curls quotes and title-cases words; the tags themselves must be there as text.
    expect(text(tree)).toMatch(/<script>window\.__xss = /i);
    expect(text(tree)).toMatch(/<img src="x" onerror=/i);
    expect($$(tree, 'img[onerror]')).toEqual([]);
    const scripts = $$(tree, 'script');
    const isData = (script: Element) => attr(script, 'type') === 'application/ld+json';
    expect(scripts.filter((script) => !isData(script) && text(script).includes('__xss'))).toEqual([]);
    // A JSON-LD data block may carry the title, with "<" escaped so that it cannot end the block.
    for (const script of scripts.filter(isData)) expect(text(script)).not.toContain('<');
  });

  describe.skipIf(!HAS_BROWSER)('in Chromium', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serveStatic(built.dist)]);
    });
    afterAll(async () => {
      await Promise.all([browser?.close(), server?.close()]);
    });

    it('the citation preview shows the entry as text and runs nothing', async () => {
      const { page } = await openGuardedPage(browser);
      try {
        await page.goto(`${server.url}/${article}/`);
        const trigger = page.locator('.citation a[href="#bib-hostile2020"]').first();
        await trigger.hover();
        await trigger.focus();
        const preview = page.locator('.preview');
        await expect.poll(() => preview.isVisible()).toBe(true);
        expect(await preview.innerText()).toMatch(/<script>window\.__xss = /i);
        expect(await preview.innerText()).toMatch(/<img src="x" onerror=/i);
        expect(await preview.locator('img, script').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      } finally {
        await page.context().close();
      }
    });

    it('the data page shows the note as text and runs nothing', async () => {
      const { page } = await openGuardedPage(browser);
      try {
        await page.goto(`${server.url}/data/`);
        expect(await page.locator('main').innerText()).toContain(`A note with <script>window.__xss = 'script'</script> and <img src="x" onerror=`);
        expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      } finally {
        await page.context().close();
      }
    });
  });
});
