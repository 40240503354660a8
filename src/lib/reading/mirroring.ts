/**
 * How an article follows its source: for every unit of the source, the passages of the article
 * that cite it, found from the citations' locators (a range counts for each unit in it). An
 * endnote that names a work is also followed where a passage cites that work. Pure.
 */
import type { SourceDocument, SourceUnit } from '../../schemas/source.ts';
import { resolveLocator } from '../sources.ts';
import type { Passage } from './passages.ts';

export interface UnitCoverage {
  unit: SourceUnit;
  /** Passages that cite the unit by its locator. */
  cited: Passage[];
  /** Passages that cite a work the unit (an endnote) names, without citing the unit itself. */
  throughWorks: Passage[];
}

/** Every unit of the source, in its order, with the passages that follow it. */
export function unitCoverage(source: SourceDocument, key: string, passages: readonly Passage[]): UnitCoverage[] {
  const coverage = source.units.map((unit): UnitCoverage => ({ unit, cited: [], throughWorks: [] }));
  const byLocator = new Map(coverage.map((entry) => [entry.unit.locator, entry]));
  for (const passage of passages) {
    for (const { locator } of passage.locators.filter((cite) => cite.key === key)) {
      const resolved = resolveLocator(source, key, locator);
      if ('problem' in resolved) continue; // the content check reports it
      for (const unit of resolved.units) {
        const entry = byLocator.get(unit.locator)!;
        if (!entry.cited.includes(passage)) entry.cited.push(passage);
      }
    }
  }
  for (const entry of coverage) {
    entry.throughWorks = passages.filter((passage) => !entry.cited.includes(passage) && entry.unit.works.some((work) => passage.citations.includes(work)));
  }
  return coverage;
}

/** Whether a unit is followed at all: cited, cited through its works, or left out on purpose. */
export const isAccountedFor = (entry: UnitCoverage): boolean =>
  entry.cited.length > 0 || entry.throughWorks.length > 0 || entry.unit.omitted !== undefined;
