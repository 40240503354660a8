/** The table of contents as a tree: each level-2 heading with the level-3 headings under it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends TocHeading {
  children: TocHeading[];
}

export function nestHeadings(headings: readonly TocHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2 || entries.length === 0) entries.push({ ...heading, children: [] });
    else if (heading.depth === 3) entries.at(-1)!.children.push(heading);
  }
  return entries;
}
