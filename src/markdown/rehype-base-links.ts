/**
 * Prefixes the configured `base` to root-relative links and images written in Markdown
 * (`[the data](/data/)` → `/repo/data/`), so that articles work when the site lives under a
 * sub-path such as https://owner.github.io/repo/. Astro does this for its own assets but not for
 * links inside content.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

export interface BaseLinksOptions {
  /** The site's base path ("/" or "/repo/"). */
  base?: string;
}

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

export default function rehypeBaseLinks({ base = '/' }: BaseLinksOptions = {}) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return (tree: Root) => {
    if (root === '/') return;
    visit(tree, 'element', (node: Element) => {
      const attribute = ATTRIBUTES[node.tagName];
      if (attribute === undefined) return;
      const value = node.properties[attribute];
      if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith(root)) return;
      node.properties[attribute] = withBase(root, value);
    });
  };
}
