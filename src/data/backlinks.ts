/**
 * The backlink indexes of the built site (Astro side: uses astro:content). Each published
 * article is rendered once; rehype-paragraph-ids has recorded its passages in the frontmatter.
 */
import { render } from 'astro:content';
import { publishedArticles } from './entities.ts';
import { oncePerBuild } from './once-per-build.ts';
import type { Passage } from '../lib/reading/passages.ts';
import { citationBacklinks, entityBacklinks, type ArticlePassages, type BacklinkIndex } from '../lib/reading/backlinks.ts';

/** Every published article with its passages. */
export const articlePassages = oncePerBuild(async (): Promise<ArticlePassages[]> => {
  const articles = await publishedArticles();
  return Promise.all(
    articles.map(async (article) => {
      const { remarkPluginFrontmatter } = await render(article);
      const passages = (remarkPluginFrontmatter['passages'] ?? []) as Passage[];
      return { slug: article.id, title: article.data.title, passages };
    }),
  );
});

// Every entity page and the bibliography page read the same indexes.
export const entityIndex = oncePerBuild(async (): Promise<BacklinkIndex> => entityBacklinks(await articlePassages()));
export const citationIndex = oncePerBuild(async (): Promise<BacklinkIndex> => citationBacklinks(await articlePassages()));
