/**
 * What the search loader needs on every page: the keys that open search ("/" outside text
 * fields, Ctrl+K / Cmd+K) and the highlight parameter. Kept apart from the rest of
 * src/lib/search so the inlined loader stays small.
 */

/** Query parameter that carries the search term to a result page, where it is highlighted. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/** Whether the event target is a form field or editable text, where "/" must stay a character. */
export function isTextTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  return !!target && (target.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/i.test(target.tagName ?? ''));
}

export function isSearchShortcut(event: KeyLike, inTextField: boolean): boolean {
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !inTextField;
}
