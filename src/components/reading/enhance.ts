/**
 * Progressive enhancement for reading, one small module on every page (everything works without
 * it: citations and note markers are links with back links, the notes sit at the end, the theme
 * follows the system):
 * - theme toggle (remembered in localStorage; the inline head script applies it before paint);
 * - copy buttons ("Cite this page");
 * - previews in a popover for citations, footnote markers and entity/glossary mentions: hover,
 *   keyboard focus (Esc closes and returns focus), tap toggles on touch; one step from one preview
 *   to the next by any of them; no extra Tab stop; every attribute changed is put back;
 * - sidenotes beside their markers on wide screens (a preview where the margin is too crowded);
 * - table-of-contents scroll-spy.
 * Kept small on purpose: the article page budget for all JavaScript is 3 KB gzip.
 */
import { entityIdFromHref } from '../../lib/urls.ts';
const d = document;
const $$ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = d): E[] => [...root.querySelectorAll<E>(selector)];
const root = d.documentElement;

// Theme: the button is hidden without JavaScript; aria-pressed says whether the dark theme is on.
const dark = matchMedia('(prefers-color-scheme: dark)');
for (const button of $$('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String((root.dataset['theme'] ?? (dark.matches ? 'dark' : 'light')) === 'dark'));
  sync();
  button.hidden = false;
  dark.addEventListener('change', sync);
  button.onclick = () => {
    const theme = button.getAttribute('aria-pressed') === 'true' ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    sync();
  };
}

// Copy buttons copy the text of the element they name.
for (const button of $$('[data-copy]')) {
  button.hidden = false;
  const label = button.textContent;
  button.onclick = async () => {
    await navigator.clipboard.writeText(d.getElementById(button.dataset['copy']!)?.textContent ?? '');
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = label), 2000);
  };
}

// Previews. Content: the reference entry, the note (without its back link) or the entity's description.
// A preview adds no Tab stop (its links are the trigger's destination, one Enter away), so Tab moves
// from one trigger to the next and each shows its own preview at once, as hover and tap do.
const wide = matchMedia('(min-width: 75rem)');
const pop = d.createElement('div');
pop.className = 'preview';
pop.setAttribute('popover', 'manual');
pop.id = 'preview';
let owner: HTMLAnchorElement | null = null;
/** The owner's own aria-describedby (footnote markers point at the notes heading), put back on hide. */
let ownDescription: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
/**
 * Entity id → definition, each entity once, in the article's entities.json (not in the page: most
 * readers never open one), fetched the first time a mention's preview is wanted. If it cannot be
 * fetched, a mention stays what it is without JavaScript: a link to its entity page.
 */
const defsUrl = d.querySelector<HTMLElement>('[data-entity-definitions]')?.dataset['entityDefinitions'];
let defs: Partial<Record<string, string>> | undefined;
let loading: Promise<void> | undefined;
const loadDefs = (): Promise<void> =>
  (loading ??= (defsUrl ? fetch(defsUrl).then((r) => r.json()) : Promise.resolve({})).then(
    // json()'s `any` is taken as that shape unchecked: the build writes the file from a Map<string, string>.
    (json: Partial<Record<string, string>>) => void (defs = json),
    () => void (defs = {}),
  ));
const defOf = (a: HTMLAnchorElement): string | undefined => defs?.[entityIdFromHref(a.pathname) ?? ''];
/** The trigger whose preview is on its way (an entity's, while its definitions load). */
let wanted: HTMLAnchorElement | null = null;

const content = (a: HTMLAnchorElement): Node[] | null => {
  const hash = a.hash && d.getElementById(decodeURIComponent(a.hash.slice(1)));
  const def = defOf(a);
  if (def) return [d.createTextNode(def)];
  // A note shown beside its marker needs no preview; a folded one (see sidenotes) does.
  if (!hash || (a.hasAttribute('data-footnote-ref') && wide.matches && a.dataset['fold'] === undefined)) return null;
  const clone = hash.cloneNode(true) as HTMLElement;
  clone.removeAttribute('id');
  for (const el of $$('[data-footnote-backref],.permalink,[id]', clone)) el.hasAttribute('id') ? el.removeAttribute('id') : el.remove();
  return [...clone.childNodes];
};

const hide = () => {
  clearTimeout(timer);
  wanted = null;
  if (!owner) return;
  if (ownDescription === null) owner.removeAttribute('aria-describedby');
  else owner.setAttribute('aria-describedby', ownDescription);
  owner = null;
  pop.hidePopover();
};

const show = (a: HTMLAnchorElement) => {
  clearTimeout(timer);
  if (owner === a) return;
  hide();
  wanted = a;
  if (a.matches('.entity') && !defs) return void loadDefs().then(() => wanted === a && show(a));
  const nodes = content(a);
  if (!nodes) return;
  const more = d.createElement('a');
  more.href = a.href;
  more.className = 'preview-go';
  more.textContent = defOf(a) ? 'Open the entry' : a.hasAttribute('data-footnote-ref') ? 'Go to the note' : 'Go to the reference';
  pop.replaceChildren(...nodes, more);
  for (const link of $$('a', pop)) link.tabIndex = -1;
  owner = a;
  ownDescription = a.getAttribute('aria-describedby');
  a.setAttribute('aria-describedby', pop.id);
  pop.showPopover();
  place();
};

// Below the trigger, or above it when there is no room; kept inside the viewport.
const place = () => {
  if (!owner) return;
  const r = owner.getBoundingClientRect();
  const w = Math.min(pop.offsetWidth, innerWidth - 16);
  const below = r.bottom + pop.offsetHeight + 8 < innerHeight;
  pop.style.left = `${Math.max(8, Math.min(r.left, innerWidth - w - 8))}px`;
  pop.style.top = `${below ? r.bottom + 6 : Math.max(8, r.top - pop.offsetHeight - 6)}px`;
};

const later = () => {
  clearTimeout(timer);
  timer = setTimeout(hide, 300);
};

const triggers = $$<HTMLAnchorElement>('.prose .citation a[href^="#bib-"],.prose a[data-footnote-ref],.prose a.entity');
if (triggers.length) {
  d.body.append(pop);
  let touch = false;
  let quiet = false;
  for (const a of triggers) {
    a.addEventListener('pointerdown', (e) => (touch = e.pointerType !== 'mouse'));
    a.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && show(a));
    a.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && later());
    a.addEventListener('focus', () => touch || quiet || show(a));
    // Only this trigger's own preview closes with it (focus may already have opened the next one),
    // and not while the reader is clicking inside the preview.
    a.addEventListener('blur', () => setTimeout(() => owner === a && !touch && !pop.contains(d.activeElement) && !pop.matches(':hover') && hide()));
    a.addEventListener('click', (e) => {
      if (!touch) return;
      touch = false;
      e.preventDefault();
      owner === a ? hide() : show(a);
    });
  }
  pop.addEventListener('pointerenter', () => clearTimeout(timer));
  pop.addEventListener('pointerleave', later);
  d.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !owner) return;
    const a = owner;
    hide();
    // Focus goes back to the trigger without reopening the preview.
    quiet = true;
    a.focus();
    quiet = false;
  });
  // A tap or click anywhere else closes the preview (a tap on another trigger then opens its own).
  d.addEventListener('pointerdown', (e) => owner && !pop.contains(e.target as Node) && !owner.contains(e.target as Node) && hide());
  addEventListener('scroll', place, { passive: true });
}

// Sidenotes: on wide screens each note is copied beside its marker (CSS floats it into the
// margin); the notes at the end stay for print and screen readers, so the copies are hidden from
// assistive technology and their links taken out of the tab order. Where notes are too dense for
// the margin, a note would drift below its marker: that marker keeps its preview instead.
const MAX_DRIFT = 200;
const sidenote = (ref: HTMLAnchorElement, note: HTMLElement): HTMLElement => {
  const side = d.createElement('span');
  side.className = 'sidenote';
  side.setAttribute('aria-hidden', 'true');
  side.dataset['n'] = ref.textContent ?? '';
  for (const p of $$('p', note)) {
    const span = d.createElement('span');
    span.append(...(p.cloneNode(true) as HTMLElement).childNodes);
    side.append(span);
  }
  for (const el of $$('[data-footnote-backref],.permalink', side)) el.remove();
  for (const el of $$('[id]', side)) el.removeAttribute('id');
  for (const el of $$('a', side)) el.tabIndex = -1;
  return side;
};
const sidenotes = () => {
  for (const note of $$('.sidenote')) note.remove();
  for (const ref of $$<HTMLAnchorElement>('.prose a[data-footnote-ref]')) {
    delete ref.dataset['fold'];
    const note = d.getElementById(decodeURIComponent(ref.hash.slice(1)));
    if (!wide.matches || !note) continue;
    const side = sidenote(ref, note);
    (ref.closest('sup') ?? ref).after(side);
    // In document order, so each note is measured after the ones above it have settled.
    if (side.getBoundingClientRect().top - ref.getBoundingClientRect().top > MAX_DRIFT) {
      side.remove();
      ref.dataset['fold'] = '';
    }
  }
};
sidenotes();
wide.addEventListener('change', sidenotes);

// Scroll-spy: the contents link of the section being read (its heading in the top third) gets aria-current.
const toc = $$<HTMLAnchorElement>('.toc a');
if (toc.length) {
  const links = new Map(toc.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...links.keys()].map((id) => d.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  let queued = false;
  const update = () => {
    queued = false;
    let current: HTMLElement | undefined;
    // The section a heading starts (src/markdown/rehype-sections.ts) is measured, not the heading:
    // inside a section not rendered yet (content-visibility), measuring it would render the section.
    for (const h of headings) if ((h.closest('.prose > *') ?? h).getBoundingClientRect().top < innerHeight / 3) current = h;
    for (const a of toc) a.removeAttribute('aria-current');
    if (current) links.get(current.id)?.setAttribute('aria-current', 'true');
  };
  addEventListener('scroll', () => queued || ((queued = true), requestAnimationFrame(update)), { passive: true });
  update();
}
