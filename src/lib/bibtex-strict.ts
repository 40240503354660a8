/**
 * A strictness pass over a .bib file, before citation-js parses it. citation-js is forgiving:
 * an entry with one closing brace too many ends early and the fields after it are dropped (the
 * work is then cited "n.d."); a misspelt field is kept and ignored. Here every entry's braces
 * must balance, nothing may stand between entries, every field must be one BibLaTeX knows and
 * appear once. Pure: it returns every problem with its line, and the keys it could read.
 */

export interface BibtexScan {
  /** Citation keys of the entries, with their lines (also when the file has problems). */
  keys: Map<string, number>;
  problems: { line: number; message: string }[];
}

/** BibLaTeX's data fields (and BibTeX's aliases of them) that a bibliography of this site may use. */
const KNOWN_FIELDS = new Set(
  `abstract addendum address annotation annotator author bookauthor booksubtitle booktitle chapter commentator date day doi edition editor
  editora editortype eid eprint eprintclass eprinttype eventdate eventtitle howpublished indextitle institution isan isbn ismn isrn issn issue
  issuetitle iswc journal journalsubtitle journaltitle keywords label langid language library location mainsubtitle maintitle month note number
  organization origdate origlanguage origlocation origpublisher origtitle pages pagetotal part publisher pubstate school series shortauthor
  shorttitle subtitle title titleaddon translator type url urldate venue version volume volumes year`.split(/\s+/),
);
const SPECIAL = new Set(['comment', 'string', 'preamble']);

export function scanBibtex(text: string): BibtexScan {
  const keys = new Map<string, number>();
  const problems: BibtexScan['problems'] = [];
  let at = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = at; i < to; i++) if (text[i] === '\n') line += 1;
    at = to;
  };
  const skipSpace = () => {
    for (;;) {
      const match = /^(?:\s+|%[^\n]*)/.exec(text.slice(at));
      if (!match || match[0].length === 0) return;
      advance(at + match[0].length);
    }
  };
  /** Index just past the brace that closes the one at `open`, or -1. */
  const closing = (open: number): number => {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '\\') i += 1;
      else if (text[i] === '{') depth += 1;
      else if (text[i] === '}' && --depth === 0) return i + 1;
    }
    return -1;
  };

  for (skipSpace(); at < text.length; skipSpace()) {
    if (text[at] !== '@') {
      const stray = text.slice(at).split('\n')[0]!.trim().slice(0, 40);
      problems.push({ line, message: `"${stray}" stands outside any entry: a closing brace too many ends the entry above early and drops the fields after it; remove the extra "}" (or, if this starts an entry, write "@type{key,")` });
      const next = text.indexOf('\n@', at);
      advance(next === -1 ? text.length : next + 1);
      continue;
    }
    const head = /^@([A-Za-z]+)\s*\{/.exec(text.slice(at));
    if (!head) {
      problems.push({ line, message: 'an entry starts with "@" but not with "@type{": write @online{key, …}' });
      advance(at + 1);
      continue;
    }
    const type = head[1]!.toLowerCase();
    const open = at + head[0].length - 1;
    const end = closing(open);
    const entryLine = line;
    if (end === -1) {
      problems.push({ line: entryLine, message: `the entry @${type} that starts here never closes: a closing brace "}" is missing (each field's braces must balance too)` });
      // Keep its key, and go on with the next entry, so one broken entry hides nothing else.
      const key = /^([^,\s}]+)\s*,/.exec(text.slice(open + 1))?.[1];
      if (key && !SPECIAL.has(type) && !keys.has(key)) keys.set(key, entryLine);
      const next = text.indexOf('\n@', open);
      advance(next === -1 ? text.length : next + 1);
      continue;
    }
    if (!SPECIAL.has(type)) readEntry(text.slice(open + 1, end - 1), entryLine, type, keys, problems);
    advance(end);
  }
  return { keys, problems };
}

/** One entry's body (between its outer braces): the key, then `field = value` pairs. */
function readEntry(body: string, firstLine: number, type: string, keys: Map<string, number>, problems: BibtexScan['problems']): void {
  const comma = body.indexOf(',');
  const key = (comma === -1 ? body : body.slice(0, comma)).trim();
  if (key === '' || /\s/.test(key)) {
    problems.push({ line: firstLine, message: `@${type} has no citation key: write @${type}{key, …}` });
    return;
  }
  if (keys.has(key)) problems.push({ line: firstLine, message: `citation key "${key}" is defined twice (first at line ${keys.get(key)}): remove or rename one` });
  else keys.set(key, firstLine);
  const seen = new Set<string>();
  const lineAt = (offset: number) => firstLine + body.slice(0, offset).split('\n').length - 1;
  let at = comma === -1 ? body.length : comma + 1;
  while (at < body.length) {
    const rest = body.slice(at);
    const blank = /^[\s,]*$/.exec(rest);
    if (blank) return;
    const field = /^\s*([A-Za-z][\w-]*)\s*=\s*/.exec(rest);
    if (!field) {
      problems.push({ line: lineAt(at + (/^\s*/.exec(rest)?.[0].length ?? 0)), message: `in @${type}{${key}}: "${rest.trim().split('\n')[0]!.slice(0, 40)}" is not a field: write name = {value}, fields separated by commas` });
      return;
    }
    const name = field[1]!.toLowerCase();
    const fieldLine = lineAt(at + field[0].indexOf(field[1]!));
    if (!KNOWN_FIELDS.has(name)) problems.push({ line: fieldLine, message: `in @${type}{${key}}: unknown field \`${field[1]}\`: fix its spelling (BibLaTeX fields such as author, title, date, journaltitle, note)` });
    else if (seen.has(name)) problems.push({ line: fieldLine, message: `in @${type}{${key}}: the field \`${name}\` is given twice: keep one` });
    seen.add(name);
    at += field[0].length;
    const valueEnd = endOfValue(body, at);
    if (valueEnd === -1) {
      problems.push({ line: fieldLine, message: `in @${type}{${key}}: the value of \`${name}\` never ends: check its braces or quotes` });
      return;
    }
    at = valueEnd;
    const after = /^\s*(,|$)/.exec(body.slice(at));
    if (!after) {
      problems.push({ line: lineAt(at), message: `in @${type}{${key}}: a comma is missing after the field \`${name}\`` });
      return;
    }
    at += after[0].length;
  }
}

/** The index after a field value ({…}, "…", a number or a macro, joined with #), or -1. */
function endOfValue(body: string, start: number): number {
  let at = start;
  for (;;) {
    while (/\s/.test(body[at] ?? '')) at += 1;
    if (body[at] === '{') {
      let depth = 0;
      let i = at;
      for (; i < body.length; i++) {
        if (body[i] === '\\') i += 1;
        else if (body[i] === '{') depth += 1;
        else if (body[i] === '}' && --depth === 0) break;
      }
      if (i >= body.length) return -1;
      at = i + 1;
    } else if (body[at] === '"') {
      const close = body.indexOf('"', at + 1);
      if (close === -1) return -1;
      at = close + 1;
    } else {
      const word = /^[\w.:-]+/.exec(body.slice(at));
      if (!word) return -1;
      at += word[0].length;
    }
    const join = /^\s*#\s*/.exec(body.slice(at));
    if (!join) return at;
    at += join[0].length;
  }
}
