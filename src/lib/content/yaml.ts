/**
 * YAML read for the content check: the value, the line of every path, and the mistakes a YAML
 * parser accepts silently. An unquoted " #" inside a text value starts a comment and drops the
 * rest of the line; anchors and aliases make a value stand for another (and can expand without
 * bound); both are reported with their line, like syntax errors.
 */
import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface LocatedYaml {
  /** The parsed value (unquoted dates become Date objects and fail the schemas); undefined on errors. */
  value: unknown;
  /** 1-based line of the node at a path (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors and silent-loss mistakes, with their lines. */
  errors: { line: number; message: string }[];
}

/** No alias expansion is needed by any content file; a few keep an honest mistake readable. */
const MAX_ALIAS_COUNT = 0;

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
  const errors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: `invalid YAML: ${error.message.split('\n')[0]!}` }));
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      errors.push({ line: node.range ? lineAt(node.range[0]) : firstLine, message: `the alias *${node.source} repeats another value: write the value out (anchors and aliases are not allowed in content)` });
      return;
    }
    if (isNode(node) && node.anchor && node.range) {
      errors.push({ line: lineAt(node.range[0]), message: `the anchor &${node.anchor} is not allowed in content: remove it and write values out` });
    }
    // A comment right after an unquoted text value is text the writer meant to keep.
    if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && node.comment !== undefined && node.range) {
      errors.push({ line: lineAt(node.range[1]), message: `the " #" in this value starts a YAML comment, so "#${node.comment}" is dropped from it: put the whole value in quotes` });
    }
  });
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (caught) {
      errors.push({ line: firstLine, message: `invalid YAML: ${caught instanceof Error ? caught.message : String(caught)}` });
    }
  }
  return {
    value,
    errors: errors.sort((a, b) => a.line - b.line),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if ((isNode(node) || isScalar(node)) && node.range) return lineAt(node.range[0]);
      }
      return firstLine;
    },
  };
}
