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

export function mapsLoader(contentDir: string): Loader {
  const file = join(contentDir, 'data', 'maps.yaml');
  return {
    name: 'maps-loader',
    async load({ store, parseData, config, generateDigest }) {
      const path = join(fileURLToPath(config.root), file);
      store.clear();
      if (!existsSync(path)) return;
      const items: unknown = parse(await readFile(path, 'utf8'));
      if (!Array.isArray(items)) throw new Error(`${file}: expected a YAML list of maps (each item starts with "- id: …")`);
      for (const item of items as Record<string, unknown>[]) {
        const id = String(item['id']);
        if (store.has(id)) throw new Error(`${file}: map id "${id}" is used twice: rename one`);
        const data = await parseData({ id, data: item, filePath: file });
        store.set({ id, data, filePath: file, digest: generateDigest(data) });
      }
    },
  };
}

/** The map ids in the order maps.yaml lists them (the order readers meet them), [] without the file. */
export function mapIdsInFileOrder(contentDir: string): string[] {
  const path = join(contentDir, 'data', 'maps.yaml');
  if (!existsSync(path)) return [];
  const items: unknown = parse(readFileSync(path, 'utf8'));
  return Array.isArray(items) ? items.map((item: { id?: unknown }) => String(item.id)) : [];
}
