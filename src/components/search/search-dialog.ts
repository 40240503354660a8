/**
 * The search dialog: opened by the header button, "/" or Ctrl/Cmd+K (search-loader.ts), it holds
 * a <site-search>, keeps focus inside while open and gives it back to what opened it.
 */
import type { SiteSearch } from './site-search.ts';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

let opener: HTMLElement | null = null;

function setUpDialog(dialog: HTMLDialogElement): void {
  if (dialog.dataset['ready']) return;
  dialog.dataset['ready'] = 'true';
  const close = () => dialog.close();
  dialog.querySelector('[data-search-close]')?.addEventListener('click', close);
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Handled here, not left to the type=search input (whose first Esc only clears it).
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // Keep focus inside: the modal dialog makes the page inert, but Tab could still leave for the browser UI.
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.checkVisibility());
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
}

/** Opens search: focuses the /search/ page's box if this is that page, else opens the dialog. */
export function openSearch(): void {
  const onPage = document.querySelector<SiteSearch>('site-search[data-mode="page"]');
  if (onPage) {
    onPage.input.focus();
    onPage.input.select();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const search = dialog?.querySelector<SiteSearch>('site-search');
  if (!dialog || !search) return;
  setUpDialog(dialog);
  if (!dialog.open) {
    opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
  }
  search.input.focus();
  search.input.select();
  void search.prepare();
}
