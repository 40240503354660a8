/**
 * The definitions entity-mention previews show. A mention is only a link to its entity's page
 * (the id read from the address: entityIdFromHref in ../urls.ts); the definitions live in one small JSON file per article,
 * /articles/<slug>/entities.json, each entity once, which the reading script fetches the first
 * time a reader opens a mention's preview. In the page they were 5–8 KB of each article's gzip
 * (issue 15), paid by every reader, most of whom never open one. Pure.
 */

/** What a mention's preview says: "Name: what the first source says (citation)", or the name alone. */
export function entityDefinition(name: string, first?: { text: string; citation: string }): string {
  return first ? `${name}: ${first.text} (${first.citation})` : name;
}

/** The file's text: one object of entity id → definition, keys sorted so a build is reproducible. */
export function definitionsJson(definitions: ReadonlyMap<string, string>): string {
  const sorted = [...definitions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted))}\n`;
}
