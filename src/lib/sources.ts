/**
 * The units of a source document (content/sources/<key>.yaml) and the locators that name them.
 * A citation of a document with units must name one unit ("para. 3") or a range of units of the
 * same series ("para. 6–8"); anything else is an error with the units it could have meant.
 */
import type { SourceDocument, SourceUnit } from '../schemas/source.ts';

/** What a locator names: its units, or why it names none. */
export type LocatorResolution = { units: SourceUnit[] } | { problem: string };

/** "para. 6–8" → ["para. 6", "para. 8"]; a locator without a range → undefined. */
function rangeEnds(locator: string): [string, string] | undefined {
  const match = /^(.*?)([^\s–-]+)\s*[–-]\s*([^\s–-]+)$/u.exec(locator);
  if (!match) return undefined;
  const [, series = '', first = '', last = ''] = match;
  return [`${series}${first}`, `${series}${last}`];
}

/** The units a locator names in a source, or a message that says which units exist. */
export function resolveLocator(source: SourceDocument, key: string, locator: string): LocatorResolution {
  const byLocator = new Map(source.units.map((unit) => [unit.locator, unit]));
  const exact = byLocator.get(locator);
  if (exact) return { units: [exact] };
  const ends = rangeEnds(locator);
  if (ends) {
    const [from, to] = ends.map((end) => source.units.findIndex((unit) => unit.locator === end));
    if (from !== undefined && to !== undefined && from !== -1 && to !== -1 && from < to) {
      return { units: source.units.slice(from, to + 1) };
    }
  }
  return { problem: `locator "${locator}" is not a unit of @${key}: ${suggestion(source, locator)} (the units are listed in content/sources/${key}.yaml)` };
}

/** The units a maintainer probably meant, for the message. */
function suggestion(source: SourceDocument, locator: string): string {
  const within = source.units.filter((unit) => unit.locator.startsWith(`${locator},`));
  if (within.length > 0) return `name the part of it that contains the claim: ${listOf(within)}`;
  const word = locator.replace(/[\d\s.,–-]+$/u, '').trim();
  const similar = source.units.filter((unit) => word !== '' && unit.locator.startsWith(word));
  return `use one of ${listOf(similar.length > 0 ? similar : source.units)}`;
}

function listOf(units: readonly SourceUnit[]): string {
  const shown = units.slice(0, 6).map((unit) => `"${unit.locator}"`);
  return units.length > 6 ? `${shown.join(', ')} … "${units.at(-1)!.locator}"` : shown.join(', ');
}
