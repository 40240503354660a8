/**
 * Figures (lists per source file, ids unique across files): schema, the citation and locator of
 * each, the places a flow joins (which the maps must be able to draw), and dates: a number cannot
 * be "as of" a day after the build.
 */
import { figureSchema } from '../../schemas/figure.ts';
import { rawId, type CheckContext } from './context.ts';
import { validateAt } from './validate.ts';
import { parseLocatedYaml } from './yaml.ts';

export function checkFigures(context: CheckContext): void {
  const { content } = context;
  for (const source of context.files.figures) {
    const yaml = parseLocatedYaml(source.text);
    if (yaml.errors.length > 0) {
      context.problems.push(...validateAt(figureSchema, yaml, source.file).problems);
      continue;
    }
    if (!Array.isArray(yaml.value)) {
      context.error(source.file, 1, 'a figures file is a YAML list of figures (each item starts with "- id: …")');
      continue;
    }
    yaml.value.forEach((item: unknown, index) => {
      const { data, problems } = validateAt(figureSchema, yaml, source.file, [index]);
      const line = yaml.lineOf([index]);
      const id = data?.id ?? rawId(item) ?? `#${index + 1}`;
      context.problems.push(...problems.map((problem) => ({ ...problem, message: `figure "${id}": ${problem.message}` })));
      if (!data) {
        context.invalidFigures.add(id);
        return;
      }
      const previous = content.figures.get(data.id);
      if (previous) {
        context.error(source.file, line, `figure id "${data.id}" is already used at ${previous.file}:${previous.line}: rename one`);
        return;
      }
      content.figures.set(data.id, { file: source.file, line, data });
      const wrongLocator = context.locatorProblem(data.source.key, data.source.locator);
      if (wrongLocator) context.error(source.file, yaml.lineOf([index, 'source', 'locator']), `figure "${data.id}": ${wrongLocator}`);
      for (const key of [data.source.key, ...data.via]) context.checkKey(source.file, line, key, `figure "${data.id}": `);
      if (data.asOf !== undefined && data.asOf > context.today) {
        context.error(source.file, yaml.lineOf([index, 'asOf']), `figure "${data.id}": asOf ${data.asOf} is after today (${context.today}): a number is as of a date the source gives`);
      }
      for (const end of ['from', 'to'] as const) {
        const place = data.flow?.[end];
        if (place === undefined) continue;
        const entity = content.entities.get(place);
        if (!context.entityOfKind(place, 'places')) {
          context.error(source.file, yaml.lineOf([index, 'flow', end]), `figure "${data.id}": flow ${end} unknown place "${place}": add content/entities/places/${place}.yaml or fix the id`);
        } else if (entity && !('coordinates' in entity.data && entity.data.coordinates)) {
          // Every flow is drawn on the maps, so both of its places need coordinates.
          context.error(source.file, yaml.lineOf([index, 'flow', end]), `figure "${data.id}": flow ${end} place "${place}" has no coordinates to draw: add coordinates: { lat, lon } to ${entity.file}`);
        }
      }
    });
  }
}
