/**
 * Name variants of an entity, taken from the entities data set (content/entities): its name,
 * its acronym and every alias, including Cyrillic and Arabic forms. Pages index these so that a
 * search for any spelling finds the entity's page and every article passage that mentions it;
 * the search code itself holds no list of names.
 */
import type { Alias } from '../../schemas/common.ts';

/** The fields of an entity that carry names (every entity kind has name and aliases). */
export interface NamedEntity {
  name: string;
  acronym?: string | undefined;
  aliases?: readonly Alias[] | undefined;
}

/** Every spelling of an entity, name first, then acronym and aliases, without repeats (case-insensitive). */
export function nameVariants(entity: NamedEntity): string[] {
  const all = [entity.name, entity.acronym, ...(entity.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.name))];
  const seen = new Set<string>();
  const variants: string[] = [];
  for (const raw of all) {
    const variant = raw?.trim();
    if (!variant) continue;
    const key = variant.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push(variant);
  }
  return variants;
}

/**
 * The variants as one string for an indexed attribute, minus those already in the visible text
 * (so the excerpt does not repeat them). Returns "" when nothing is left.
 */
export function variantsText(entity: NamedEntity, visibleText = ''): string {
  const visible = visibleText.trim().toLocaleLowerCase();
  return nameVariants(entity)
    .filter((variant) => variant.toLocaleLowerCase() !== visible)
    .join(' · ');
}

/** The title a search result shows for an entity: "Katibat al-Tawhid wal Jihad (KTJ)". */
export function entityResultTitle(entity: NamedEntity): string {
  return entity.acronym && entity.acronym !== entity.name ? `${entity.name} (${entity.acronym})` : entity.name;
}
