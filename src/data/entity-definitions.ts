/** Each entity an article mentions, with the definition its preview shows (src/lib/reading/entity-definitions.ts). */
import { citationPlainText } from './citations.ts';
import { mentionedEntitiesOf } from './article-models.ts';
import { findEntity } from './entities.ts';
import { entityDefinition } from '../lib/reading/entity-definitions.ts';

export async function articleEntityDefinitions(slug: string): Promise<Map<string, string>> {
  const definitions = new Map<string, string>();
  for (const id of await mentionedEntitiesOf(slug)) {
    const entity = await findEntity(id);
    if (!entity) continue; // the content check and <Entity> have already failed the build on an unknown id
    const [first] = entity.data.sourced;
    definitions.set(id, entityDefinition(entity.data.name, first && { text: first.text, citation: citationPlainText(first.source.key, first.source.locator) }));
  }
  return definitions;
}
