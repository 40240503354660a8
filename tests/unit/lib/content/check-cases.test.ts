/**
 * Every class of maintainer mistake the content check catches, each with its file, line and fix:
 * what the parsers would accept silently (YAML comments, anchors, BibTeX braces), files the build
 * would not publish or cannot read, dates that contradict each other, maps, names that collide.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../../../src/lib/content/check.ts';
import { readContentFiles } from '../../../../src/lib/content/files.ts';
import { formatProblems } from '../../../../src/lib/content/problems.ts';
import { validFiles } from '../../../support/content-fixtures.ts';

const TODAY = '2026-12-02';
const report = (files: ContentFiles) => formatProblems(checkContent(files, { today: TODAY }).problems);
const changed = (change: (files: ContentFiles) => void, files = validFiles()) => {
  change(files);
  return report(files);
};
const V = 'tests/fixtures/content/valid';

describe('YAML that would silently lose or repeat text', () => {
  it('an unquoted " #" in a text value, which would drop the rest as a comment', () => {
    const text = changed((files) => {
      files.figures[0]!.text = files.figures[0]!.text.replace('counts: Fictitious people who left Kyrgyzstan for Syria.', 'counts: Fictitious people who left Kyrgyzstan # for Syria.');
    });
    expect(text).toContain(`${V}/data/figures/example.yaml:5: the " #" in this value starts a YAML comment, so "# for Syria." is dropped from it: put the whole value in quotes`);
  });
  it('anchors and aliases, and an alias bomb, without a crash', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(8).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const text = changed((files) => {
      files.entities.organisations[0]!.text = bomb;
    });
    expect(text).toContain('the anchor &a is not allowed in content: remove it and write values out');
    expect(text).toContain('the alias *a repeats another value: write the value out');
  });
  it('tabs used for indentation', () => {
    const text = changed((files) => {
      files.entities.organisations[0]!.text = files.entities.organisations[0]!.text.replace('  - EG', '\t- EG');
    });
    expect(text).toMatch(/example-group\.yaml:5: invalid YAML: Tabs are not allowed as indentation/);
  });
});

describe('files the build would not publish or cannot read', () => {
  it('an article that is a .md file, in a subfolder, or not named in kebab-case', () => {
    const text = changed((files) => {
      const body = files.articles[0]!.text;
      files.articles.push({ file: `${V}/articles/notes.md`, text: body }, { file: `${V}/articles/drafts/next.mdx`, text: body }, { file: `${V}/articles/My_Article.mdx`, text: body });
    });
    expect(text).toContain(`${V}/articles/notes.md:1: articles are .mdx files: rename notes.md to notes.mdx (a .md file is not published)`);
    expect(text).toContain(`${V}/articles/drafts/next.mdx:1: articles live directly in ${V}/articles/: the build does not publish drafts/next.mdx; move it up`);
    expect(text).toContain(`${V}/articles/My_Article.mdx:1: the file name "My_Article" is its URL and must be kebab-case`);
  });
  it('a file that is not UTF-8, a broken link, a byte-order mark and Windows line ends', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    const dir = join(root, 'content', 'entities', 'terms');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latin.yaml'), Buffer.from('name: Caf\xe9\n', 'latin1'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    writeFileSync(join(dir, 'bom.yaml'), `\uFEFFname: A term\r\nsourced: []\r\nbackground: null\r\n`);
    const files = readContentFiles(root, 'content');
    expect(files.unreadable!.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/entities/terms/dangling.yaml:1: this is a link to a file that does not exist: remove the link or point it at a file',
      'content/entities/terms/latin.yaml:1: this file is not UTF-8 text (a byte on this line is not valid UTF-8): save it as UTF-8',
    ]);
    expect(files.entities.terms).toEqual([{ file: 'content/entities/terms/bom.yaml', text: 'name: A term\nsourced: []\nbackground: null\n' }]);
    // The BOM file is read as YAML, so its problem is the empty `sourced`, at line 2: not "no frontmatter", not a crash.
    expect(report(files)).toContain('content/entities/terms/bom.yaml:2: `sourced`: say what the sources say about it');
  });
});

describe('dates that contradict each other or lie ahead', () => {
  it('updated before published, a correction before publication, and one after today', () => {
    const text = changed((files) => {
      files.articles[0]!.text = files.articles[0]!.text
        .replace('published: "2026-11-21"', 'published: "2026-11-21"\nupdated: "2026-11-01"')
        .replace('  - date: "2026-11-22"', '  - date: "2026-11-20"\n    text: A correction before publication.\n  - date: "2027-01-01"');
    });
    expect(text).toMatch(/example-features\.mdx:16: updated \(2026-11-01\) is before published \(2026-11-21\): fix one of them/);
    expect(text).toMatch(/a correction dated 2026-11-20 comes before the article was published \(2026-11-21\)/);
    expect(text).toMatch(/a correction dated 2027-01-01 is after today \(2026-12-02\)/);
  });
  it('a figure as of a date after today, and an event that ends before it starts', () => {
    const text = changed((files) => {
      files.figures[0]!.text = files.figures[0]!.text.replace('asOf: "2014-10"', 'asOf: "2030"');
      files.entities.events[0]!.text = files.entities.events[0]!.text.replace('date: "2014-10-07"', 'date: "2014-10-07"\nendDate: "2014-09"');
    });
    expect(text).toContain('figure "example-kg-outbound": asOf 2030 is after today (2026-12-02)');
    expect(text).toContain('event "example-event" ends (2014-09) before it starts (2014-10-07): swap or fix the dates');
  });
  it('judgment calls: 2.5 people, and a title no list can show', () => {
    const text = changed((files) => {
      files.figures[0]!.text = files.figures[0]!.text.replace('  value: 150', '  value: 2.5');
      files.articles[0]!.text = files.articles[0]!.text.replace(/^title: .*$/m, `title: "${'A very long title '.repeat(14)}"`);
    });
    expect(text).toContain('figure "example-kg-outbound": `value`: 2.5 people is not a whole number: counts of people are whole');
    expect(text).toContain('`title`: a title of more than 200 characters cannot be read in a list or a tab: shorten it');
  });
  it('a blank title or summary', () => {
    const text = changed((files) => {
      files.articles[0]!.text = files.articles[0]!.text.replace(/^title: .*$/m, 'title: "  "').replace(/^summary: .*$/m, 'summary: ""');
    });
    expect(text).toContain('`title`: the title is empty: write one');
    expect(text).toContain('`summary`: the summary is empty: write one or two sentences');
  });
});

describe('names and maps', () => {
  it('an alias that already names another entity', () => {
    const text = changed((files) => {
      files.entities.places[0]!.text = files.entities.places[0]!.text.replace('aliases:\n', 'aliases:\n  - Example Group\n');
    });
    expect(text).toMatch(/kyrgyzstan\.yaml:\d+: "Example Group" already names example-group .*: an alias names one entity only; remove it here or there/);
  });
  it('every mistake of maps.yaml and of <FlowMap id>, with lines, at once', () => {
    const files = readContentFiles(process.cwd(), 'tests/fixtures/content/maps');
    files.maps!.text = files.maps!.text
      .replace('summary: Kazakhstan took back {fx-kz-returned}', 'summary: Kazakhstan took back {fx-nope}')
      .replace('include: [fx-tm-denied]', 'include: [fx-diaspora]')
      .replace('place: afghanistan, label: Group in Afghanistan', 'place: atlantis, label: Group in Atlantis')
      .replace('locator: para. 11 } }', 'locator: para. 11 }, via: [nokey] }')
      .replace('title: Fictitious departures', 'title: ""');
    files.articles[0]!.text += '\n<FlowMap id="no-such-map" />\n';
    const text = report(files);
    const maps = 'tests/fixtures/content/maps/data/maps.yaml';
    expect(text).toContain(`${maps}:3: map "fixture-outbound": \`title\`: the title is empty: write it`);
    expect(text).toMatch(/maps\.yaml:\d+: map "fixture-routes": unknown place "atlantis"/);
    expect(text).toMatch(/maps\.yaml:\d+: map "fixture-returns": figure "fx-diaspora" has no `flow` to draw/);
    expect(text).toMatch(/maps\.yaml:\d+: map "fixture-returns": the summary refers to unknown figure "fx-nope"/);
    expect(text).toMatch(/maps\.yaml:\d+: map "fixture-routes": citation key "nokey" is not in/);
    expect(text).toMatch(/\.mdx:\d+: <FlowMap id="no-such-map" \/>: there is no map "no-such-map"/);
  });
  it('a YAML syntax error in maps.yaml names the file and line', () => {
    const files = readContentFiles(process.cwd(), 'tests/fixtures/content/maps');
    files.maps!.text = files.maps!.text.replace('- id: fixture-routes', '- id: fixture-routes\n  title: [unclosed');
    expect(report(files)).toMatch(/^tests\/fixtures\/content\/maps\/data\/maps\.yaml:\d+: invalid YAML/m);
  });
});
