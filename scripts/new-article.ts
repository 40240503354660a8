/**
 * `npm run new:article -- "Title" --source <bibtex-key> [--slug <slug>] [--date YYYY-MM-DD]`:
 * scaffolds content/articles/<slug>.mdx with valid frontmatter (the source's title, author, date
 * and venue taken from its BibTeX entry) and the sections a mirrored article needs, as a draft.
 * Add the source's entry to content/bibliography.bib first. See CONTRIBUTING.md.
 */
import { CONTENT_DIR } from '../src/config.ts';
import { KEBAB_ID } from '../src/schemas/common.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ContentError, parseBibliography, type CslItem } from '../src/lib/bibliography.ts';

export interface ScaffoldOptions {
  title: string;
  /** Citation key of the source document in the bibliography. */
  sourceKey: string;
  /** The source's BibTeX entry as parsed (fills title, author, date and venue), if there is one. */
  source?: CslItem | undefined;
  /** Publication date on this site (YYYY-MM-DD). */
  published: string;
}

/** A kebab-case file name from a title: "ISIL and Central Asia, 2014" → "isil-and-central-asia-2014". */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'article';
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return cut.slice(0, lastDash > 0 ? lastDash : maxLength);
}

/** A YAML double-quoted string. */
const quote = (value: string): string => JSON.stringify(value);
const quoteOrNull = (value: string | undefined): string => (value === undefined || value === '' ? 'null' : quote(value));

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

function authorOf(item: CslItem | undefined): string | undefined {
  const names = (item?.['author'] as CslName[] | undefined) ?? [];
  if (names.length === 0) return undefined;
  return names.map((name) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ')).join(', ');
}

function dateOf(item: CslItem | undefined): string | undefined {
  const parts = (item?.['issued'] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  if (!parts || parts.length === 0 || !Number.isFinite(parts[0])) return undefined;
  return parts
    .slice(0, 3)
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

function venueOf(item: CslItem | undefined): string | undefined {
  for (const field of ['container-title', 'collection-title', 'publisher']) {
    const value = item?.[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The text of a new article: draft frontmatter that passes the schema, and the sections to fill. */
export function scaffoldArticle({ title, sourceKey, source, published }: ScaffoldOptions): string {
  const key = sourceKey;
  const date = dateOf(source);
  return `---
title: ${quote(title)}
summary: "TODO: one or two sentences on what the source says, for lists, search results and social cards."
source:
  key: ${key}
  title: ${quoteOrNull(typeof source?.title === 'string' ? source.title : undefined)}
  author: ${quoteOrNull(authorOf(source))}
  date: ${quote(date ?? published.slice(0, 4))}${date === undefined ? ' # TODO: the source gives no date in the bibliography: check it' : ''}
  venue: ${quoteOrNull(venueOf(source))}
  languages: [en]
  mirroring: "TODO: how this article follows the source, e.g. one section per section of the source, in its order."
countries: []
organisations: []
topics: []
published: ${quote(published)}
draft: true
example: false
corrections: []
---

{/*
  Mirror the source: one level-two section per section of the source, in the same order, every
  claim and every figure carried over in our own words. Cite the source with a locator after each
  claim, as in [@${key}, para. 1], and cite the works it relies on too. Numbers come from
  content/data/figures through the Stat component; people, groups and places get the Entity
  component on first mention in a section; our own explanations go in Context boxes or footnotes.
  Set draft: false when the article is ready. CONTRIBUTING.md explains each step.
*/}

<AtAGlance>
- TODO: the source's main points in three to five short bullets, each with its citation [@${key}, para. 1].
</AtAGlance>

## Introduction

TODO: what the source's opening sets out, in our own words [@${key}, para. 1].

## The source's argument

TODO: one section like this for each section of the source, in its order [@${key}, para. 1].

## Conclusion

TODO: how the source concludes, and what it recommends [@${key}, para. 1].
`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, slug: { type: 'string' }, date: { type: 'string' } },
  });
  const title = positionals.join(' ').trim();
  const contentDir = CONTENT_DIR;
  const bibliographyFile = join(contentDir, 'bibliography.bib');
  const usage = 'usage: npm run new:article -- "Title of the article" --source <bibtex-key> [--slug <file-name>] [--date YYYY-MM-DD]';
  if (title === '') throw new Error(`give the article's title.\n${usage}`);
  let bibliography;
  try {
    bibliography = parseBibliography(existsSync(bibliographyFile) ? readFileSync(bibliographyFile, 'utf8') : '', bibliographyFile);
  } catch (caught) {
    if (caught instanceof ContentError) throw new Error(`fix ${bibliographyFile} first (npm run check:content lists its problems):\n${caught.message}`);
    throw caught;
  }
  const sourceKey = values.source;
  if (sourceKey === undefined || !bibliography.byKey.has(sourceKey)) {
    const keys = [...bibliography.byKey.keys()].join(', ');
    throw new Error(
      `${sourceKey === undefined ? 'give' : `"${sourceKey}" is not in ${bibliographyFile}: add its BibTeX entry, then give`} ` +
        `the citation key of the source document the article mirrors with --source (keys in ${bibliographyFile}: ${keys || 'none yet'}).\n${usage}`,
    );
  }
  const published = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new Error(`--date must be YYYY-MM-DD, not "${published}".\n${usage}`);
  const slug = values.slug ?? slugify(title);
  if (!KEBAB_ID.test(slug)) throw new Error(`--slug must be kebab-case (a-z, 0-9, -), not "${slug}".`);
  const file = join(contentDir, 'articles', `${slug}.mdx`);
  if (existsSync(file)) throw new Error(`${file} already exists: choose another title or --slug.`);
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  writeFileSync(file, scaffoldArticle({ title, sourceKey, source: bibliography.byKey.get(sourceKey), published }));
  console.log(
    `Created ${file} (a draft). Next:\n` +
      `  1. fill in every TODO, one "##" section per section of the source;\n` +
      `  2. npm run check:content, then npm run dev to read it at /articles/${slug}/;\n` +
      `  3. set draft: false when it is ready, commit and push (see CONTRIBUTING.md).`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (caught) {
    console.error(`new:article: ${caught instanceof Error ? caught.message : String(caught)}`);
    process.exitCode = 1;
  }
}
