/** Site-wide facts shown in the header, footer and metadata. */
export const SITE = {
  title: 'Central Asia: Foreign Fighters & Returnees',
  shortTitle: 'CA Fighters Explained',
  description:
    'An explainer, built from annotated sources, on Central Asian foreign fighters, the people who came back, and political Islam in the region.',
  lang: 'en',
  /** Who a page is credited to when cited: the site itself, as a corporate author (no person is named). */
  author: 'Central Asia: Foreign Fighters & Returnees',
  /** Path of the feed and of the sitemap, under the base. */
  feedPath: 'feed.xml',
  sitemapPath: 'sitemap.xml',
} as const;
