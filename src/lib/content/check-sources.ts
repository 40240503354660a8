/**
 * The bibliography and the source documents' units: which citation keys exist (even in a .bib
 * that does not parse), which locators name a unit, and whether every unit of a mirrored source
 * is followed by an article or says why not. Also: bibliography entries cited nowhere.
 */
import { sourceSchema } from '../../schemas/source.ts';
import { ContentError, parseBibliography } from '../bibliography.ts';
import { scanBibtex } from '../bibtex-strict.ts';
import { isAccountedFor, unitCoverage } from '../reading/mirroring.ts';
import type { Passage } from '../reading/passages.ts';
import { baseName, type CheckContext } from './context.ts';
import { validateAt } from './validate.ts';
import { parseLocatedYaml } from './yaml.ts';

export function checkBibliography(context: CheckContext): void {
  const { file, text } = context.files.bibliography;
  // The keys come from our own scan, so a .bib that fails to parse still tells unknown keys from known ones.
  context.bibliographyKeys = scanBibtex(text).keys;
  try {
    context.content.bibliography = parseBibliography(text, file);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    for (const problem of caught.problems) context.error(problem.file, problem.line, problem.message);
  }
}

export function checkSources(context: CheckContext): void {
  for (const source of context.files.sources) {
    const yaml = parseLocatedYaml(source.text);
    const { data, problems } = validateAt(sourceSchema, yaml, source.file);
    context.problems.push(...problems);
    const key = baseName(source.file);
    if (!context.citationKnown(key)) {
      context.error(source.file, 1, `${source.file} is named for citation key "${key}", which is not in ${context.files.bibliography.file}: rename the file to the source's key`);
    }
    if (!data) continue;
    const seen = new Set<string>();
    data.units.forEach((unit, index) => {
      if (seen.has(unit.locator)) context.error(source.file, yaml.lineOf(['units', index, 'locator']), `unit "${unit.locator}" is listed twice: locators are unique within a source`);
      seen.add(unit.locator);
      unit.works.forEach((work, w) => context.checkKey(source.file, yaml.lineOf(['units', index, 'works', w]), work));
    });
    data.units.forEach((unit, index) => {
      if (unit.calledFrom !== undefined && !seen.has(unit.calledFrom)) {
        context.error(source.file, yaml.lineOf(['units', index, 'calledFrom']), `calledFrom "${unit.calledFrom}" is not a unit of this source: use one of its locators`);
      }
    });
    context.content.sources.set(key, data);
    context.unitLines.set(key, { file: source.file, lines: data.units.map((_unit, index) => yaml.lineOf(['units', index])) });
  }
}

/** Every unit of a mirrored source is cited by a published article that mirrors it, or says why it is left out. */
export function checkCoverage(context: CheckContext): void {
  for (const [key, document] of context.content.sources) {
    const mirroring = context.content.articles.filter((article) => article.data.source.key === key && !article.data.draft);
    const where = context.unitLines.get(key);
    if (mirroring.length === 0 || !where) continue;
    const passages = mirroring.map((article): Passage => ({
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
      context.error(where.file, where.lines[index]!, `unit "${entry.unit.locator}" is cited nowhere in ${files}, which mirrors this source: cite it where the article reports it ([@${key}, ${entry.unit.locator}]), or say why it is left out with \`omitted: <reason>\``);
    });
  }
}

/** Bibliography entries cited nowhere (articles, figures, entities, maps): warnings at their .bib line. */
export function checkUnusedCitations(context: CheckContext): void {
  const { content } = context;
  if (!content.bibliography) return;
  const used = new Set<string>();
  for (const article of content.articles) {
    used.add(article.data.source.key);
    for (const ref of article.body.citations) used.add(ref.id);
  }
  for (const { data } of content.figures.values()) for (const key of [data.source.key, ...data.via]) used.add(key);
  for (const { data } of content.entities.values()) {
    for (const statement of data.sourced) for (const key of [statement.source.key, ...statement.via]) used.add(key);
  }
  for (const { data } of content.maps.values()) for (const route of data.routes) for (const key of [route.source.key, ...route.via]) used.add(key);
  for (const [key, line] of content.bibliography.lineOf) {
    if (!used.has(key)) context.warning(content.bibliography.file, line, `citation key "${key}" is cited nowhere (no article, figure or entity uses it): cite it or remove the entry`);
  }
}
