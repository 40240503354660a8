/** Content collections: the top-level content/ folder, validated by the schemas in src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { figureSchema } from './schemas/figure.ts';
import { eventSchema, organisationSchema, personSchema, placeSchema, termSchema } from './schemas/entities.ts';
import { sourceSchema } from './schemas/source.ts';
import { mapSchema } from './schemas/map.ts';
import { yamlListLoader } from './loaders/yaml-list-loader.ts';
import { CONTENT_DIR } from './config.ts';
import { mapsLoader } from './loaders/maps-loader.ts';

const yamlFiles = (folder: string) => glob({ pattern: '*.yaml', base: `./${CONTENT_DIR}/${folder}` });

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/articles` }), schema: articleSchema }),
  /** The units of each source document, by its citation key (the file name). */
  sources: defineCollection({ loader: yamlFiles('sources'), schema: sourceSchema }),
  figures: defineCollection({ loader: yamlListLoader(`${CONTENT_DIR}/data/figures`), schema: figureSchema }),
  organisations: defineCollection({ loader: yamlFiles('entities/organisations'), schema: organisationSchema }),
  people: defineCollection({ loader: yamlFiles('entities/people'), schema: personSchema }),
  places: defineCollection({ loader: yamlFiles('entities/places'), schema: placeSchema }),
  events: defineCollection({ loader: yamlFiles('entities/events'), schema: eventSchema }),
  terms: defineCollection({ loader: yamlFiles('entities/terms'), schema: termSchema }),
  maps: defineCollection({ loader: mapsLoader(CONTENT_DIR), schema: mapSchema }),
};
