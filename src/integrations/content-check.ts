/**
 * Runs the content check before Astro loads any collection, so a build fails with every problem
 * in every file (Astro's own validation stops at the first bad entry). What the check read of
 * each article's body is then handed to the pages (src/data/article-models.ts) as a virtual
 * module, so that no page parses an article again to learn what it cites and mentions, and the
 * trees it parsed are kept for the MDX compile (src/markdown/remark-checked-tree.ts).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { readContentFiles } from '../lib/content/files.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { articleIds, bodyKey, type ArticleIds } from '../lib/content/article-ids.ts';
import { forgetCheckedTrees, keepCheckedTree } from '../markdown/remark-checked-tree.ts';
import { CONTENT_DIR } from '../config.ts';

/** The module the pages import the checked articles' ids from (declared in src/env.d.ts). */
export const CHECKED_ARTICLE_IDS = 'virtual:checked-article-ids';

/** A Vite plugin serving `ids` (by bodyKey of each article's text) as CHECKED_ARTICLE_IDS's default export. */
function checkedArticleIds(ids: Record<string, ArticleIds>): Plugin {
  const resolved = `\0${CHECKED_ARTICLE_IDS}`;
  return {
    name: 'checked-article-ids',
    resolveId: (id) => (id === CHECKED_ARTICLE_IDS ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(ids)};` : undefined),
  };
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const { problems, content } = checkContent(readContentFiles(fileURLToPath(config.root), CONTENT_DIR));
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (problems.length > errors.length) logger.warn(formatProblems(problems.filter((p) => p.severity === 'warning')));
        if (errors.length > 0) {
          const report = `${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n${formatProblems(errors)}`;
          if (command === 'build') throw new Error(report);
          logger.error(report);
        }
        const ids = Object.fromEntries(content.articles.map((article) => [bodyKey(article.document), articleIds(article.body)]));
        updateConfig({ vite: { plugins: [checkedArticleIds(ids)] } });
        for (const article of content.articles) keepCheckedTree(article.document, article.tree);
      },
      'astro:build:done': () => forgetCheckedTrees(),
    },
  };
}
