/**
 * The backlink indexes of the built site (Astro side: uses astro:content). Each published
 * article is rendered once; rehype-paragraph-ids has recorded its passages in the frontmatter.
 */
import { render } from 'astro:content';
import { publishedArticles } from '../../data/entities.ts';
import type { Passage } from '../../lib/reading/passages.ts';
import { citationBacklinks, entityBacklinks, type ArticlePassages, type BacklinkIndex } from '../../lib/reading/backlinks.ts';

let cached: Promise<ArticlePassages[]> | undefined;

/** Every published article with its passages. */
export function articlePassages(): Promise<ArticlePassages[]> {
  cached ??= (async () => {
    const articles = await publishedArticles();
    return Promise.all(
      articles.map(async (article) => {
        const { remarkPluginFrontmatter } = await render(article);
        const passages = (remarkPluginFrontmatter['passages'] ?? []) as Passage[];
        return { slug: article.id, title: article.data.title, passages };
      }),
    );
  })();
  return cached;
}

export async function entityIndex(): Promise<BacklinkIndex> {
  return entityBacklinks(await articlePassages());
}

export async function citationIndex(): Promise<BacklinkIndex> {
  return citationBacklinks(await articlePassages());
}
