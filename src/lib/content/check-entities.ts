/**
 * Entities (one file each, ids unique across the five kinds): schema, the citation and locator
 * of every sourced statement, the entities an event links, and names: no alias may also name
 * another entity, or a search for it would land on the wrong page.
 */
import { entityKinds, entitySchemas, linkId, type AnyEntity } from '../../schemas/entities.ts';
import { baseName, isKebabId, type CheckContext } from './context.ts';
import { validateAt } from './validate.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';

export function checkEntities(context: CheckContext): void {
  const { content } = context;
  const located = new Map<string, LocatedYaml>();
  for (const kind of entityKinds) {
    for (const source of context.files.entities[kind]) {
      const yaml = parseLocatedYaml(source.text);
      const { data, problems } = validateAt(entitySchemas[kind], yaml, source.file);
      context.problems.push(...problems);
      const id = baseName(source.file);
      if (!isKebabId(id)) context.error(source.file, 1, `file name "${id}" is not a kebab-case id: rename the file`);
      const previous = content.entities.get(id) ?? (context.invalidEntities.has(id) ? { file: `another ${context.invalidEntities.get(id)} file` } : undefined);
      if (previous) {
        context.error(source.file, 1, `entity id "${id}" is also used by ${previous.file}: ids are unique across all entity kinds, rename one`);
        continue;
      }
      if (!data) {
        context.invalidEntities.set(id, kind);
        continue;
      }
      // Validated by entitySchemas[kind], so the data is that kind's (TypeScript cannot follow the loop's kind).
      content.entities.set(id, { kind, id, data, file: source.file } as AnyEntity & { file: string });
      located.set(id, yaml);
      data.sourced.forEach((statement, index) => {
        const at = (...path: PropertyKey[]) => yaml.lineOf(['sourced', index, ...path]);
        context.checkKey(source.file, at('source', 'key'), statement.source.key);
        const wrongLocator = context.locatorProblem(statement.source.key, statement.source.locator);
        if (wrongLocator) context.error(source.file, at('source', 'locator'), wrongLocator);
        statement.via.forEach((key, v) => context.checkKey(source.file, at('via', v), key));
      });
    }
  }

  for (const [id, entity] of content.entities) {
    if (entity.kind !== 'events') continue;
    const event = entity.data;
    const yaml = located.get(id)!;
    for (const field of ['places', 'organisations', 'people'] as const) {
      event[field].forEach((link, index) => {
        const ref = linkId(link);
        if (!context.entityOfKind(ref, field)) {
          context.error(entity.file, yaml.lineOf([field, index]), `event "${id}" refers to unknown ${field.replace(/s$/, '')} "${ref}": add content/entities/${field}/${ref}.yaml or fix the id`);
        }
      });
    }
    if (event.endDate !== undefined && event.endDate < event.date) {
      context.error(entity.file, yaml.lineOf(['endDate']), `event "${id}" ends (${event.endDate}) before it starts (${event.date}): swap or fix the dates`);
    }
    if (event.date > context.today) context.error(entity.file, yaml.lineOf(['date']), `event "${id}" is dated ${event.date}, after today (${context.today}): fix the date`);
  }

  checkNames(context, located);
}

/** Every name and alias belongs to one entity only (case and spacing ignored). */
function checkNames(context: CheckContext, located: ReadonlyMap<string, LocatedYaml>): void {
  const owners = new Map<string, string>();
  const normal = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  for (const [id, entity] of context.content.entities) {
    const acronym = entity.kind === 'organisations' ? entity.data.acronym : undefined;
    const names = [entity.data.name, acronym, ...entity.data.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.name))].filter((name): name is string => Boolean(name));
    for (const [index, name] of names.entries()) {
      const owner = owners.get(normal(name));
      if (owner !== undefined && owner !== id) {
        const line = index >= 1 + (acronym ? 1 : 0) ? located.get(id)!.lineOf(['aliases', index - 1 - (acronym ? 1 : 0)]) : 1;
        context.error(entity.file, line, `"${name}" already names ${owner} (${context.content.entities.get(owner)!.file}): an alias names one entity only; remove it here or there`);
      } else owners.set(normal(name), id);
    }
  }
}
