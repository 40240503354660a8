import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { formatProblems } from '../../../../src/lib/content/problems.ts';
import { badFixture, validFiles, withBad } from '../../../support/content-fixtures.ts';

const report = (name: string) => formatProblems(checkContent(withBad(name)).problems);

describe('checkContent on the valid fixture', () => {
  it('finds no problem and reads every kind of content', () => {
    const { problems, content } = checkContent(validFiles());
    expect(problems).toEqual([]);
    expect(content.articles.map((article) => article.slug)).toEqual(['example-features']);
    expect(content.figures.size).toBe(2);
    expect(content.entities.size).toBe(5);
  });
});

describe('bad frontmatter fails with file, line and fix', () => {
  const file = 'tests/fixtures/content/bad/';
  it('a missing field', () => {
    expect(report('missing-summary.mdx')).toContain(`${file}missing-summary.mdx:2: \`summary\`: is required (expected string): add it`);
  });
  it('a wrong type', () => {
    expect(report('wrong-type-draft.mdx')).toMatch(/wrong-type-draft\.mdx:14: `draft`: .*expected boolean/i);
  });
  it('an unknown field', () => {
    expect(report('unknown-field.mdx')).toContain('unknown-field.mdx:2: the entry: unknown field `author`: remove it or fix the spelling');
  });
  it('an impossible date', () => {
    expect(report('impossible-date.mdx')).toContain('impossible-date.mdx:13: `published`: "2024-13-45" has month 13: months run from 01 to 12');
  });
  it('an unquoted date', () => {
    expect(report('unquoted-date.mdx')).toContain('unquoted-date.mdx:13: `published`: write dates as quoted ISO strings');
  });
  it('an unknown country code', () => {
    expect(report('unknown-country.mdx')).toContain('unknown-country.mdx:12: `countries.1`: "XY" is not an ISO 3166-1 alpha-2 country code');
  });
  it('every bad file in one run, not only the first', () => {
    const files = withBad('missing-summary.mdx');
    files.articles.push(...withBad('impossible-date.mdx').articles.slice(-1), ...withBad('unknown-field.mdx').articles.slice(-1));
    const text = formatProblems(checkContent(files).problems);
    for (const name of ['missing-summary.mdx', 'impossible-date.mdx', 'unknown-field.mdx']) expect(text).toContain(name);
  });
});

describe('bad references in an article body', () => {
  it('an unknown citation key', () => {
    expect(report('unknown-citation-key.mdx')).toContain(
      'unknown-citation-key.mdx:16: citation key "nosuchkey2020" is not in tests/fixtures/content/valid/bibliography.bib: add a BibTeX entry for it or fix the key',
    );
  });
  it('unknown figure and entity ids', () => {
    const text = report('unknown-ids.mdx');
    expect(text).toContain('unknown-ids.mdx:16: unknown figure id "no-such-figure": add it to content/data/figures or fix the id');
    expect(text).toContain('unknown-ids.mdx:16: unknown entity id "no-such-group"');
  });
  it('a number typed into prose instead of coming from the data set', () => {
    expect(report('typed-number.mdx')).toContain('typed-number.mdx:16: the number "34" is typed into the prose');
  });
});

describe('bad bibliography', () => {
  it('malformed BibTeX names the file and line', () => {
    expect(report('malformed.bib')).toMatch(/bad\/malformed\.bib:\d+: malformed BibTeX/);
  });
  it('a key defined twice names both lines', () => {
    expect(report('duplicate-key.bib')).toContain(
      'bad/duplicate-key.bib:13: citation key "example2014source" is defined twice (first at line 1): remove or rename one',
    );
  });
});

describe('bad figures', () => {
  it('a figure without a source', () => {
    expect(report('figure-without-source.yaml')).toContain('figure-without-source.yaml:1: figure "bad-no-source": `source`: is required');
  });
  it('a range with min above max', () => {
    expect(report('figure-min-above-max.yaml')).toContain('figure-min-above-max.yaml:2: figure "bad-range": `min`: range has min 5000 > max 2000: swap them');
  });
  it('a negative count', () => {
    expect(report('figure-negative-count.yaml')).toContain('figure-negative-count.yaml:2: figure "bad-negative": `value`: counts cannot be negative');
  });
  it('an unknown country code', () => {
    expect(report('figure-unknown-country.yaml')).toContain('"KGZ" is not an ISO 3166-1 alpha-2 country code');
  });
  it('a flow to an unknown place', () => {
    expect(report('figure-unknown-place.yaml')).toContain('figure-unknown-place.yaml:10: figure "bad-flow": flow to unknown place "atlantis"');
  });
  it('a flow to a place that has no coordinates to draw', () => {
    const files = withBad('figure-place-without-coordinates.yaml');
    files.entities.places.push({ file: 'tests/fixtures/content/bad/place-without-coordinates.yaml', text: badFixture('place-without-coordinates.yaml') });
    expect(formatProblems(checkContent(files).problems)).toContain(
      'figure-place-without-coordinates.yaml:10: figure "bad-no-coordinates": flow to place "place-without-coordinates" has no coordinates to draw: add coordinates: { lat, lon } to tests/fixtures/content/bad/place-without-coordinates.yaml',
    );
  });
  it('an unknown citation key', () => {
    expect(report('figure-unknown-citation.yaml')).toContain('figure "bad-key": citation key "nosuchkey2020" is not in');
  });
  it('an id used twice', () => {
    expect(report('figure-duplicate-id.yaml')).toMatch(/figure id "example-kg-outbound" is already used at tests\/fixtures\/content\/valid\/data\/figures\/example\.yaml:1/);
  });
});

describe('links, images, drafts and unused entries', () => {
  const bad = 'tests/fixtures/content/bad/';
  it('broken internal links and anchors, each with its line and fix', () => {
    const text = report('broken-links.mdx');
    expect(text).toContain(`${bad}broken-links.mdx:18: broken link "/no-such-page/": no page /no-such-page/: link to an existing page`);
    expect(text).toContain(`${bad}broken-links.mdx:19: broken link "/data": no page /data: write "/data/" (page links end with a slash)`);
    expect(text).toContain(
      `${bad}broken-links.mdx:20: broken anchor "/articles/example-features/#no-such-section": tests/fixtures/content/valid/articles/example-features.mdx has no heading "#no-such-section": use one of #citations-and-notes, #a-table`,
    );
    expect(text).toContain(`${bad}broken-links.mdx:21: broken anchor "#missing-here": ${bad}broken-links.mdx has no heading "#missing-here": use one of #where-to-go-next`);
    expect(text).toContain(`${bad}broken-links.mdx:22: broken link "/entities/nobody/"`);
    expect(text).not.toContain('broken-links.mdx:23:');
  });
  it('images without alt text (Markdown and <img>)', () => {
    const text = report('image-without-alt.mdx');
    expect(text).toContain(`${bad}image-without-alt.mdx:16: image "/images/map.png" has no alt text: describe what it shows`);
    expect(text).toContain(`${bad}image-without-alt.mdx:17: image "/images/chart.png" has no alt text`);
    expect(text).toContain(`${bad}image-without-alt.mdx:18: image "/images/photo.png" has no alt text`);
    expect(text).not.toContain('image-without-alt.mdx:19:');
  });
  it('a draft linked from a published article', () => {
    const files = withBad('links-to-draft.mdx');
    files.articles.push(...withBad('draft-article.mdx').articles.slice(-1));
    const text = formatProblems(checkContent(files).problems);
    expect(text).toContain(
      `${bad}links-to-draft.mdx:18: link "/articles/draft-article/#unfinished" points to a draft (${bad}draft-article.mdx has draft: true): publish it or remove the link`,
    );
    expect(text.split('\n')).toHaveLength(1);
  });
  it('bibliography entries cited nowhere are warnings at their .bib line', () => {
    const { problems } = checkContent(withBad('unused-citation.bib'));
    expect(problems).toEqual([
      {
        file: `${bad}unused-citation.bib`,
        line: 17,
        severity: 'warning',
        message: 'citation key "unused2019report" is cited nowhere (no article, figure or entity uses it): cite it or remove the entry',
      },
    ]);
    expect(formatProblems(problems)).toMatch(/^tests\/fixtures\/content\/bad\/unused-citation\.bib:17: warning: citation key "unused2019report"/);
  });
  it('corrections need a full day and a text', () => {
    const text = report('bad-correction.mdx');
    expect(text).toContain('bad-correction.mdx:15: `corrections.0.date`: give the full day of a correction as a quoted "YYYY-MM-DD" date');
    expect(text).toMatch(/bad-correction\.mdx:17: `corrections\.1\.text`: is required/);
  });
  it('every kind of problem in one run, sorted by file and line', () => {
    const files = withBad('unused-citation.bib');
    for (const name of ['broken-links.mdx', 'image-without-alt.mdx', 'links-to-draft.mdx', 'draft-article.mdx', 'unknown-ids.mdx', 'typed-number.mdx']) {
      files.articles.push(...withBad(name).articles.slice(-1));
    }
    const lines = formatProblems(checkContent(files).problems).split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(13);
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/content\/[\w/.-]+:\d+: .+: .+/);
    for (const name of ['broken-links.mdx:18', 'image-without-alt.mdx:16', 'links-to-draft.mdx:18', 'unknown-ids.mdx:16', 'typed-number.mdx:16', 'unused-citation.bib:17']) {
      expect(lines.some((line) => line.includes(name))).toBe(true);
    }
  });
});
