/**
 * The content check: every file validated against its schema and every reference between files
 * resolved, all problems reported in one run with file, line and fix. Pure: it takes the files'
 * text; src/lib/content/files.ts reads them from disk.
 */
import { articleSchema, type Article } from '../../schemas/article.ts';
import { figureSchema, type Figure } from '../../schemas/figure.ts';
import { entityKinds, entitySchemas, linkId, type EntityKind, type EventLink } from '../../schemas/entities.ts';
import { sourceSchema, type SourceDocument } from '../../schemas/source.ts';
import { resolveLocator } from '../sources.ts';
import { isAccountedFor, unitCoverage } from '../reading/mirroring.ts';
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
  /** content/sources/<key>.yaml: the units of each source document. */
  sources: SourceText[];
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
  /** Source documents with units, by citation key. */
  sources: Map<string, SourceDocument>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const error = (file: string, line: number, message: string): Problem => ({ file, line, message, severity: 'error' });

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

export function checkContent(files: ContentFiles): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];
  const content: CheckedContent = { articles: [], figures: new Map(), entities: new Map(), bibliography: undefined, sources: new Map() };

  try {
    content.bibliography = parseBibliography(files.bibliography.text, files.bibliography.file);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    problems.push(...caught.problems.map(({ file, line, message }) => error(file, line, message)));
  }
  const citationKnown = (key: string) => content.bibliography?.byKey.has(key) ?? true;
  const missingKey = (key: string) =>
    `citation key "${key}" is not in ${files.bibliography.file}: add a BibTeX entry for it or fix the key`;

  // Source documents: their units are the only places a citation of them may point to.
  const unitLines = new Map<string, { file: string; lines: number[] }>();
  for (const source of files.sources) {
    const yaml = parseLocatedYaml(source.text);
    const { data, problems: found } = validateAt(sourceSchema, yaml, source.file);
    problems.push(...found);
    const key = baseName(source.file);
    if (!citationKnown(key)) problems.push(error(source.file, 1, `${source.file} is named for citation key "${key}", which is not in ${files.bibliography.file}: rename the file to the source's key`));
    if (!data) continue;
    const seen = new Set<string>();
    data.units.forEach((unit, index) => {
      if (seen.has(unit.locator)) problems.push(error(source.file, yaml.lineOf(['units', index, 'locator']), `unit "${unit.locator}" is listed twice: locators are unique within a source`));
      seen.add(unit.locator);
      for (const [w, work] of unit.works.entries()) {
        if (!citationKnown(work)) problems.push(error(source.file, yaml.lineOf(['units', index, 'works', w]), missingKey(work)));
      }
    });
    data.units.forEach((unit, index) => {
      if (unit.calledFrom !== undefined && !seen.has(unit.calledFrom)) {
        problems.push(error(source.file, yaml.lineOf(['units', index, 'calledFrom']), `calledFrom "${unit.calledFrom}" is not a unit of this source: use one of its locators`));
      }
    });
    content.sources.set(key, data);
    unitLines.set(key, { file: source.file, lines: data.units.map((_unit, index) => yaml.lineOf(['units', index])) });
  }
  /** Why a citation's locator does not name a unit of its source, if it does not. */
  const locatorProblem = (key: string, locator: string | undefined): string | undefined => {
    const document = content.sources.get(key);
    if (!document) return undefined;
    if (locator === undefined) return `cite a unit of @${key} (e.g. "${document.units[0]!.locator}"): a source document is always cited with the locator that contains the claim`;
    const resolved = resolveLocator(document, key, locator);
    return 'problem' in resolved ? resolved.problem : undefined;
  };

  // Entities: one file each, ids unique across kinds. An entity or figure that fails its schema
  // is reported once; its id still counts as known, so references to it raise no follow-on errors.
  const entityLines = new Map<string, number>();
  const invalidEntities = new Map<string, EntityKind>();
  const invalidFigures = new Set<string>();
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
      } else if (!data) {
        invalidEntities.set(id, kind);
      } else {
        content.entities.set(id, { kind, file: source.file, data });
        entityLines.set(id, 1);
        for (const [index, statement] of data.sourced.entries()) {
          const at = (...path: PropertyKey[]) => yaml.lineOf(['sourced', index, ...path]);
          if (!citationKnown(statement.source.key)) problems.push(error(source.file, at('source', 'key'), missingKey(statement.source.key)));
          const wrongLocator = locatorProblem(statement.source.key, statement.source.locator);
          if (wrongLocator) problems.push(error(source.file, at('source', 'locator'), wrongLocator));
          for (const [v, key] of statement.via.entries()) if (!citationKnown(key)) problems.push(error(source.file, at('via', v), missingKey(key)));
        }
      }
    }
  }
  const entityOfKind = (id: string, kind: EntityKind) => (content.entities.get(id)?.kind ?? invalidEntities.get(id)) === kind;

  for (const [id, entity] of content.entities) {
    if (entity.kind !== 'events') continue;
    const yaml = parseLocatedYaml(files.entities.events.find((source) => source.file === entity.file)!.text);
    for (const [field, kind] of [['places', 'places'], ['organisations', 'organisations'], ['people', 'people']] as const) {
      for (const [index, link] of ((entity.data[field] as EventLink[] | undefined) ?? []).entries()) {
        const ref = linkId(link);
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
      if (!data) {
        invalidFigures.add(id);
        return;
      }
      const previous = content.figures.get(data.id);
      if (previous) {
        problems.push(error(source.file, line, `figure id "${data.id}" is already used at ${previous.file}:${previous.line}: rename one`));
        return;
      }
      content.figures.set(data.id, { file: source.file, line, data });
      const wrongLocator = locatorProblem(data.source.key, data.source.locator);
      if (wrongLocator) problems.push(error(source.file, yaml.lineOf([index, 'source', 'locator']), `figure "${data.id}": ${wrongLocator}`));
      for (const key of [data.source.key, ...data.via]) {
        if (!citationKnown(key)) problems.push(error(source.file, line, `figure "${data.id}": ${missingKey(key)}`));
      }
      for (const end of ['from', 'to'] as const) {
        const place = data.flow?.[end];
        if (place !== undefined && !entityOfKind(place, 'places')) {
          problems.push(error(source.file, yaml.lineOf([index, 'flow', end]), `figure "${data.id}": flow ${end} unknown place "${place}": add content/entities/places/${place}.yaml or fix the id`));
        } else if (place !== undefined && content.entities.has(place) && content.entities.get(place)?.data['coordinates'] === undefined) {
          // Every flow is drawn on the maps, so both of its places need coordinates.
          problems.push(error(source.file, yaml.lineOf([index, 'flow', end]), `figure "${data.id}": flow ${end} place "${place}" has no coordinates to draw: add coordinates: { lat, lon } to ${content.entities.get(place)!.file}`));
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
      const wrongLocator = locatorProblem(ref.id, ref.locator);
      if (wrongLocator) problems.push(error(source.file, ref.line, wrongLocator));
    }
    for (const ref of body.citationProblems) problems.push(error(source.file, ref.line, ref.id));
    for (const ref of body.citationsInContext) {
      problems.push(error(source.file, ref.line, `citation [@${ref.id}] inside a <Context> box: a Context box is our own background and never cites a source; move the sourced statement and its citation into the article's prose`));
    }
    for (const ref of body.figures) {
      if (!content.figures.has(ref.id) && !invalidFigures.has(ref.id)) {
        problems.push(error(source.file, ref.line, `unknown figure id "${ref.id}": add it to content/data/figures or fix the id`));
      }
    }
    for (const ref of body.entities) {
      if (!content.entities.has(ref.id) && !invalidEntities.has(ref.id)) {
        problems.push(error(source.file, ref.line, `unknown entity id "${ref.id}": add content/entities/<kind>/${ref.id}.yaml or fix the id`));
      }
    }
    for (const ref of body.strayNumbers) {
      problems.push(error(source.file, ref.line, `the number "${ref.id}" is typed into the prose: add it to content/data/figures and write <Stat id="…" /> (only years and calendar dates may be typed)`));
    }
    for (const ref of body.imagesWithoutAlt) {
      problems.push(error(source.file, ref.line, `image "${ref.id}" has no alt text: describe what it shows, as ![A map of …](${ref.id}) or <img alt="A map of …">`));
    }
  }

  // Every unit of a mirrored source is followed by an article that mirrors it, or left out on purpose.
  for (const [key, document] of content.sources) {
    const mirroring = content.articles.filter((article) => article.data.source.key === key && !article.data.draft);
    const where = unitLines.get(key);
    if (mirroring.length === 0 || !where) continue;
    const passages = mirroring.map((article) => ({
      id: article.slug,
      section: null,
      excerpt: '',
      entities: [],
      citations: article.body.citations.map((ref) => ref.id),
      locators: article.body.citations.flatMap((ref) => (ref.id === key && ref.locator !== undefined ? [{ key, locator: ref.locator }] : [])),
      note: false,
    }));
    const files = mirroring.map((article) => article.file).join(' or ');
    unitCoverage(document, key, passages).forEach((entry, index) => {
      if (isAccountedFor(entry)) return;
      problems.push(error(where.file, where.lines[index]!, `unit "${entry.unit.locator}" is cited nowhere in ${files}, which mirrors this source: cite it where the article reports it ([@${key}, ${entry.unit.locator}]), or say why it is left out with \`omitted: <reason>\``));
    });
  }

  problems.push(...checkLinks(content), ...unusedCitations(content, files.bibliography.file));
  return { problems, content };
}

/** Site routes an article may link to (besides articles), without the configured base. */
export const SITE_ROUTES = ['/', '/data/', '/entities/', '/search/', '/bibliography/', '/corrections/'] as const;
/** Anchors every article page has besides its headings' (notes, references, contents). */
const ARTICLE_ANCHORS = ['footnote-label', 'references', 'toc-title'];

/**
 * Internal links in article bodies: every path must be a page of the site and every anchor a
 * heading of the target article; a published article may not link to a draft. Links to files
 * (a path with an extension) are left to the built-site tests.
 */
function checkLinks(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map(content.articles.map((article) => [`/articles/${article.slug}/`, article]));
  const routes = new Set<string>([...SITE_ROUTES, ...articles.keys(), ...[...content.entities.keys()].map((id) => `/entities/${id}/`)]);
  for (const article of content.articles) {
    for (const ref of article.body.links) {
      const [rawPath = '', rawAnchor] = ref.id.split('#', 2);
      const path = rawPath === '' ? `/articles/${article.slug}/` : rawPath.replace(/\?.*$/, '');
      if (/\.[a-z0-9]+$/i.test(path)) continue;
      if (!routes.has(path)) {
        const fix = routes.has(`${path}/`)
          ? `write "${path}/" (page links end with a slash)`
          : 'link to an existing page (/articles/<slug>/, /entities/<id>/, /data/, …) or fix the path';
        problems.push(error(article.file, ref.line, `broken link "${ref.id}": no page ${path}: ${fix}`));
        continue;
      }
      const target = articles.get(path);
      if (target?.data.draft && !article.data.draft) {
        problems.push(error(article.file, ref.line, `link "${ref.id}" points to a draft (${target.file} has draft: true): publish it or remove the link`));
      }
      const anchor = rawAnchor === undefined ? '' : decodeURIComponent(rawAnchor);
      if (target && anchor !== '' && !target.body.anchors.has(anchor) && !ARTICLE_ANCHORS.includes(anchor) && !isPassageId(anchor, target.body.anchors)) {
        const known = [...target.body.anchors].slice(0, 8).map((id) => `#${id}`).join(', ');
        problems.push(error(article.file, ref.line, `broken anchor "${ref.id}": ${target.file} has no heading "#${anchor}": use one of ${known || '(no headings)'}`));
      }
    }
  }
  return problems;
}

/** A paragraph permalink (`<section-slug>-p<n>`, `intro-p<n>`; see src/lib/reading/passages.ts) or a footnote id. */
function isPassageId(anchor: string, headings: ReadonlySet<string>): boolean {
  if (/^user-content-fn(ref)?-/.test(anchor)) return true;
  const section = /^(.+)-p\d+(?:-\d+)?$/.exec(anchor)?.[1];
  return section !== undefined && (section === 'intro' || headings.has(section));
}

/** Bibliography entries cited nowhere (articles, figures, entities): warnings at their .bib line. */
function unusedCitations(content: CheckedContent, file: string): Problem[] {
  const bibliography = content.bibliography;
  if (!bibliography) return [];
  const used = new Set<string>();
  for (const article of content.articles) {
    used.add(article.data.source.key);
    for (const ref of article.body.citations) used.add(ref.id);
  }
  for (const { data } of content.figures.values()) for (const key of [data.source.key, ...data.via]) used.add(key);
  for (const { data } of content.entities.values()) {
    for (const statement of data['sourced'] as { source: { key: string }; via: string[] }[]) {
      used.add(statement.source.key);
      for (const key of statement.via) used.add(key);
    }
  }
  return [...bibliography.lineOf]
    .filter(([key]) => !used.has(key))
    .map(([key, line]) => ({
      file,
      line,
      severity: 'warning' as const,
      message: `citation key "${key}" is cited nowhere (no article, figure or entity uses it): cite it or remove the entry`,
    }));
}
