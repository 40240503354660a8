/**
 * Loads content/data/maps.yaml, one collection entry per map. A content folder without the file
 * simply has no maps; a file that is not a YAML list of maps fails the build, naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

const mapsFile = (contentDir: string) => join(contentDir, 'data', 'maps.yaml');

export function mapsLoader(contentDir: string): Loader {
  const file = mapsFile(contentDir);
  return {
    name: 'maps-loader',
    async load({ store, parseData, config, generateDigest }) {
      const path = join(fileURLToPath(config.root), file);
      store.clear();
      if (!existsSync(path)) return;
      for (const item of parseMapsFile(await readFile(path, 'utf8'), file)) {
        const id = String(item['id']);
        if (store.has(id)) throw new Error(`${file}: map id "${id}" is used twice: rename one`);
        const data = await parseData({ id, data: item, filePath: file });
        store.set({ id, data, filePath: file, digest: generateDigest(data) });
      }
    },
  };
}

/** The maps of maps.yaml as written, in its order; anything but a list fails, naming the file. */
function parseMapsFile(text: string, file: string): Record<string, unknown>[] {
  const items: unknown = parse(text);
  if (!Array.isArray(items)) throw new Error(`${file}: expected a YAML list of maps (each item starts with "- id: …")`);
  return items as Record<string, unknown>[];
}

/** The map ids in the order maps.yaml lists them (the order readers meet them; the collection is sorted by id). */
export function mapIdsInFileOrder(contentDir: string): string[] {
  const file = mapsFile(contentDir);
  return existsSync(file) ? parseMapsFile(readFileSync(file, 'utf8'), file).map((item) => String(item['id'])) : [];
}
