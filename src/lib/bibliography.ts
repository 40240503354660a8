/**
 * The bibliography, parsed once per build. rehype-citation re-reads and re-parses its .bib for
 * every file; the citation plugin here takes this parsed form instead, and the checks use it to
 * reject unknown keys, duplicate keys and malformed entries with a file and a line.
 */
import { Cite } from 'rehype-citation';
import { scanBibtex } from './bibtex-strict.ts';

/** A CSL-JSON item as citation-js produces it (only the fields the site reads are typed). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: string;
  title?: string;
  [field: string]: unknown;
}

export interface Bibliography {
  /** Path of the .bib file, for messages. */
  file: string;
  /** CSL-JSON items in file order. */
  items: CslItem[];
  /** Items by citation key. */
  byKey: ReadonlyMap<string, CslItem>;
  /** Line of each entry's `@type{key,` in the file. */
  lineOf: ReadonlyMap<string, number>;
}

/** Problems found in a .bib file, each with its 1-based line. */
export class ContentError extends Error {
  readonly problems: readonly { file: string; line: number; message: string }[];

  constructor(problems: { file: string; line: number; message: string }[]) {
    super(problems.map(({ file, line, message }) => `${file}:${line}: ${message}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * Parses BibTeX/BibLaTeX text. Throws a ContentError naming the file and line of every problem
 * the strictness pass finds (braces that do not balance, text between entries, unknown or
 * repeated fields, missing or repeated keys), or of a syntax error citation-js reports.
 */
export function parseBibliography(text: string, file: string): Bibliography {
  const scan = scanBibtex(text);
  if (scan.problems.length > 0) throw new ContentError(scan.problems.map((problem) => ({ file, ...problem })));
  const lineOf = scan.keys;

  let items: CslItem[];
  try {
    items = new Cite(text, { generateGraph: false }).data as CslItem[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1];
    throw new ContentError([
      {
        file,
        line: line === undefined ? 1 : Number(line),
        message: `malformed BibTeX (${message.split('\n')[0]}): check braces, commas and quotes near this line`,
      },
    ]);
  }
  if (items.length !== lineOf.size) {
    const parsed = new Set(items.map((item) => item.id));
    const lost = [...lineOf.keys()].filter((key) => !parsed.has(key));
    throw new ContentError([
      {
        file,
        line: (lost[0] === undefined ? undefined : lineOf.get(lost[0])) ?? 1,
        message: `malformed BibTeX: entries ${lost.join(', ')} could not be read: check their braces and fields`,
      },
    ]);
  }
  return { file, items, byKey: new Map(items.map((item) => [item.id, item])), lineOf };
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** Family names (or literal names) of a work's authors, else its editors. */
export function authorNames(item: CslItem): string[] {
  const names = ((item['author'] ?? item['editor']) as CslName[] | undefined) ?? [];
  return names.map((name) => name.family ?? name.literal ?? '').filter(Boolean);
}

/** Year of issue, or "n.d.". */
export function issuedYear(item: CslItem): string {
  const issued = item['issued'] as { 'date-parts'?: (number | string)[][] } | undefined;
  const year = issued?.['date-parts']?.[0]?.[0];
  return year === undefined ? 'n.d.' : String(year);
}
