/**
 * Hover, focus and tap on a flow, a marker, a route or a country show its figure, qualifier,
 * as-of date, status and citation in the map's panel. The details are copied from the map's own
 * table (rendered at build time from the data set), so the numbers have one source.
 */
const ITEM = '[data-item]';

function cellOf(row: Element, field: string): Element | null {
  return row.querySelector(`[data-field="${field}"]`);
}

/** The panel's content for one table row: value, what it counts, where, status and date, source. */
function detailsOf(row: Element, document: Document): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const line = (className: string, ...nodes: (Node | string)[]) => {
    const p = document.createElement('p');
    p.className = className;
    p.append(...nodes);
    fragment.append(p);
  };
  const clone = (field: string) => [...(cellOf(row, field)?.childNodes ?? [])].map((node) => node.cloneNode(true));
  line('panel-value', ...clone('value'), ' · ', ...clone('where'));
  line('panel-counts', ...clone('counts'));
  line('panel-status', ...clone('status'), `, ${cellOf(row, 'asof')?.getAttribute('data-phrase') ?? ''}`);
  line('panel-source', 'Source: ', ...clone('source'));
  return fragment;
}

export function hydrateFlowMap(root: HTMLElement): void {
  const figure = root.querySelector('figure');
  const panel = root.querySelector<HTMLElement>('.flow-map-panel');
  // Both layouts of the map (only one is shown at a time): events and highlights cover both.
  const canvas = root.querySelector<HTMLElement>('.flow-map-canvas');
  if (!figure || !panel || !canvas) return;
  const doc = root.ownerDocument;
  const hint = [...panel.childNodes];
  let pinned: Element | undefined;
  let shown = '';

  const clear = () => {
    for (const element of root.querySelectorAll('.is-active')) element.classList.remove('is-active');
  };
  const rowFor = (itemId: string) => doc.getElementById(`${figure.id}-${itemId}`);

  // The panel is a live region: it changes (and is announced) once per new selection, never for
  // the same rows again (hover, focus and click on one flow all ask for it).
  const show = (rows: Element[], active: Element[]) => {
    clear();
    for (const element of [...active, ...rows]) element.classList.add('is-active');
    const key = rows.map((row) => row.id).join(' ');
    if (key === shown) return;
    shown = key;
    panel.classList.toggle('is-showing', rows.length > 0);
    panel.replaceChildren(...(rows.length === 0 ? hint : rows.map((row) => detailsOf(row, doc))));
  };

  const itemsOf = (itemId: string) => [...canvas.querySelectorAll(`[data-item="${itemId}"]`)];
  const showItem = (item: Element) => {
    const itemId = item.getAttribute('data-item') ?? '';
    const row = rowFor(itemId);
    show(row ? [row] : [], itemsOf(itemId));
  };
  const showCountry = (country: Element) => {
    const ids = (country.getAttribute('data-figures') ?? '').split(' ').filter(Boolean);
    const rows = ids.map(rowFor).filter((row): row is HTMLElement => row !== null);
    const items = ids.flatMap(itemsOf);
    show(rows, [country, ...items]);
  };
  const restore = () => (pinned ? (pinned.matches(ITEM) ? showItem(pinned) : showCountry(pinned)) : show([], []));

  canvas.addEventListener('pointerover', (event) => {
    const target = event.target as Element;
    const item = target.closest(ITEM);
    if (item) showItem(item);
    else if (target.matches('.country[data-figures]:not([data-figures=""])')) showCountry(target);
  });
  canvas.addEventListener('pointerleave', restore);
  // On the island, not the SVG: Chromium makes an SVG element with focus listeners a Tab stop.
  root.addEventListener('focusin', (event) => {
    const item = (event.target as Element).closest(ITEM);
    if (item) showItem(item);
  });
  // Focus moving on into the details panel keeps it open, so its links can be reached by Tab.
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (!next || !(canvas.contains(next) || panel.contains(next))) restore();
  });
  // A click or tap pins the details instead of jumping to the table row (the link's behaviour
  // without JavaScript); a tap on a country pins that country's figures.
  canvas.addEventListener('click', (event) => {
    const target = event.target as Element;
    const item = target.closest(ITEM);
    const country = target.closest('.country[data-figures]:not([data-figures=""])');
    if (item) {
      event.preventDefault();
      pinned = item;
      showItem(item);
    } else if (country) {
      pinned = country;
      showCountry(country);
    } else {
      pinned = undefined;
      show([], []);
    }
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown !== '') {
      pinned = undefined;
      show([], []);
    }
  });
  // A view that hides the pinned item also closes its details.
  figure.addEventListener('change', () => {
    if (pinned && getComputedStyle(pinned).display === 'none') {
      pinned = undefined;
      show([], []);
    }
  });
}
