/**
 * `node scripts/generate-scale-articles.ts [--count 1000] [--out test-results/scale/content]
 * [--no-citations] [--keep-articles]`: a content folder for the build-scale benchmark. It copies
 * the real content/ (bibliography, figures, entities, maps) and writes N generated articles of
 * about 3,000 words, each with 25 citations against real bibliography keys (single works, with
 * locators), 10 footnotes, real figure ids (<Stat>) and entity ids (<Entity>). The text is
 * lorem-like but varied (a seeded word generator), so Pagefind and the Markdown pipeline see
 * distinct pages. `--no-citations` writes the same articles with the citations left out, for the
 * "same build without citations" comparison. The real articles are left out unless
 * `--keep-articles`, so every build compared has exactly the generated pages to process.
 * Build it with CONTENT_DIR=<out> (see scripts/bench.ts).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { authorNames, issuedYear, parseBibliography } from '../src/lib/bibliography.ts';
import { formatAsOfCell, formatFigure, formatFigureValue, STATUS_LABELS } from '../src/lib/figures.ts';
import type { Figure } from '../src/schemas/figure.ts';

export interface ScaleOptions {
  count: number;
  out: string;
  citations: boolean;
  keepArticles: boolean;
  /** The real content folder to copy. */
  from?: string;
}

const WORDS = (
  'region border state government policy security migrant worker labour return returnee family village city ' +
  'valley mountain river market school mosque imam community elder youth network recruiter recruitment ' +
  'ideology movement group faction leader fighter volunteer conflict war crisis campaign coalition court ' +
  'prison sentence amnesty programme rehabilitation reintegration dialogue report estimate figure count ' +
  'ministry agency service official observer scholar author analysis source record archive interview survey ' +
  'language identity history tradition practice belief faith law order reform economy poverty income remittance ' +
  'travel route transit passport document decision pressure response risk threat trend pattern change period ' +
  'decade year season month early late central northern southern eastern western local national regional ' +
  'international public private formal informal official unofficial recent earlier later careful uncertain ' +
  'limited broad narrow direct indirect gradual sudden modest significant partial complete common rare ' +
  'describes suggests notes argues records reports compares estimates explains questions doubts confirms ' +
  'shows links traces follows counts lists names places keeps leaves meets builds opens closes moves'
).split(' ');

/** A small seeded generator (mulberry32): the same article number always gives the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  return `${list[0]!.charAt(0).toUpperCase()}${list[0]!.slice(1)} ${list.slice(1).join(' ')}`;
}

/** What the generated articles draw from: citable keys, figure ids and entities of the real content. */
export interface Pools {
  keys: string[];
  figures: string[];
  entities: { id: string; name: string }[];
}

/** The pools of a content folder (its bibliography, figures and entities). */
export function readPools(content: string): Pools {
  const bibFile = join(content, 'bibliography.bib');
  // Works with their units in content/sources/ are left out: a locator to them must name one of
  // those units, and the generated "para. N" would not (the content check fails the build).
  const keys = parseBibliography(readFileSync(bibFile, 'utf8'), bibFile)
    .items.map((item) => String(item['id']))
    .filter((key) => !existsSync(join(content, 'sources', `${key}.yaml`)));
  const figureDir = join(content, 'data', 'figures');
  const figures = readdirSync(figureDir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => (parseYaml(readFileSync(join(figureDir, name), 'utf8')) as { id: string }[]).map((figure) => figure.id));
  const entityDir = join(content, 'entities');
  const entities = readdirSync(entityDir).flatMap((kind) =>
    readdirSync(join(entityDir, kind))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ id: basename(name, '.yaml'), name: (parseYaml(readFileSync(join(entityDir, kind, name), 'utf8')) as { name: string }).name })),
  );
  return { keys, figures, entities };
}

const SECTIONS = 10;
const PARAGRAPHS = 3;
const CITATIONS = 25;
const FOOTNOTES = 10;

/** One article: ~3,000 words in 10 sections, 25 citations, 10 footnotes, figures and entities. */
export function scaleArticle(index: number, pools: Pools, citations: boolean): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const cite = () => (citations ? ` [@${pick(pools.keys)}, para. ${1 + Math.floor(next() * 12)}]` : '');
  const body: string[] = [];
  let cited = 0;
  let noted = 0;
  const slots = SECTIONS * PARAGRAPHS;
  for (let section = 0; section < SECTIONS; section += 1) {
    body.push(`## ${sentence(next, 4)}`, '');
    for (let paragraph = 0; paragraph < PARAGRAPHS; paragraph += 1) {
      const slot = section * PARAGRAPHS + paragraph;
      const sentences: string[] = [];
      // About 100 words a paragraph: 7 sentences of 12–16 words.
      for (let s = 0; s < 7; s += 1) sentences.push(sentence(next, 12 + Math.floor(next() * 5)));
      const entity = pick(pools.entities);
      sentences[1] = `${sentences[1]} near <Entity id="${entity.id}">${entity.name}</Entity>`;
      if (slot % 3 === 0) sentences[2] = `${sentences[2]}, counted as <Stat id="${pick(pools.figures)}" />`;
      // 15 citations and 10 notes spread evenly over the 30 paragraphs; each note cites once more (25 in all).
      const citeHere = Math.floor(((slot + 1) * (CITATIONS - FOOTNOTES)) / slots) - cited;
      for (let c = 0; c < citeHere; c += 1) sentences[3 + c] = `${sentences[3 + c]}${cite()}`;
      cited += citeHere;
      const noteHere = Math.floor(((slot + 1) * FOOTNOTES) / slots) - noted;
      if (noteHere > 0) {
        noted += 1;
        sentences[6] = `${sentences[6]}[^n${noted}]`;
      }
      body.push(`${sentences.join('. ')}.`, '');
    }
  }
  for (let note = 1; note <= FOOTNOTES; note += 1) body.push(`[^n${note}]: ${sentence(next, 20)}${cite()}.`, '');
  const key = pick(pools.keys);
  return [
    '---',
    `title: "Scale test article ${index + 1}: ${sentence(next, 5).toLowerCase()}"`,
    `summary: A generated article for the build-scale benchmark (${citations ? 'with' : 'without'} citations); not part of the site.`,
    'source:',
    `  key: ${key}`,
    '  title: "A generated source"',
    '  author: null',
    '  date: "2020"',
    '  venue: null',
    '  languages: [en]',
    '  mirroring: Generated text; it mirrors nothing.',
    'published: "2026-01-01"',
    'draft: false',
    'example: false',
    '---',
    '',
    ...body,
  ].join('\n');
}

/** Writes `count` generated articles into a copy of the real content folder. */
export function generateScaleContent({ count, out, citations, keepArticles, from = 'content' }: ScaleOptions): { articles: number; words: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(from, out, { recursive: true });
  const articles = join(out, 'articles');
  if (!keepArticles) rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  const pools = readPools(from);
  let words = 0;
  for (let index = 0; index < count; index += 1) {
    const text = scaleArticle(index, pools, citations);
    if (index === 0) words = text.split(/\s+/).length;
    writeFileSync(join(articles, `scale-${String(index + 1).padStart(5, '0')}.mdx`), text);
  }
  return { articles: count, words };
}

/** A key-figure table's row, as <KeyFigures> prints it: its cells, and the work its last cell cites. */
export interface KeyFigureRow {
  /** Figure (with its qualifier, in digits), what it counts, status and date. */
  cells: readonly [string, string, string, string];
  source: { key: string; locator?: string | undefined };
  via?: readonly string[] | undefined;
}

/** The words our components and citations print, for a plain rendering without them. */
export interface PlainLookups {
  /** A figure's text in a sentence, as <Stat> prints it: "about 31,000". */
  figures: ReadonlyMap<string, string>;
  /** The same without its qualifier, as <Stat bare> prints it: "31,000". */
  bareFigures: ReadonlyMap<string, string>;
  /** A figure's row in a key-figure table. */
  keyFigures: ReadonlyMap<string, KeyFigureRow>;
  /** A work's author-date label, as an inline citation prints it: "Doe 2005". */
  labels: ReadonlyMap<string, string>;
  /** A work's entry in a reference list: "Doe (2005). A title." */
  references: ReadonlyMap<string, string>;
}

/** The lookups of a content folder: figure texts and author-date labels of every work. */
export function readPlainLookups(content: string): PlainLookups {
  const figureDir = join(content, 'data', 'figures');
  const figures = readdirSync(figureDir)
    .filter((name) => name.endsWith('.yaml'))
    // The YAML is the figures collection's source; its schema is checked by the content check, not here.
    .flatMap((name) => parseYaml(readFileSync(join(figureDir, name), 'utf8')) as (Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier' | 'counts' | 'status' | 'asOf' | 'source' | 'via'> & { id: string })[]);
  const bibFile = join(content, 'bibliography.bib');
  const items = parseBibliography(readFileSync(bibFile, 'utf8'), bibFile).items;
  const label = (item: (typeof items)[number]) => `${authorNames(item).join(' and ') || (item.title ?? item.id)} ${issuedYear(item)}`;
  const row = (figure: (typeof figures)[number]): KeyFigureRow => ({
    cells: [formatFigure(figure), figure.counts, STATUS_LABELS[figure.status], formatAsOfCell(figure)],
    source: figure.source,
    via: figure.via,
  });
  return {
    figures: new Map(figures.map((figure) => [figure.id, formatFigure(figure, 'prose')])),
    bareFigures: new Map(figures.map((figure) => [figure.id, formatFigureValue(figure, 'prose')])),
    keyFigures: new Map(figures.map((figure) => [figure.id, row(figure)])),
    labels: new Map(items.map((item) => [item.id, label(item)])),
    references: new Map(items.map((item) => [item.id, `${authorNames(item).join(', ') || 'Anonymous'} (${issuedYear(item)}). ${item.title ?? item.id}.`])),
  };
}

/**
 * The same article as plain Markdown (for a site without our components and citation pipeline,
 * such as the Starlight comparison), with the words a reader would see; for the generated
 * articles and the real ones alike:
 * - `<Entity id="…">Name</Entity>` → `Name` (the entity's page link dropped);
 * - `<Stat id="…" />` → the figure's text, as <Stat> prints it ("about 31,000"; `bare`: "31,000");
 * - `<KeyFigures ids={[…]} />` → a GFM table with the same five columns;
 * - `<Context title="…">` and `<AtAGlance>` → an `<aside>` led by the title in bold;
 * - `<FlowMap />` → nothing (a plain site has no map; ours carries its SVG and tables);
 * - `[@key, para. 3; @other]` → `(Author Year, para. 3; Other Year)`, and a "References" section
 *   listing the works cited, in order of first citation, like the bibliography our pipeline appends;
 * - footnotes (`[^n1]`) stay: they are GFM, which any Markdown pipeline with GFM renders;
 * - the front matter becomes `title` and `description` (the summary).
 */
export function plainMarkdownArticle(mdx: string, lookups: PlainLookups): string {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  // The front matter's schema is the content check's business; here only its two strings are read.
  const data = parseYaml(front) as { title?: unknown; summary?: unknown };
  const cited: string[] = [];
  const cite = (key: string, locator?: string) => {
    if (!cited.includes(key)) cited.push(key);
    const label = lookups.labels.get(key) ?? key;
    return locator ? `${label}, ${locator}` : label;
  };
  const citeGroup = (group: string) =>
    group
      .split(';')
      .map((part) => {
        const [, key = part, locator] = /^\s*@([^,\s]+)(?:,\s*(.+?))?\s*$/.exec(part) ?? [];
        return cite(key, locator);
      })
      .join('; ');
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const keyFigures = (ids: string[]) => {
    const rows = ids.map((id) => {
      const figure = lookups.keyFigures.get(id);
      if (!figure) return `| ${id} | | | | |`;
      const source = [cite(figure.source.key, figure.source.locator), ...(figure.via ?? []).map((key) => `via ${cite(key)}`)].join(', ');
      return `| ${[...figure.cells, source].map(cell).join(' | ')} |`;
    });
    return ['| Figure | What it counts | Status | As of | Source |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  };
  const plain = body
    .replace(/<Entity [^>]*>([^<]*)<\/Entity>/g, '$1')
    .replace(/<Stat id="([^"]*)"( bare)? \/>/g, (_, id: string, bare?: string) => (bare ? lookups.bareFigures : lookups.figures).get(id) ?? id)
    .replace(/<KeyFigures ids=\{(\[[^\]]*\])\} \/>/g, (_, ids: string) => keyFigures(JSON.parse(ids) as string[]))
    .replace(/<FlowMap [^>]*\/>\n?/g, '')
    .replace(/<Context title="([^"]*)">/g, '<aside>\n\n**$1**\n')
    .replace(/<AtAGlance>/g, '<aside>\n\n**At a glance**\n')
    .replace(/<\/(?:Context|AtAGlance)>/g, '\n</aside>')
    .replace(/ \[(@[^\]]+)\]/g, (_, group: string) => ` (${citeGroup(group)})`);
  const references = cited.length ? ['## References', '', ...cited.map((key) => `- ${lookups.references.get(key) ?? key}`), ''] : [];
  return ['---', `title: ${JSON.stringify(String(data.title ?? ''))}`, `description: ${JSON.stringify(String(data.summary ?? ''))}`, '---', '', plain.trimEnd(), '', ...references].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string', default: join('test-results', 'scale', 'content') },
      'no-citations': { type: 'boolean', default: false },
      'keep-articles': { type: 'boolean', default: false },
    },
  });
  if (!existsSync('content')) throw new Error('Run from the project root (no content/ here).');
  const result = generateScaleContent({
    count: Number(values.count),
    out: values.out,
    citations: !values['no-citations'],
    keepArticles: values['keep-articles'],
  });
  console.log(`Wrote ${result.articles} articles (~${result.words} words each) to ${values.out}`);
}
