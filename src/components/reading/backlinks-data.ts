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

// Built once per build: every entity page and the bibliography page read the same index.
let entities: Promise<BacklinkIndex> | undefined;
let citations: Promise<BacklinkIndex> | undefined;

export function entityIndex(): Promise<BacklinkIndex> {
  return (entities ??= articlePassages().then(entityBacklinks));
}

export function citationIndex(): Promise<BacklinkIndex> {
  return (citations ??= articlePassages().then(citationBacklinks));
}
