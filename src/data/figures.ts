/** The figures data set, by id, once per build (Astro side). */
import { getCollection } from 'astro:content';
import type { Figure } from '../schemas/figure.ts';
import { oncePerBuild } from './once-per-build.ts';

export const figuresById = oncePerBuild(async (): Promise<ReadonlyMap<string, Figure>> => new Map((await getCollection('figures')).map(({ data }) => [data.id, data])));
