/** What an entity page lists as related: figures and events. Pure. */
import type { Figure } from '../../schemas/figure.ts';

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
  acronym?: string | undefined;
  /** For a country: its ISO code. */
  iso?: string | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Figures about an entity: for a country, the figures about it (by ISO code); for any place, the
 * flows from or to it; for an organisation, the figures whose description names it (name or
 * acronym, as a whole word).
 */
export function relatedFigures(figures: readonly Figure[], entity: EntityRef): Figure[] {
  if (entity.kind === 'places') {
    return figures.filter((f) => (entity.iso !== undefined && f.country === entity.iso) || f.flow?.from === entity.id || f.flow?.to === entity.id);
  }
  if (entity.kind === 'organisations') {
    const names = [entity.name, entity.acronym].filter((n): n is string => Boolean(n));
    const pattern = new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`);
    return figures.filter((f) => pattern.test(f.counts));
  }
  return [];
}

export interface EventRef {
  id: string;
  name: string;
  date: string;
  places: readonly string[];
  organisations: readonly string[];
  people: readonly string[];
}

/** Events that involve the entity (as a place, organisation or person), in date order. */
export function relatedEvents<E extends EventRef>(events: readonly E[], id: string): E[] {
  return events
    .filter((e) => e.places.includes(id) || e.organisations.includes(id) || e.people.includes(id))
    .sort((a, b) => a.date.localeCompare(b.date));
}
