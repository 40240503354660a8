/**
 * Reads the content folder for the content check (the only part of it that touches the disk).
 * Every file is read as bytes and decoded strictly: a file that is not UTF-8, or a link to a file
 * that does not exist, is a problem to report, not a crash. A byte-order mark is dropped and
 * Windows line ends become "\n", so line numbers and patterns mean the same in every file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entityKinds } from '../../schemas/entities.ts';
import type { ContentFiles, SourceText } from './context.ts';
import type { Problem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that does not belong to a UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const follow = lead < 0x80 ? 0 : (lead & 0xe0) === 0xc0 ? 1 : (lead & 0xf0) === 0xe0 ? 2 : (lead & 0xf8) === 0xf0 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return bytes.length;
}

/** The text of a file, or the line of its first byte that is not UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string } | { line: number; message: string } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    const line = utf8.decode(bytes.subarray(0, firstInvalidByte(bytes))).split('\n').length;
    return { line, message: 'this file is not UTF-8 text (a byte on this line is not valid UTF-8): save it as UTF-8' };
  }
}

function readAll(root: string, dir: string, extensions: RegExp, unreadable: Problem[]): SourceText[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.test(name) && !/(^|\/)_/.test(name))
    .sort()
    .flatMap((name) => {
      const path = join(absolute, name);
      const file = relative(root, path);
      if (!existsSync(path)) {
        unreadable.push({ file, line: 1, severity: 'error', message: 'this is a link to a file that does not exist: remove the link or point it at a file' });
        return [];
      }
      if (statSync(path).isDirectory()) return [];
      const decoded = decodeText(readFileSync(path));
      if ('message' in decoded) {
        unreadable.push({ file, line: decoded.line, severity: 'error', message: decoded.message });
        return [];
      }
      return [{ file, text: decoded.text }];
    });
}

/** Paths of the files under public/ (relative to it, with "/"), which content may link to. */
function publicFiles(root: string): Set<string> {
  const dir = join(root, 'public');
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => existsSync(join(dir, name)) && statSync(join(dir, name)).isFile()));
}

/** All content files under `root` (the project folder or a fixture). */
export function readContentFiles(root: string, contentDir = 'content'): ContentFiles {
  const unreadable: Problem[] = [];
  const one = (file: string): SourceText | undefined => readAll(root, contentDir, new RegExp(`^${file.replace('.', '\\.')}$`), unreadable)[0];
  return {
    contentDir,
    // Every .md and .mdx file, in subfolders too: the check says which the build would not publish.
    articles: readAll(root, join(contentDir, 'articles'), /\.mdx?$/, unreadable),
    figures: readAll(root, join(contentDir, 'data', 'figures'), /\.ya?ml$/, unreadable),
    sources: readAll(root, join(contentDir, 'sources'), /\.ya?ml$/, unreadable),
    maps: readAll(root, join(contentDir, 'data'), /^maps\.yaml$/, unreadable)[0],
    entities: Object.fromEntries(
      entityKinds.map((kind) => [kind, readAll(root, join(contentDir, 'entities', kind), /\.ya?ml$/, unreadable)]),
    ) as ContentFiles['entities'],
    bibliography: one('bibliography.bib') ?? { file: join(contentDir, 'bibliography.bib'), text: '' },
    publicFiles: publicFiles(root),
    unreadable,
  };
}
