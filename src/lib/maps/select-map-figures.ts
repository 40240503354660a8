/** Which figures of the data set one map draws, following its selection rules in maps.yaml. */
import type { Figure } from '../../schemas/figure.ts';
import type { FlowMapData, MapMarker } from '../../schemas/map.ts';

export type FlowFigure = Figure & { flow: NonNullable<Figure['flow']> };

export interface MapSelection {
  /** Figures drawn as flows, in data-set order, then the explicitly included ones. */
  flows: FlowFigure[];
  /** Figures drawn as markers at a place, in the map's order. */
  markers: { figure: Figure; marker: MapMarker }[];
}

const hasFlow = (figure: Figure): figure is FlowFigure => figure.flow !== undefined;

/** Throws, naming the map and the figure id, on an unknown or unsuitable figure. */
export function selectMapFigures(map: Pick<FlowMapData, 'id' | 'flows' | 'include' | 'exclude' | 'markers'>, figures: readonly Figure[]): MapSelection {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const known = (id: string, role: string): Figure => {
    const figure = byId.get(id);
    if (!figure) throw new Error(`map "${map.id}": ${role} figure "${id}" is not in content/data/figures: add it or fix the id`);
    return figure;
  };
  for (const id of map.exclude) known(id, 'excluded');
  const excluded = new Set(map.exclude);
  const rule = map.flows;
  const selected = rule
    ? figures
        .filter(hasFlow)
        .filter((figure) => rule.kinds.includes(figure.flow.kind))
        .filter((figure) => rule.source === undefined || figure.source.key === rule.source)
        .filter((figure) => rule.asOf === undefined || (figure.asOf?.startsWith(rule.asOf) ?? false))
        .filter((figure) => !excluded.has(figure.id))
    : [];
  const included = map.include.map((id) => {
    const figure = known(id, 'included');
    if (!hasFlow(figure)) throw new Error(`map "${map.id}": figure "${id}" has no \`flow\` to draw: add one or show it as a marker`);
    return figure;
  });
  const flows = [...selected, ...included.filter((figure) => !selected.includes(figure))];
  const markers = map.markers.map((marker) => ({ figure: known(marker.figure, 'marker'), marker }));
  return { flows, markers };
}
