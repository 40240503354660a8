/**
 * The flow maps (content/data/maps.yaml), checked with everything else and with lines: the
 * schema of each map, the figures it selects, includes and marks, the places it draws (known,
 * with coordinates, inside the region the maps show), the citations of its routes and the
 * numbers of its summary. What the build would stop at, map by map, is reported here at once.
 */
import { mapSchema } from '../../schemas/map.ts';
import { REGION } from '../maps/region.ts';
import { selectMapFigures } from '../maps/select-map-figures.ts';
import { placeholderIds } from '../figure-placeholders.ts';
import { rawId, type CheckContext } from './context.ts';
import { validateAt } from './validate.ts';
import { parseLocatedYaml } from './yaml.ts';


export function checkMaps(context: CheckContext): void {
  const source = context.files.maps;
  if (!source) return;
  const yaml = parseLocatedYaml(source.text);
  if (yaml.errors.length > 0 || !Array.isArray(yaml.value)) {
    if (yaml.errors.length > 0) context.problems.push(...validateAt(mapSchema, yaml, source.file).problems);
    else context.error(source.file, 1, 'maps.yaml is a YAML list of maps (each item starts with "- id: …")');
    context.mapsUnreadable = true;
    return;
  }
  const figures = [...context.content.figures.values()].map(({ data }) => data);
  yaml.value.forEach((item: unknown, index) => {
    const { data, problems } = validateAt(mapSchema, yaml, source.file, [index]);
    const id = data?.id ?? rawId(item) ?? `#${index + 1}`;
    context.problems.push(...problems.map((problem) => ({ ...problem, message: `map "${id}": ${problem.message}` })));
    const line = yaml.lineOf([index]);
    if (!data) {
      context.invalidMaps.add(id);
      return;
    }
    if (context.content.maps.has(data.id)) {
      context.error(source.file, line, `map id "${data.id}" is used twice (first at line ${context.content.maps.get(data.id)!.line}): rename one`);
      return;
    }
    context.content.maps.set(data.id, { file: source.file, line, data });
    const error = (path: PropertyKey[], message: string) => context.error(source.file, yaml.lineOf([index, ...path]), `map "${data.id}": ${message}`);

    const unknownFigures = [...data.include, ...data.exclude, ...data.markers.map((marker) => marker.figure)].filter((figure) => !context.figureKnown(figure));
    for (const figure of unknownFigures) error([], `figure "${figure}" is not in content/data/figures: add it or fix the id`);
    if (unknownFigures.length === 0 && data.include.every((figure) => context.content.figures.has(figure))) {
      try {
        selectMapFigures(data, figures);
      } catch (caught) {
        error([], String(caught instanceof Error ? caught.message : caught).replace(/^map "[^"]*": /, ''));
      }
    }
    const place = (placeId: string, path: PropertyKey[]) => {
      const entity = context.content.entities.get(placeId);
      if (!context.entityOfKind(placeId, 'places')) return error(path, `unknown place "${placeId}": add content/entities/places/${placeId}.yaml or fix the id`);
      const coordinates = entity && 'coordinates' in entity.data ? entity.data.coordinates : undefined;
      if (entity && !coordinates) return error(path, `place "${placeId}" has no coordinates to draw: add coordinates: { lat, lon } to ${entity.file}`);
      if (coordinates) {
        const { west, east, south, north } = REGION.box;
        if (coordinates.lon < west || coordinates.lon > east || coordinates.lat < south || coordinates.lat > north) {
          error(path, `place "${placeId}" lies outside the region the maps show (${west}–${east}° E, ${south}–${north}° N): it cannot be drawn`);
        }
      }
    };
    data.markers.forEach((marker, m) => place(marker.place, ['markers', m, 'place']));
    data.routes.forEach((route, r) => {
      route.places.forEach((placeId, p) => place(placeId, ['routes', r, 'places', p]));
      for (const key of [route.source.key, ...route.via]) if (!context.citationKnown(key)) error(['routes', r, 'source'], context.missingKey(key));
      const wrongLocator = context.locatorProblem(route.source.key, route.source.locator);
      if (wrongLocator) error(['routes', r, 'source', 'locator'], wrongLocator);
    });
    for (const figure of placeholderIds(data.summary)) {
      if (!context.figureKnown(figure)) error(['summary'], `the summary refers to unknown figure "${figure}": add it to content/data/figures or fix the id`);
    }
  });
}

/** Every <FlowMap id> of the articles names a map of maps.yaml. */
export function checkMapMentions(context: CheckContext): void {
  for (const article of context.content.articles) {
    for (const ref of article.body.maps) {
      if (!context.mapKnown(ref.id)) context.error(article.file, ref.line, `<FlowMap id="${ref.id}" />: there is no map "${ref.id}" in ${context.files.maps?.file ?? 'content/data/maps.yaml'}: add it or fix the id`);
    }
  }
}
