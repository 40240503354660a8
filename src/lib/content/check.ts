/**
 * The content check: every file validated against its schema and every reference between files
 * resolved, all problems of every kind reported in one run, each with file, line and fix. Pure:
 * it takes the files' text (src/lib/content/files.ts reads them from disk). Each part lives in
 * its own module; the order matters only in that what is referred to is read first.
 */
import { join } from 'node:path';
import { CheckContext, type CheckedContent, type CheckOptions, type ContentFiles } from './context.ts';
import { checkBibliography, checkCoverage, checkSources, checkUnusedCitations } from './check-sources.ts';
import { checkEntities } from './check-entities.ts';
import { checkFigures } from './check-figures.ts';
import { checkMapMentions, checkMaps } from './check-maps.ts';
import { checkArticles } from './check-articles.ts';
import { checkLinks } from './check-links.ts';
import type { Problem } from './problems.ts';

export type { CheckedArticle, CheckedContent, ContentFiles, SourceText } from './context.ts';
export { SITE_ROUTES } from './check-links.ts';

export function checkContent(files: ContentFiles, options: CheckOptions = {}): { problems: Problem[]; content: CheckedContent } {
  const context = new CheckContext(files, options);
  checkBibliography(context);
  checkSources(context);
  checkEntities(context);
  checkFigures(context);
  checkMaps(context);
  checkArticles(context, join(files.contentDir ?? 'content', 'articles'));
  checkMapMentions(context);
  checkCoverage(context);
  checkLinks(context);
  checkUnusedCitations(context);
  return { problems: context.problems, content: context.content };
}
