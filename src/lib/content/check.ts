/**
 * The content check: every file validated against its schema and every reference between files
 * resolved, all problems reported in one run with file, line and fix. Pure: it takes the files'
 * text; src/lib/content/files.ts reads them from disk.
 */
import { articleSchema, type Article } from '../../schemas/article.ts';
import { figureSchema, type Figure } from '../../schemas/figure.ts';
import { entityKinds, entitySchemas, type EntityKind } from '../../schemas/entities.ts';
import { ContentError, parseBibliography, type Bibliography } from '../bibliography.ts';
import { parseLocatedYaml } from './yaml-lines.ts';
import { validateAt } from './validate.ts';
import { scanBody, type BodyReferences } from './prose.ts';
import type { Problem } from './problems.ts';

export interface SourceText {
  /** Path shown in messages (relative to the project). */
  file: string;
  text: string;
}

export interface ContentFiles {
  articles: SourceText[];
  figures: SourceText[];
  entities: Record<EntityKind, SourceText[]>;
  bibliography: SourceText;
}

export interface CheckedArticle {
  file: string;
  slug: string;
  data: Article;
  body: BodyReferences;
}

export interface CheckedContent {
  articles: CheckedArticle[];
  figures: Map<string, { file: string; line: number; data: Figure }>;
  entities: Map<string, { kind: EntityKind; file: string; data: Record<string, unknown> }>;
  bibliography: Bibliography | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const error = (file: string, line: number, message: string): Problem => ({ file, line, message, severity: 'error' });

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

export function checkContent(files: ContentFiles): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];
  const content: CheckedContent = { articles: [], figures: new Map(), entities: new Map(), bibliography: undefined };

  try {
    content.bibliography = parseBibliography(files.bibliography.text, files.bibliography.file);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    problems.push(...caught.problems.map(({ file, line, message }) => error(file, line, message)));
  }
  const citationKnown = (key: string) => content.bibliography?.byKey.has(key) ?? true;
  const missingKey = (key: string) =>
    `citation key "${key}" is not in ${files.bibliography.file}: add a BibTeX entry for it or fix the key`;

  // Entities: one file each, ids unique across kinds.
  const entityLines = new Map<string, number>();
  for (const kind of entityKinds) {
    for (const source of files.entities[kind]) {
      const yaml = parseLocatedYaml(source.text);
      const { data, problems: found } = validateAt(entitySchemas[kind], yaml, source.file);
      problems.push(...found);
      const id = baseName(source.file);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        problems.push(error(source.file, 1, `file name "${id}" is not a kebab-case id: rename the file`));
      }
      const previous = content.entities.get(id);
      if (previous) {
        problems.push(error(source.file, 1, `entity id "${id}" is also used by ${previous.file}: ids are unique across all entity kinds, rename one`));
      } else if (data) {
        content.entities.set(id, { kind, file: source.file, data });
        entityLines.set(id, 1);
        for (const [index, ref] of data.sources.entries()) {
          if (!citationKnown(ref.key)) problems.push(error(source.file, yaml.lineOf(['sources', index, 'key']), missingKey(ref.key)));
        }
      }
    }
  }
  const entityOfKind = (id: string, kind: EntityKind) => content.entities.get(id)?.kind === kind;

  for (const [id, entity] of content.entities) {
    if (entity.kind !== 'events') continue;
    const yaml = parseLocatedYaml(files.entities.events.find((source) => source.file === entity.file)!.text);
    for (const [field, kind] of [['places', 'places'], ['organisations', 'organisations'], ['people', 'people']] as const) {
      for (const [index, ref] of ((entity.data[field] as string[] | undefined) ?? []).entries()) {
        if (!entityOfKind(ref, kind)) {
          problems.push(error(entity.file, yaml.lineOf([field, index]), `event "${id}" refers to unknown ${kind.replace(/s$/, '')} "${ref}": add content/entities/${kind}/${ref}.yaml or fix the id`));
        }
      }
    }
  }

  // Figures: lists per source file, ids unique across files.
  for (const source of files.figures) {
    const yaml = parseLocatedYaml(source.text);
    if (yaml.errors.length === 0 && !Array.isArray(yaml.value)) {
      problems.push(error(source.file, 1, 'a figures file is a YAML list of figures (each item starts with "- id: …")'));
      continue;
    }
    const list = (yaml.value as unknown[] | undefined) ?? [];
    if (yaml.errors.length > 0) problems.push(...validateAt(figureSchema, yaml, source.file).problems);
    list.forEach((_item, index) => {
      const { data, problems: found } = validateAt(figureSchema, yaml, source.file, [index]);
      const line = yaml.lineOf([index]);
      const rawId = (list[index] as { id?: unknown } | null)?.id;
      const id = data?.id ?? (typeof rawId === 'string' ? rawId : `#${index + 1}`);
      problems.push(...found.map((problem) => ({ ...problem, message: `figure "${id}": ${problem.message}` })));
      if (!data) return;
      const previous = content.figures.get(data.id);
      if (previous) {
        problems.push(error(source.file, line, `figure id "${data.id}" is already used at ${previous.file}:${previous.line}: rename one`));
        return;
      }
      content.figures.set(data.id, { file: source.file, line, data });
      for (const key of [data.source.key, ...data.via]) {
        if (!citationKnown(key)) problems.push(error(source.file, line, `figure "${data.id}": ${missingKey(key)}`));
      }
      for (const end of ['from', 'to'] as const) {
        const place = data.flow?.[end];
        if (place !== undefined && !entityOfKind(place, 'places')) {
          problems.push(error(source.file, yaml.lineOf([index, 'flow', end]), `figure "${data.id}": flow ${end} unknown place "${place}": add content/entities/places/${place}.yaml or fix the id`));
        }
      }
    });
  }

  // Articles: frontmatter, then every reference in the body.
  for (const source of files.articles) {
    const match = FRONTMATTER.exec(source.text);
    if (!match) {
      problems.push(error(source.file, 1, 'no frontmatter: start the file with a "---" block (see docs/content-model.md)'));
      continue;
    }
    const yaml = parseLocatedYaml(match[1]!, 2);
    const { data, problems: found } = validateAt(articleSchema, yaml, source.file);
    problems.push(...found);
    const bodyLine = match[0].split('\n').length;
    const body = scanBody(source.text.slice(match[0].length), bodyLine);
    if (data) {
      content.articles.push({ file: source.file, slug: baseName(source.file), data, body });
      if (!citationKnown(data.source.key)) problems.push(error(source.file, yaml.lineOf(['source', 'key']), missingKey(data.source.key)));
      data.organisations.forEach((id, index) => {
        if (!entityOfKind(id, 'organisations')) {
          problems.push(error(source.file, yaml.lineOf(['organisations', index]), `unknown organisation "${id}": add content/entities/organisations/${id}.yaml or fix the id`));
        }
      });
    }
    for (const ref of body.citations) {
      if (!citationKnown(ref.id)) problems.push(error(source.file, ref.line, missingKey(ref.id)));
    }
    for (const ref of body.figures) {
      if (!content.figures.has(ref.id)) {
        problems.push(error(source.file, ref.line, `unknown figure id "${ref.id}": add it to content/data/figures or fix the id`));
      }
    }
    for (const ref of body.entities) {
      if (!content.entities.has(ref.id)) {
        problems.push(error(source.file, ref.line, `unknown entity id "${ref.id}": add content/entities/<kind>/${ref.id}.yaml or fix the id`));
      }
    }
    for (const ref of body.strayNumbers) {
      problems.push(error(source.file, ref.line, `the number "${ref.id}" is typed into the prose: add it to content/data/figures and write <Stat id="…" /> (only years and calendar dates may be typed)`));
    }
  }

  return { problems, content };
}
