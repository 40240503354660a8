/**
 * What issue 15 took out of each article's HTML without taking it from the reader. Entity mentions
 * carry only their id; each article's definitions are written once, in /articles/<slug>/entities.json,
 * one per entity it mentions (the previews reading them: tests/e2e/previews.test.ts). Citation
 * links do not repeat their locator in an attribute. A key-figures
 * row does not repeat its own cells in its number's tooltip. (Cite-this downloads:
 * tests/e2e/reading-study.test.ts.)
 */
import { entityIdFromHref } from '../../src/lib/urls.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, isArticlePath, urlPathOf } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const articles = builtPages()
  .filter((page) => isArticlePath(urlPathOf(page.path)))
  .map((page) => ({ ...page, url: urlPathOf(page.path), tree: parse(page.html) }));

describe('entity definitions', () => {
  it('there are articles with mentions to check', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.some((article) => $$(article.tree, '.prose a.entity').length > 1)).toBe(true);
  });

  it.each(articles.map((article) => [article.url, article] as const))('%s: no mention repeats a definition; the page points to its one file of them', (_url, article) => {
    expect(article.html).not.toContain('data-def=');
    // A mention is a link to its entity's page and nothing more: its address names the entity.
    expect($$(article.tree, '.prose a.entity[data-entity], .prose a.entity[data-name-variants]')).toEqual([]);
    // Nor does a citation link repeat its locator in an attribute: its text says it.
    expect(article.html).not.toContain('data-locator=');
    expect(attr($(article.tree, '.prose')!, 'dataEntityDefinitions')).toBe(`${base}${article.url.slice(1)}entities.json`);
  });

  it.each(articles.map((article) => [article.url, article] as const))('%s: entities.json defines each entity the page mentions, once, by name', (_url, article) => {
    const file = readFileSync(join(DIST, article.url, 'entities.json'), 'utf8');
    const defs = JSON.parse(file) as Record<string, string>; // JSON.parse is untyped: checked key by key below
    const mentioned = new Set($$(article.tree, '.prose a.entity').map((a) => entityIdFromHref(attr(a, 'href')!)!));
    expect(Object.keys(defs).sort()).toEqual([...mentioned].sort());
    // A JSON object names each key once; the text must not either (a repeated key would be lost).
    expect(file.match(/"[^"]+":"/g)).toHaveLength(mentioned.size);
    for (const [id, def] of Object.entries(defs)) {
      const mention = $(article.tree, `.prose a.entity[href$="/entities/${id}/"]`)!;
      expect(attr(mention, 'href')).toBe(`${base}entities/${id}/`);
      expect(typeof def === 'string' && def.length > 0, id).toBe(true);
    }
  });
});

describe('key figures', () => {
  it('a number in a key-figures row has no tooltip repeating its row; the same number in prose keeps it', () => {
    const rows = articles.flatMap((article) => $$(article.tree, '.key-figures tbody tr').map((row) => ({ article, row })));
    expect(rows.length).toBeGreaterThan(0);
    let compared = 0;
    for (const { article, row } of rows) {
      const stat = $(row, 'a.stat')!;
      expect(attr(stat, 'title')).toBeUndefined();
      expect(text($(row, '[data-label="What it counts"]')!).length).toBeGreaterThan(0);
      const inProse = $(article.tree, `.prose p a.stat[href="${attr(stat, 'href')}"]`);
      if (!inProse) continue;
      expect(attr(inProse, 'title')).toContain(text($(row, '[data-label="What it counts"]')!).trim());
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
