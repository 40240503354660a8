/**
 * What readers see of provenance and numbers, over every built page: background is labelled and
 * uncited, the mirrored source is cited by its locator, no work is named by its key, every unit
 * of a source is listed with the passages that cite it, and numbers read as prose should.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isArticlePath, urlPathOf } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { CONTENT_DIR } from '../../src/config.ts';
import type { Root } from 'hast';

const { content } = checkContent(readContentFiles(process.cwd(), CONTENT_DIR));
const pages = builtPages().map((page) => ({ url: urlPathOf(page.path), tree: parse(page.html) }));
const articles = pages.filter((page) => isArticlePath(page.url));
const main = (tree: Root) => $(tree, 'main')!;
/** What a reader reads in <main>: code, BibTeX and other machine formats left out. */
const readable = (tree: Root) => {
  const copy = structuredClone(main(tree));
  const strip = (node: { children?: unknown[] }) => {
    node.children = (node.children ?? []).filter((child) => !((child as { tagName?: string }).tagName === 'pre'));
    for (const child of node.children) strip(child as { children?: unknown[] });
  };
  strip(copy);
  return text(copy).replace(/\s+/g, ' ');
};

describe('background is ours, labelled and uncited', () => {
  it('every Context box is labelled Background and cites nothing', () => {
    const boxes = articles.flatMap((page) => $$(page.tree, 'aside.context'));
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) {
      expect(text($(box, '.context-kind')!)).toBe('Background');
      expect($$(box, '.citation')).toEqual([]);
    }
  });
  it('a note is either cited (a source note) or labelled Background, never both', () => {
    for (const page of articles) {
      const notes = $$(page.tree, 'section.footnotes li');
      expect(notes.length, page.url).toBeGreaterThan(0);
      for (const note of notes) {
        const cited = $$(note, '.citation').length > 0;
        const labelled = $(note, '.note-kind') !== undefined;
        expect(cited !== labelled, `${page.url}#${attr(note, 'id')}`).toBe(true);
      }
    }
  });
  it('entity pages show what the sources say, each with a formatted citation, apart from our background', () => {
    const entityPages = pages.filter((page) => /^\/entities\/[^/]+\/$/.test(page.url));
    expect(entityPages.length).toBe(content.entities.size);
    for (const page of entityPages) {
      const statements = $$(page.tree, '.sourced-statements > li');
      expect(statements.length, page.url).toBeGreaterThan(0);
      for (const statement of statements) expect($$(statement, '.cite a[href*="/bibliography/#bib-"]').length, page.url).toBeGreaterThan(0);
      const background = $(page.tree, 'section.background');
      if (background) {
        expect(text($(background, 'h2')!)).toContain('our explanation, not from the sources');
        expect($$(background, '.cite, .citation'), page.url).toEqual([]);
      }
    }
  });
});

describe('citations a reader can read', () => {
  it("cites the article's own source by its locator alone, every locator still linked to the reference", () => {
    for (const page of articles) {
      const article = content.articles.find((a) => page.url === `/articles/${a.slug}/`)!;
      const own = $$(page.tree, `.prose .citation a[href="#bib-${article.data.source.key}"]`);
      expect(own.length, page.url).toBeGreaterThan(20);
      // One link per citation of the source in the body, each reading as its locator alone.
      const locators = article.body.citations.filter((cited) => cited.id === article.data.source.key).map((cited) => cited.locator?.replace(/'/g, '’'));
      expect(own.map((link) => text(link)).sort(), page.url).toEqual(locators.sort());
      expect($(page.tree, `#bib-${article.data.source.key}`), page.url).toBeDefined();
    }
  });
  it('never names a work by its citation key', () => {
    const keys = [...content.bibliography!.byKey.keys()];
    const pattern = new RegExp(`\\b(?:${keys.join('|')})\\b`);
    const offenders = pages.filter((page) => pattern.test(readable(page.tree))).map((page) => `${page.url}: ${pattern.exec(readable(page.tree))![0]}`);
    expect(offenders).toEqual([]);
  });
});

describe('how each article follows its source', () => {
  it.each([...content.sources].filter(([key]) => content.articles.some((a) => a.data.source.key === key)))('lists every unit of %s with the passages that cite it', (key, document) => {
    const article = content.articles.find((a) => a.data.source.key === key)!;
    const page = pages.find((p) => p.url === `/articles/${article.slug}/source/`)!;
    expect(page, `no /articles/${article.slug}/source/ page`).toBeDefined();
    const units = $$(page.tree, '.unit');
    expect(units.map((unit) => text($(unit, '.unit-locator')!))).toEqual(document.units.map((unit) => unit.locator));
    units.forEach((unit, index) => {
      const cited = $$(unit, '.unit-cited a');
      const omitted = $(unit, '.unit-omitted');
      expect(cited.length > 0 || omitted !== undefined, document.units[index]!.locator).toBe(true);
      for (const link of cited) expect(attr(link, 'href')).toMatch(new RegExp(`/articles/${article.slug}/#`));
    });
    const articlePage = pages.find((p) => p.url === `/articles/${article.slug}/`)!;
    expect($$(articlePage.tree, '.source-card a').map((a) => attr(a, 'href'))).toContain(`/articles/${article.slug}/source/`);
  });
});

describe('numbers read right wherever they are rendered', () => {
  const QUALIFIER = String.raw`(?:about|around|approximately|nearly|almost|up to|at least|more than|an estimated|some)`;
  const doubled = new RegExp(String.raw`\b${QUALIFIER}\s+(?:about|around|approximately|nearly|almost|up to|at least|more than)\b`, 'i');
  it.each(pages.map((page) => [page.url, page] as const))('%s: no doubled qualifier, unit collision, unfilled placeholder or long round number', (_url, page) => {
    const words = readable(page.tree);
    expect(words.match(doubled)?.[0]).toBeUndefined();
    expect(words.match(/\b(?:times-fold|fold-fold|-fold fold|times times)\b|\b(\w+) \1 (?:years|months|people)\b|\b(years|months|people|websites) \2\b/i)?.[0]).toBeUndefined();
    expect(words.match(/\{[a-z0-9]+(?:-[a-z0-9]+)*(?::bare)?\}/)?.[0]).toBeUndefined();
    expect(words.match(/\b\d{1,3}(?:,000){2,}\b/)?.[0]).toBeUndefined();
  });
  it('prose writes the numbers one to nine as words', () => {
    for (const page of articles) {
      for (const stat of $$(page.tree, '.prose p a.stat')) expect(text(stat), page.url).not.toMatch(/^(?:about |nearly |up to |at least |more than )?[1-9]$/);
    }
  });
});
