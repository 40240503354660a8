import { relative, resolve } from 'node:path';

/**
 * The folder content is read from: `content` by default; tests point CONTENT_DIR at a fixture
 * to build a known site or to prove that bad input fails the build.
 */
export const CONTENT_DIR = relativeToRoot(process.env['CONTENT_DIR'] ?? 'content');

/** Paths are used relative to the project root (`./${CONTENT_DIR}/…`). */
function relativeToRoot(dir: string): string {
  return relative(process.cwd(), resolve(dir)).replace(/\/+$/, '') || '.';
}
