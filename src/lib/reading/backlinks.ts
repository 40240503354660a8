/**
 * Backlink indexes across articles: for each entity, every passage that mentions it; for each
 * citation key, every passage that cites it. Built at build time from the passages each article's
 * rehype-paragraph-ids records (see passages.ts). Pure.
 */
import type { Passage } from './passages.ts';
import { withBase } from '../urls.ts';

/** One article's passages, as `render()` returns them in `remarkPluginFrontmatter.passages`. */
export interface ArticlePassages {
  slug: string;
  title: string;
  passages: readonly Passage[];
}

/** A link back to one passage of one article. */
export interface Backlink {
  slug: string;
  title: string;
  passageId: string;
  section: string | null;
  excerpt: string;
  note: boolean;
}

export type BacklinkIndex = ReadonlyMap<string, readonly Backlink[]>;

function index(articles: readonly ArticlePassages[], keysOf: (passage: Passage) => readonly string[]): BacklinkIndex {
  const map = new Map<string, Backlink[]>();
  for (const { slug, title, passages } of articles) {
    for (const passage of passages) {
      for (const key of keysOf(passage)) {
        const list = map.get(key) ?? [];
        list.push({ slug, title, passageId: passage.id, section: passage.section, excerpt: passage.excerpt, note: passage.note });
        map.set(key, list);
      }
    }
  }
  return map;
}

/** Entity id → passages that mention it, in article and reading order. */
export const entityBacklinks = (articles: readonly ArticlePassages[]): BacklinkIndex => index(articles, (p) => p.entities);

/** Citation key → passages that cite it, in article and reading order. */
export const citationBacklinks = (articles: readonly ArticlePassages[]): BacklinkIndex => index(articles, (p) => p.citations);

/** The URL of a passage: `/articles/<slug>/#<id>`, under the site's base. */
export const passageHref = (base: string, link: Pick<Backlink, 'slug' | 'passageId'>): string =>
  `${withBase(base, `articles/${link.slug}/`)}#${link.passageId}`;

/** Backlinks grouped by article, in first-seen order (for "cited in" and "mentioned in" lists). */
export function groupByArticle(links: readonly Backlink[]): { slug: string; title: string; links: Backlink[] }[] {
  const groups = new Map<string, { slug: string; title: string; links: Backlink[] }>();
  for (const link of links) {
    const group = groups.get(link.slug) ?? { slug: link.slug, title: link.title, links: [] };
    group.links.push(link);
    groups.set(link.slug, group);
  }
  return [...groups.values()];
}
