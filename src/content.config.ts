/** Content collections: the top-level content/ folder, validated by the schemas in src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { figureSchema } from './schemas/figure.ts';
import { entitySchemas } from './schemas/entities.ts';
import { yamlListLoader } from './loaders/yaml-list-loader.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { mapSchema } from './schemas/map.ts';
import { mapsLoader } from './components/maps/maps-loader.ts';

const entities = (kind: keyof typeof entitySchemas) =>
  defineCollection({
    loader: glob({ pattern: '*.yaml', base: `./${CONTENT_DIR}/entities/${kind}` }),
    schema: entitySchemas[kind],
  });

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/articles` }), schema: articleSchema }),
  figures: defineCollection({ loader: yamlListLoader(`${CONTENT_DIR}/data/figures`), schema: figureSchema }),
  organisations: entities('organisations'),
  people: entities('people'),
  places: entities('places'),
  events: entities('events'),
  terms: entities('terms'),
  maps: defineCollection({ loader: mapsLoader(CONTENT_DIR), schema: mapSchema }),
};
