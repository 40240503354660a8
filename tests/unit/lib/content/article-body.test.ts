import { describe, expect, it } from 'vitest';
import { readArticleBody, type BodyReferences } from '../../../../src/lib/content/article-body.ts';

const read = (body: string): BodyReferences => {
  const result = readArticleBody(body, 1);
  if ('syntaxError' in result) throw new Error(result.syntaxError.id);
  return result.body;
};
const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);

describe('readArticleBody reads what the build compiles', () => {
  it('sees ids in any quoting, in expression props and in multi-line tags', () => {
    const body = read(`<Entity id="ktj">KTJ</Entity>, <Entity id='isil'>IS</Entity> and <Entity id={"imu"}>IMU</Entity>.

<KeyFigures
  ids={[
    "isil14-kg-official",
    "pi21-ca-returned-2019",
  ]}
/>

<Stat id={\`x-1\`} /> and <FlowMap id="outbound-2014" />`);
    expect(ids(body.entities)).toEqual(['ktj', 'isil', 'imu']);
    expect(ids(body.figures)).toEqual(['isil14-kg-official', 'pi21-ca-returned-2019', 'x-1']);
    expect(ids(body.maps)).toEqual(['outbound-2014']);
    expect(body.strayNumbers).toEqual([]);
  });
  it('asks for a literal where a prop is an expression it cannot read', () => {
    expect(ids(read('Counted <Stat id={name} />.').mistakes)).toEqual(['<Stat id={…}> is not a plain literal: write id="…" so the check can read it']);
  });
  it('finds citations with their lines and locators, in emphasis too; not in code', () => {
    const body = read('One *claim [@a, para. 1]*.\n\nTwo `[@b]` and\n[@c, sec. X, para. 2].');
    expect(body.citations).toEqual([
      { id: 'a', line: 1, locator: 'para. 1' },
      { id: 'c', line: 4, locator: 'sec. X, para. 2' },
    ]);
  });
  it('rejects a citation in a heading or link text', () => {
    expect(ids(read('## Heading [@a]\n\n[text [@b]](/data/)').citationProblems)).toEqual([
      'a citation inside a heading cannot be linked: move it outside',
      'a citation inside link text cannot be linked: move it outside',
    ]);
  });
  it('types no number into prose, but years, dates and the digits of ids and URLs are fine', () => {
    const body = read('In 1991 and on 12 April 2019 [@a, para. 3], see [x](/entities/a-1/); but 34 states joined.');
    expect(ids(body.strayNumbers)).toEqual(['34']);
  });
});

describe('notes and links', () => {
  it('a note with no definition, a note defined twice, and a definition nothing refers to', () => {
    const body = read('Text.[^a] More.[^b]\n\n[^b]: One.\n\n[^b]: Two.\n\n[^c]: Unused.');
    expect(body.mistakes.map((m) => [m.line, m.id.split(':')[0]])).toEqual([
      [1, 'the note [^a] has no definition, so it would print as text'],
      [5, 'the note [^b] is defined twice (first at line 3)'],
      [7, 'the note [^c] is defined but never referred to, so it would not be shown'],
    ]);
  });
  it('checks reference-style links, and reports one with no definition', () => {
    const body = read('See [the data][d] and [missing][m].\n\n[d]: /data/');
    expect(ids(body.links)).toEqual(['/data/']);
    expect(ids(body.mistakes)).toEqual(['the link [m] has no definition ("[m]: /path/"), so it would print as text']);
  });
});

describe('markup content may not carry', () => {
  it('scripts, event handlers, javascript: URLs, embeds and images from other sites, imports and expressions', () => {
    const body = read(`<script>alert(1)</script>

<p onClick="x()">Hi</p> [go](javascript:alert(1)) <a href="javascript:void(0)">x</a>

<iframe src="https://example.org/"></iframe> <img src="https://example.org/a.png" alt="a" />

export const x = 1

{1 + 1} {/* a comment is fine */}`);
    expect(body.unsafe.map((u) => u.id.split(':')[0])).toEqual([
      '<script> in an article',
      'the event handler onClick= on <p>',
      'a link to "javascript',
      'href="javascript',
      '<iframe> in an article',
      '<img src="https',
      'an `import` or `export` in an article',
      'the expression {1 + 1}',
    ]);
  });
  it('an empty <Entity /> would be an invisible link; an empty body publishes nothing', () => {
    expect(ids(read('See <Entity id="imu" />.').mistakes)).toEqual(['<Entity> has no text, so its link would be invisible: write the name between <Entity id="…"> and </Entity>']);
    expect(ids(read('\n\n').mistakes)).toEqual(['the article has no text: write its body below the frontmatter']);
  });
  it('an MDX syntax error: its line, and what to do', () => {
    const result = readArticleBody('Fine.\n\nA stray < sign and {unclosed\n', 10);
    expect(result).toEqual({ syntaxError: { line: 12, id: expect.stringMatching(/^MDX syntax error: .+: fix the markup on this line/) } });
  });
});
