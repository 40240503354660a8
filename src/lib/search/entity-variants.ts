/**
 * Every entity's spellings by id, for the search index alone: scripts/build-search-index.ts adds
 * them at an article's entity mentions in the copy it indexes (alias-marks.ts), so the pages
 * themselves carry none (an attribute on every mention was 3–4 KB of each article's gzip HTML).
 * Read from content/entities/<kind>/<id>.yaml, the file name being the id, like the entity
 * collections; the content check has validated those files before the build gets here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { aliasSchema } from '../../schemas/common.ts';
import { variantsText } from './variants.ts';

/** The fields of any entity kind that carry its names (the others are ignored). */
const namesSchema = z.object({ name: z.string(), acronym: z.string().optional(), aliases: z.array(aliasSchema).optional() });

/** Id → the entity's spellings (" · "-separated, variants.ts), from each entity file's path and text. */
export function entityVariants(files: readonly { file: string; text: string }[]): Map<string, string> {
  const variants = new Map<string, string>();
  for (const { file, text } of files) {
    const names = namesSchema.safeParse(parse(text));
    if (names.success) variants.set(basename(file, extname(file)), variantsText(names.data));
  }
  return variants;
}

/** The same, read from a content folder's entities/. */
export function readEntityVariants(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'entities');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ file: name, text: readFileSync(join(dir, name), 'utf8') }));
  return entityVariants(files);
}
