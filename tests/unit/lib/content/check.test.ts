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
  it('an entry whose braces never close names the file and line, and hides no other key', () => {
    const text = report('malformed.bib');
    expect(text).toBe('tests/fixtures/content/bad/malformed.bib:1: the entry @online that starts here never closes: a closing brace "}" is missing (each field\'s braces must balance too)');
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
    expect(text).toContain(`${bad}image-without-alt.mdx:16: image "/favicon.svg" has no alt text: describe what it shows`);
    expect(text).toContain(`${bad}image-without-alt.mdx:17: image "/favicon.svg" has no alt text`);
    expect(text).toContain(`${bad}image-without-alt.mdx:18: image "/favicon.svg" has no alt text`);
    expect(text).not.toContain('image-without-alt.mdx:19:');
  });
  it('images that are not files of the site, or live on another site', () => {
    const text = report('image-without-alt.mdx');
    expect(text).toContain(`${bad}image-without-alt.mdx:21: image "/images/missing.png" is not a file under public/: add public/images/missing.png or fix the path`);
    expect(text).toContain(`${bad}image-without-alt.mdx:21: image "https://example.org/chart.png" is on another site, which the site never loads from`);
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

describe('provenance: locators, units, sourced and background', () => {
  const VALID_DIR = 'tests/fixtures/content/valid';
  const unitsFile = `${VALID_DIR}/sources/example2014source.yaml`;
  const check = (change: (files: ReturnType<typeof validFiles>) => void) => {
    const files = validFiles();
    change(files);
    return formatProblems(checkContent(files).problems);
  };
  const article = (files: ReturnType<typeof validFiles>) => files.articles[0]!;
  const entity = (files: ReturnType<typeof validFiles>, kind: 'organisations' | 'events', text: string) => {
    files.entities[kind][0]!.text = text;
    return files.entities[kind][0]!.file;
  };

  it('a citation whose locator is not a unit of its source, with the units there are', () => {
    const text = check((files) => {
      article(files).text = article(files).text.replace('[@example2014source, para. 3]', '[@example2014source, para. 9]');
    });
    expect(text).toMatch(/example-features\.mdx:\d+: locator "para\. 9" is not a unit of @example2014source: use one of "para\. 1", "para\. 2", "para\. 3"/);
  });
  it('a citation of a source with units but no locator', () => {
    const text = check((files) => {
      article(files).text = article(files).text.replace('[@example2014source, para. 3]', '[@example2014source]');
    });
    expect(text).toContain('cite a unit of @example2014source (e.g. "para. 1"): a source document is always cited with the locator that contains the claim');
  });
  it('a unit that no passage of the mirroring article cites, unless it says why it is left out', () => {
    const extra = '\n  - locator: para. 4\n    summary: Something the article does not follow.\n    begins: The fourth paragraph\n';
    const text = check((files) => {
      files.sources[0]!.text += extra;
    });
    expect(text).toBe(
      `${unitsFile}:13: unit "para. 4" is cited nowhere in ${VALID_DIR}/articles/example-features.mdx, which mirrors this source: cite it where the article reports it ([@example2014source, para. 4]), or say why it is left out with \`omitted: <reason>\``,
    );
    expect(check((files) => {
      files.sources[0]!.text += `${extra}    omitted: It repeats paragraph 1.\n`;
    })).toBe('');
  });
  it('a figure and an entity statement whose locators are not units', () => {
    const text = check((files) => {
      files.figures[0]!.text = files.figures[0]!.text.replace('locator: para. 1 }', 'locator: para. 7 }');
      files.entities.events[0]!.text = files.entities.events[0]!.text.replace('locator: para. 3', 'locator: sec. Nowhere');
    });
    expect(text).toContain('figure "example-kg-outbound": locator "para. 7" is not a unit of @example2014source');
    expect(text).toMatch(/example-event\.yaml:\d+: locator "sec\. Nowhere" is not a unit of @example2014source/);
  });
  it('an entity written without the sourced/background split names the fix', () => {
    const text = check((files) => {
      entity(files, 'organisations', 'name: X\nkind: armed-group\ndescription: A group.\nsources: [{ key: example2014source, locator: para. 2 }]\n');
    });
    expect(text).toContain('`description`: split `description` into `sourced` (what the sources say, each statement with its `source`) and `background` (ours, or null)');
    expect(text).toContain('`sources`: give each statement in `sourced` its own `source`');
    expect(text).toContain('`sourced`: is required');
    expect(text).toContain('`background`: is required');
  });
  it('background placed under a citation, a sourced statement without its locator, an event without its date provenance', () => {
    const text = check((files) => {
      entity(files, 'organisations', 'name: X\nkind: armed-group\nsourced:\n  - text: A group [@example2014source, para. 2].\n    source: { key: example2014source }\nbackground: Founded in 1999 [@example2014source, para. 2].\n');
      files.entities.events[0]!.text = files.entities.events[0]!.text.replace('dateFrom: source\n', '');
    });
    expect(text).toContain("`sourced.0.text`: a sourced statement contains a citation: give the citation as the statement's `source` (and `via`), not inside its text");
    expect(text).toContain('`sourced.0.source.locator`: give the `locator`: the unit of the source that contains the statement');
    expect(text).toContain('`background`: background contains a citation: background is our own explanation and never cites a source: move the cited claim into `sourced`, with its `source`');
    expect(text).toContain('`dateFrom`: say where the date comes from: `dateFrom: source` or `dateFrom: background`');
  });
  it('a citation inside a Context box (our background) is rejected', () => {
    const text = check((files) => {
      article(files).text = article(files).text.replace('they cite nothing.', 'they cite nothing [@doe2005genealogy].');
    });
    expect(text).toMatch(/example-features\.mdx:\d+: citation \[@doe2005genealogy\] inside a <Context> box: a Context box is our own background and never cites a source/);
  });
  it('an empty locator and an unclosed citation in an article body', () => {
    const text = check((files) => {
      article(files).text = article(files).text.replace('[@example2014source, para. 3]', '[@example2014source, p. ] and [@example2014source, para. 3');
    });
    expect(text).toContain('the locator "p." of @example2014source names no place');
    expect(text).toContain('a citation opens with "[" but never closes: add the "]"');
  });
});
