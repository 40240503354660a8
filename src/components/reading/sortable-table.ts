/**
 * Sortable tables: each column header of a `table[data-sortable]` becomes a button; a click sorts
 * the rows by that column (by a cell's `data-sort` value when it has one, else its text), and
 * `aria-sort` says how. Without JavaScript the table stays in its built order.
 */
// The hint only makes sense once sorting works; its place is kept while hidden (no layout shift).
for (const hint of document.querySelectorAll<HTMLElement>('[data-sort-hint]')) hint.hidden = false;
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  if (!body) continue;
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.onclick = () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        return cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
      };
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y)) ? Number(x) - Number(y) : x.localeCompare(y, 'en');
        return ascending ? order : -order;
      });
      body.append(...rows);
    };
  });
}
