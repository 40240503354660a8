/** What readers call each kind of entity: one definition for page kickers, the index and search. Pure. */
import type { EntityKind } from '../schemas/entities.ts';

export const ENTITY_KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  organisations: { one: 'Organisation', many: 'Organisations' },
  people: { one: 'Person', many: 'People' },
  places: { one: 'Place', many: 'Places' },
  events: { one: 'Event', many: 'Events' },
  terms: { one: 'Term', many: 'Glossary' },
};
