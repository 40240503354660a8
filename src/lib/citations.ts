/**
 * Pandoc-style citation keys in text, found with rehype-citation's own pattern so that what is
 * checked is exactly what will be rendered: "[see @a, p. 3; @b]" and "@a [p. 3]".
 */
const BRACKETED = /\[([^[\]]*@[^[\]]+)\]/g;
const KEY = /(?:^|[\s;\[-])-?@([\p{L}\d_][^\s;,\]]*[\p{L}\d_]|\{[^}]+\})/gu;
const IN_TEXT = /(?<=\s|^)@([\p{L}\d_][^\s,;\]]*[\p{L}\d_])/gu;

/** Every citation key the text cites, in order of appearance, with repeats. */
export function citationKeysIn(text: string): string[] {
  const keys: string[] = [];
  const withoutBracketed = text.replace(BRACKETED, (_all, inner: string) => {
    for (const match of inner.matchAll(KEY)) keys.push(unbrace(match[1]!));
    return ' ';
  });
  for (const match of withoutBracketed.matchAll(IN_TEXT)) keys.push(match[1]!);
  return keys;
}

function unbrace(key: string): string {
  return key.replace(/^\{(.+)\}$/, '$1');
}

/** The keys of each bracketed citation ("[@a; @b]" → ["a", "b"]), one list per citation. */
export function citationGroups(text: string): string[][] {
  return [...text.matchAll(BRACKETED)].map((match) => citationKeysIn(match[0]));
}
