/** Components available in every article without an import. */
import Stat from './Stat.astro';
import Entity from './Entity.astro';
import Context from './Context.astro';
import AtAGlance from './AtAGlance.astro';
import KeyFigures from './KeyFigures.astro';
import FlowMap from '../maps/FlowMap.astro';

export const mdxComponents = { Stat, Entity, Context, AtAGlance, KeyFigures, FlowMap };
