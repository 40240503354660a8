/** Line numbers for YAML paths, so schema errors can point at the line to fix. */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

export interface LocatedYaml {
  /** The parsed value (unquoted dates become Date objects and fail the schemas). */
  value: unknown;
  /** 1-based line of the node at a path (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors with their lines. */
  errors: { line: number; message: string }[];
}

/** Parses YAML text that starts at `firstLine` of its file (frontmatter starts at line 2). */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    // As Astro's frontmatter parser does: unquoted dates become Date objects, which the schemas refuse.
    customTags: ['timestamp'],
  });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return {
    value: doc.errors.length > 0 ? undefined : doc.toJS(),
    errors: doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0]! })),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return firstLine;
    },
  };
}
