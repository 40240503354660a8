/**
 * Tables as a phone shows them (src/styles/tables.css): what a reader cannot see or reach. A
 * stacked table (`table[data-stack]`) must show every cell, inside the screen, under a visible
 * label that names its column; any other table must show every column or let its box scroll to
 * it, with the first column kept in view. Works with the page's scripts off (utility world).
 */
import type { Page } from 'playwright-core';

export interface TableReport {
  /** One line per problem, naming the table (its caption or first heading) and the cell. */
  problems: string[];
  /** Tables looked at, stacked or scrolling. */
  stacked: number;
  scrolling: number;
}

export function tableProblems(page: Page, scope = 'main'): Promise<TableReport> {
  return page.evaluate((selector) => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const tables = [...document.querySelectorAll<HTMLTableElement>(`${selector} table`)].filter(shown);
    const nameOf = (table: HTMLTableElement) => (table.caption?.textContent ?? table.querySelector('th')?.textContent ?? 'a table').trim().slice(0, 40);
    let stacked = 0;
    let scrolling = 0;
    for (const table of tables) {
      const name = nameOf(table);
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/[▲▼]/g, '').trim() ?? '');
      const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
      if (table.hasAttribute('data-stack')) {
        stacked += 1;
        for (const [r, row] of rows.entries()) {
          const cells = [...row.cells];
          if (cells.length !== headers.length) problems.push(`${name}, row ${r + 1}: ${cells.length} cells for ${headers.length} columns`);
          for (const [c, cell] of cells.entries()) {
            const where = `${name}, row ${r + 1}, ${headers[c] ?? `column ${c + 1}`}`;
            const box = cell.getBoundingClientRect();
            if (!shown(cell) || box.width === 0 || box.height === 0) problems.push(`${where}: not shown`);
            else if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${where}: off the screen (${Math.round(box.left)}–${Math.round(box.right)} of ${width} px)`);
            const label = getComputedStyle(cell, '::before');
            // Computed as '"Figure" / ""' (the text, then its empty alternative for screen readers).
            const text = /^"((?:[^"\\]|\\.)*)"/.exec(label.content)?.[1] ?? '';
            if (cell.dataset['label'] !== headers[c]) problems.push(`${where}: data-label "${cell.dataset['label'] ?? ''}" is not the column's heading`);
            else if (label.display === 'none' || label.visibility !== 'visible' || text !== headers[c]) problems.push(`${where}: its label is not shown (${label.display}, ${label.content})`);
            else if (parseFloat(label.fontSize) < 11) problems.push(`${where}: its label is ${label.fontSize}`);
          }
        }
      } else {
        scrolling += 1;
        // The table's scroll box: the table itself, or the box around it.
        const box = table.scrollWidth > table.clientWidth + 1 ? table : table.parentElement!;
        const bounds = box.getBoundingClientRect();
        if (bounds.right > width + 0.5) problems.push(`${name}: its box is wider than the screen`);
        const scrolls = box.scrollWidth > box.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
        for (const [c] of headers.entries()) {
          const cells = [table.querySelector(`thead tr > :nth-child(${c + 1})`), ...rows.map((row) => row.cells[c])].filter((cell): cell is HTMLTableCellElement => cell !== null && cell !== undefined);
          for (const cell of cells) {
            const rect = cell.getBoundingClientRect();
            if (!shown(cell) || rect.width === 0) problems.push(`${name}, ${headers[c]}: a cell is not shown`);
            else if (!scrolls && (rect.left < bounds.left - 0.5 || rect.right > bounds.right + 0.5)) problems.push(`${name}, ${headers[c]}: cut off, and the box does not scroll`);
          }
        }
      }
    }
    return { problems, stacked, scrolling };
  }, scope);
}
