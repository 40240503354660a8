/** Values shared by the components of one page while it renders (Astro.locals). */
declare namespace App {
  interface Locals {
    /** Set by the first <FlowMap> on a page, which draws the land that every map there shows. */
    mapLandDrawn?: boolean;
  }
}

/** What the content check read of each article body, by bodyKey of its text (src/integrations/content-check.ts). */
declare module 'virtual:checked-article-ids' {
  const ids: Record<string, import('./lib/content/article-ids.ts').ArticleIds>;
  export default ids;
}
