/**
 * What every part of the content check shares: the files, what has been read so far, the
 * problems found, and the look-ups that let one part refer to another (is this citation key
 * known? does this locator name a unit? is this id a place?). A file that fails its schema still
 * makes its id known, so one mistake is reported once, with no follow-on errors elsewhere.
 */
import type { Root } from 'mdast';
import type { Article } from '../../schemas/article.ts';
import { KEBAB_ID } from '../../schemas/common.ts';
import type { AnyEntity, EntityKind } from '../../schemas/entities.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { FlowMapData } from '../../schemas/map.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import type { Bibliography } from '../bibliography.ts';
import { resolveLocator } from '../sources.ts';
import type { BodyReferences } from './article-body.ts';
import type { Problem } from './problems.ts';

export interface SourceText {
  /** Path shown in messages (relative to the project). */
  file: string;
  text: string;
}

export interface ContentFiles {
  /** The content folder, as file paths spell it ("content", or a fixture's). */
  contentDir?: string;
  articles: SourceText[];
  figures: SourceText[];
  /** content/sources/<key>.yaml: the units of each source document. */
  sources: SourceText[];
  /** content/data/maps.yaml, when there is one. */
  maps?: SourceText | undefined;
  entities: Record<EntityKind, SourceText[]>;
  bibliography: SourceText;
  /** Files under public/ (relative paths), which content may link to. */
  publicFiles?: ReadonlySet<string>;
  /** Files that could not be read (not UTF-8, broken links), already as problems. */
  unreadable?: Problem[];
}

export interface CheckedArticle {
  file: string;
  slug: string;
  data: Article;
  body: BodyReferences;
  /** The MDX document as the build compiles it (articleDocument), which keys what the build takes from the check. */
  document: string;
  /** Its mdast tree, as @mdx-js/mdx parses it: the build compiles it (src/markdown/remark-checked-tree.ts). */
  tree: Root;
}

export interface CheckedContent {
  articles: CheckedArticle[];
  figures: Map<string, { file: string; line: number; data: Figure }>;
  entities: Map<string, AnyEntity & { file: string }>;
  bibliography: Bibliography | undefined;
  /** Source documents with units, by citation key. */
  sources: Map<string, SourceDocument>;
  /** Maps of maps.yaml, by id. */
  maps: Map<string, { file: string; line: number; data: FlowMapData }>;
}

export interface CheckOptions {
  /** The build's date (ISO "YYYY-MM-DD"): dates after it are mistakes. Today by default. */
  today?: string;
}

export class CheckContext {
  readonly problems: Problem[] = [];
  readonly content: CheckedContent = { articles: [], figures: new Map(), entities: new Map(), bibliography: undefined, sources: new Map(), maps: new Map() };
  /** Citation keys of the .bib, read even when it does not parse, with their lines. */
  bibliographyKeys = new Map<string, number>();
  /** Ids whose files failed their schema (reported there), by kind. */
  readonly invalidEntities = new Map<string, EntityKind>();
  readonly invalidFigures = new Set<string>();
  readonly invalidMaps = new Set<string>();
  /** maps.yaml could not be read as a list (reported there): its map ids are unknown, so none is checked. */
  mapsUnreadable = false;
  /** The line of each unit of each source, for messages about units. */
  readonly unitLines = new Map<string, { file: string; lines: number[] }>();
  readonly today: string;
  readonly files: ContentFiles;

  constructor(files: ContentFiles, options: CheckOptions = {}) {
    this.files = files;
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    this.problems.push(...(files.unreadable ?? []));
  }

  error(file: string, line: number, message: string): void {
    this.problems.push({ file, line, message, severity: 'error' });
  }

  warning(file: string, line: number, message: string): void {
    this.problems.push({ file, line, message, severity: 'warning' });
  }

  citationKnown(key: string): boolean {
    return this.bibliographyKeys.has(key);
  }

  missingKey(key: string): string {
    return `citation key "${key}" is not in ${this.files.bibliography.file}: add a BibTeX entry for it or fix the key`;
  }

  /** Reports an unknown key at a line; true when the key is known. */
  checkKey(file: string, line: number, key: string, prefix = ''): boolean {
    if (this.citationKnown(key)) return true;
    this.error(file, line, `${prefix}${this.missingKey(key)}`);
    return false;
  }

  /** Why a citation's locator does not name a unit of its source, if it does not. */
  locatorProblem(key: string, locator: string | undefined): string | undefined {
    const document = this.content.sources.get(key);
    if (!document) return undefined;
    if (locator === undefined) return `cite a unit of @${key} (e.g. "${document.units[0]!.locator}"): a source document is always cited with the locator that contains the claim`;
    const resolved = resolveLocator(document, key, locator);
    return 'problem' in resolved ? resolved.problem : undefined;
  }

  entityOfKind(id: string, kind: EntityKind): boolean {
    return (this.content.entities.get(id)?.kind ?? this.invalidEntities.get(id)) === kind;
  }

  entityKnown(id: string): boolean {
    return this.content.entities.has(id) || this.invalidEntities.has(id);
  }

  figureKnown(id: string): boolean {
    return this.content.figures.has(id) || this.invalidFigures.has(id);
  }

  mapKnown(id: string): boolean {
    return this.mapsUnreadable || this.content.maps.has(id) || this.invalidMaps.has(id);
  }
}

/** The `id` of a list item as written, for messages about an item that failed its schema. */
export function rawId(item: unknown): string | undefined {
  return typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
}

/** "content/entities/places/syria.yaml" → "syria". */
export const baseName = (file: string): string => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Ids are kebab-case: lower-case letters, digits and single hyphens. */
export const isKebabId = (id: string): boolean => KEBAB_ID.test(id);
