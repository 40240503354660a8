/** Reads the content folder for the content check (the only part of it that touches the disk). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entityKinds } from '../../schemas/entities.ts';
import type { ContentFiles, SourceText } from './check.ts';

function readAll(root: string, dir: string, extensions: RegExp): SourceText[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.test(name) && !/(^|\/)_/.test(name))
    .sort()
    .map((name) => ({ file: relative(root, join(absolute, name)), text: readFileSync(join(absolute, name), 'utf8') }));
}

/** All content files under `root` (the project folder or a fixture). */
export function readContentFiles(root: string, contentDir = 'content'): ContentFiles {
  const bibliographyFile = join(contentDir, 'bibliography.bib');
  const bibliographyPath = join(root, bibliographyFile);
  return {
    articles: readAll(root, join(contentDir, 'articles'), /\.mdx?$/),
    figures: readAll(root, join(contentDir, 'data', 'figures'), /\.ya?ml$/),
    sources: readAll(root, join(contentDir, 'sources'), /\.ya?ml$/),
    entities: Object.fromEntries(
      entityKinds.map((kind) => [kind, readAll(root, join(contentDir, 'entities', kind), /\.ya?ml$/)]),
    ) as ContentFiles['entities'],
    bibliography: {
      file: bibliographyFile,
      text: existsSync(bibliographyPath) ? readFileSync(bibliographyPath, 'utf8') : '',
    },
  };
}
