/**
 * Loads every YAML file of a folder whose top level is a list, one collection entry per item
 * (keyed by the item's `id`), so one data set can be kept in several files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

export function yamlListLoader(folder: string): Loader {
  return {
    name: 'yaml-list-loader',
    async load({ store, parseData, config, generateDigest }) {
      const root = fileURLToPath(config.root);
      const directory = join(root, folder);
      const names = (await readdir(directory)).filter((name) => /\.ya?ml$/.test(name)).sort();
      store.clear();
      for (const name of names) {
        const filePath = relative(root, join(directory, name));
        const items: unknown = parse(await readFile(join(directory, name), 'utf8'));
        if (!Array.isArray(items)) throw new Error(`${filePath}: expected a YAML list of entries`);
        for (const item of items as Record<string, unknown>[]) {
          const id = String(item['id']);
          if (store.has(id)) throw new Error(`${filePath}: id "${id}" is used twice: rename one`);
          const data = await parseData({ id, data: item, filePath });
          store.set({ id, data, filePath, digest: generateDigest(data) });
        }
      }
    },
  };
}
