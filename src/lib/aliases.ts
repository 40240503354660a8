/** Name variants as shown to readers: each spelling once, with its language when known. */
import type { Alias } from '../schemas/common.ts';

export interface ShownAlias {
  name: string;
  lang?: string;
}

/** Aliases in their given order, a spelling listed twice (e.g. "КТД" in Uzbek and Russian) kept once. */
export function distinctAliases(aliases: readonly Alias[]): ShownAlias[] {
  const seen = new Set<string>();
  const shown: ShownAlias[] = [];
  for (const alias of aliases) {
    const entry = typeof alias === 'string' ? { name: alias } : alias;
    if (seen.has(entry.name)) continue;
    seen.add(entry.name);
    shown.push(entry);
  }
  return shown;
}
