/** Parsed built pages, queried with CSS selectors. */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

export function parse(html: string): Root {
  return fromHtml(html);
}

export const $ = (tree: Root | Element, selector: string): Element | undefined => select(selector, tree);
export const $$ = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);
export const text = (node: Root | Element): string => toText(node);
export const attr = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};
