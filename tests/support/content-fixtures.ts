/** The valid content fixture, and copies of it with one file swapped for a bad fixture. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/content/files.ts';
import type { ContentFiles } from '../../src/lib/content/check.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content');
export const VALID = 'tests/fixtures/content/valid';

export function validFiles(): ContentFiles {
  return readContentFiles(process.cwd(), VALID);
}

export function badFixture(name: string): string {
  return readFileSync(join(FIXTURES, 'bad', name), 'utf8');
}

/** The valid fixture with one more (bad) article, figure file or a replaced bibliography. */
export function withBad(name: string): ContentFiles {
  const files = validFiles();
  const text = badFixture(name);
  const file = `tests/fixtures/content/bad/${name}`;
  if (name.endsWith('.mdx')) files.articles.push({ file, text });
  else if (name.endsWith('.yaml')) files.figures.push({ file, text });
  else files.bibliography = { file, text };
  return files;
}
