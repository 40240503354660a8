/** The plain-Markdown rendering of a generated article (the Starlight comparison's articles). */
import { describe, expect, it } from 'vitest';
import { plainMarkdownArticle, scaleArticle, type PlainLookups } from '../../../scripts/generate-scale-articles.ts';

const pools = { keys: ['doe2005genealogy'], figures: ['fig-a'], entities: [{ id: 'imu', name: 'Islamic Movement of Uzbekistan' }] };
const lookups: PlainLookups = {
  figures: new Map([['fig-a', 'about 31,000']]),
  bareFigures: new Map([['fig-a', '31,000']]),
  keyFigures: new Map([['fig-a', { cells: ['about 31,000', 'Fighters | all', 'Estimate', 'not dated'], source: { key: 'doe2005genealogy', locator: 'para. 1' }, via: ['roe2010'] }]]),
  labels: new Map([['doe2005genealogy', 'Doe 2005'], ['roe2010', 'Roe 2010']]),
  references: new Map([['doe2005genealogy', 'Doe (2005). A Fictitious Journal Article.'], ['roe2010', 'Roe (2010). Another.']]),
};

describe('plainMarkdownArticle', () => {
  const mdx = scaleArticle(0, pools, true);
  const plain = plainMarkdownArticle(mdx, lookups);

  it('prints the words our components and citations print, without them', () => {
    expect(plain).not.toMatch(/<Entity|<Stat|\[@/);
    expect(plain).toContain('near Islamic Movement of Uzbekistan');
    expect(plain).toContain('counted as about 31,000');
    expect(plain).toMatch(/\(Doe 2005, para\. \d+\)/);
    expect(plain.match(/\(Doe 2005, para\./g)).toHaveLength(mdx.match(/\[@doe2005genealogy/g)?.length ?? -1);
  });

  it('keeps the footnotes, lists the works cited once, and gives Starlight a title and description', () => {
    expect(plain.match(/\[\^n\d+\]:/g)).toHaveLength(10);
    expect(plain.match(/^- Doe \(2005\)\. A Fictitious Journal Article\.$/gm)).toHaveLength(1);
    expect(plain).toMatch(/^---\ntitle: "Scale test article 1: [^"\n]+"\ndescription: "A generated article[^\n]*"\n---\n/);
  });
});

/** What the real articles use besides the generated ones' components (the Starlight page-weight comparison). */
describe('plainMarkdownArticle on the real articles\' components', () => {
  const mdx = [
    '---',
    'title: "A title: with a colon"',
    'summary: "A summary, quoted"',
    'source:',
    '  key: doe2005genealogy',
    '---',
    '',
    '<AtAGlance>',
    '- Counted at <Stat id="fig-a" bare /> by <Entity id="imu" form="short">the IMU</Entity> [@doe2005genealogy, para. 1; @roe2010].',
    '</AtAGlance>',
    '',
    '<FlowMap id="outbound-2014" />',
    '',
    '<Context title="What was ISIL in 2014?">',
    'Background text.',
    '</Context>',
    '',
    '<KeyFigures ids={["fig-a"]} />',
    '',
  ].join('\n');
  const plain = plainMarkdownArticle(mdx, lookups);

  it('keeps the words and drops the components', () => {
    expect(plain).not.toMatch(/<(?:Entity|Stat|AtAGlance|Context|FlowMap|KeyFigures)|\[@/);
    expect(plain).toContain('Counted at 31,000 by the IMU (Doe 2005, para. 1; Roe 2010).');
    expect(plain).toMatch(/<aside>\n\n\*\*At a glance\*\*\n/);
    expect(plain).toMatch(/<aside>\n\n\*\*What was ISIL in 2014\?\*\*\n\nBackground text\.\n\n<\/aside>/);
  });

  it('turns key figures into a table with the same columns, its pipes escaped, its sources in the references', () => {
    expect(plain).toContain('| Figure | What it counts | Status | As of | Source |');
    expect(plain).toContain('| about 31,000 | Fighters \\| all | Estimate | not dated | Doe 2005, para. 1, via Roe 2010 |');
    expect(plain.match(/^- (?:Doe|Roe) /gm)).toHaveLength(2);
  });

  it('reads the front matter as YAML', () => {
    expect(plain).toMatch(/^---\ntitle: "A title: with a colon"\ndescription: "A summary, quoted"\n---\n/);
  });
});

