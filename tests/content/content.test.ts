/**
 * The real content: it validates, every reference resolves, every number in the articles comes
 * from the figures data set, and no sentence is copied from a source.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';

const { problems, content } = checkContent(readContentFiles(process.cwd()));
const articles = content.articles;
const cited = new Set(articles.flatMap((article) => article.body.citations.map((ref) => ref.id)));

describe('the content', () => {
  it('has no content problem (schemas, ids, citation keys, typed numbers)', () => {
    expect(formatProblems(problems.filter((problem) => problem.severity === 'error'))).toBe('');
  });

  it('has one article per source document', () => {
    expect(articles.map((article) => article.data.source.key).sort()).toEqual(['ai2014isil', 'politicalislam2021']);
  });

  it('cites every bibliography entry in an article body', () => {
    const uncited = content.bibliography!.items.map((item) => item.id).filter((key) => !cited.has(key));
    expect(uncited).toEqual([]);
  });

  it('resolves every citation key of every article', () => {
    const unknown = [...cited].filter((key) => !content.bibliography!.byKey.has(key));
    expect(unknown).toEqual([]);
  });

  it('renders every number through the figures data set', () => {
    for (const article of articles) expect(article.body.strayNumbers).toEqual([]);
    const used = new Set(articles.flatMap((article) => article.body.figures.map((ref) => ref.id)));
    expect(used.size).toBeGreaterThanOrEqual(50);
    for (const id of used) expect(content.figures.has(id)).toBe(true);
  });

  it('gives every figure a source with a locator', () => {
    const unlocated = [...content.figures.values()].filter(({ data }) => !data.source.locator).map(({ data }) => data.id);
    expect(unlocated).toEqual([]);
  });

  it('cites each source document wherever its figures are used', () => {
    for (const article of articles) {
      for (const ref of article.body.figures) {
        const key = content.figures.get(ref.id)!.data.source.key;
        expect(cited.has(key), `${article.file}:${ref.line}: figure ${ref.id} from ${key}`).toBe(true);
      }
    }
  });
});

const COPY_CHECK = '../shared/tools/copy-check.py';

describe.skipIf(!existsSync(COPY_CHECK))('the copy check', () => {
  it('finds no run of 10 or more words shared with a source', () => {
    const result = spawnSync('python3', [COPY_CHECK, 'content', '../shared/sources'], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/0 shared run\(s\) of 10\+ words/);
    expect(result.status).toBe(0);
  });
});

const PARAPHRASE_CHECK = '../shared/tools/paraphrase-check.py';

describe.skipIf(!existsSync(PARAPHRASE_CHECK))('the paraphrase check', () => {
  it('finds no sentence at 0.60+ and at most 15 (short factual reports) at 0.50+', () => {
    const result = spawnSync('python3', [PARAPHRASE_CHECK, 'content', '../shared/sources'], { encoding: 'utf8' });
    const summary = /paraphrase-check: (\d+) sentence\(s\) at 0\.50\+, (\d+) at 0\.60\+/.exec(result.stdout);
    expect(summary, result.stdout + result.stderr).not.toBeNull();
    const [, atHalf, atSixty] = summary!.map(Number);
    expect(atSixty, result.stdout).toBe(0);
    expect(atHalf, result.stdout).toBeLessThanOrEqual(15);
  });
});

describe('the 2014 source', () => {
  const ROMAN = 'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii xxiv xxv xxvi xxvii'.split(' ');
  const article = readFileSync('content/articles/isil-and-central-asia-2014.mdx', 'utf8');
  const bibliography = readFileSync('content/bibliography.bib', 'utf8');

  it.each(ROMAN)('carries endnote %s (as a bibliography entry or a cited note)', (numeral) => {
    const inBibliography = new RegExp(`endnotes? [^}]*\\b${numeral}\\b`).test(bibliography);
    const citedAsNote = new RegExp(`n\\. ${numeral}\\b`).test(article);
    expect(inBibliography || citedAsNote).toBe(true);
  });
});
