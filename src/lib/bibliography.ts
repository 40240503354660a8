/**
 * The bibliography, parsed once per build. rehype-citation re-reads and re-parses its .bib for
 * every file; the citation plugin here takes this parsed form instead, and the checks use it to
 * reject unknown keys, duplicate keys and malformed entries with a file and a line.
 */
import { Cite } from 'rehype-citation';

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

const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*\{[ \t]*([^,\s]*)/gm;

/** Entry keys with their lines, as written (before any parsing). */
export function scanEntryKeys(text: string): { key: string; type: string; line: number }[] {
  const found = [];
  for (const match of text.matchAll(ENTRY_START)) {
    const type = match[1]!.toLowerCase();
    if (type === 'comment' || type === 'string' || type === 'preamble') continue;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ key: match[2] ?? '', type, line });
  }
  return found;
}

/**
 * Parses BibTeX/BibLaTeX text. Throws a ContentError naming the file and line for a syntax
 * error, an entry without a key, or a key defined twice (all duplicates in one message).
 */
export function parseBibliography(text: string, file: string): Bibliography {
  const scanned = scanEntryKeys(text);
  const lineOf = new Map<string, number>();
  const problems: { file: string; line: number; message: string }[] = [];
  for (const { key, line } of scanned) {
    if (key === '') {
      problems.push({ file, line, message: 'entry has no citation key: write @type{key, …}' });
    } else if (lineOf.has(key)) {
      const message = `citation key "${key}" is defined twice (first at line ${lineOf.get(key)}): remove or rename one`;
      problems.push({ file, line, message });
    } else {
      lineOf.set(key, line);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

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
