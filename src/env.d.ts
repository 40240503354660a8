/** What the content check read of each article body, by bodyKey of its text (src/integrations/content-check.ts). */
declare module 'virtual:checked-article-ids' {
  const ids: Record<string, import('./lib/content/article-ids.ts').ArticleIds>;
  export default ids;
}
