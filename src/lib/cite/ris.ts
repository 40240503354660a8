/** RIS record (type ELEC, a web page) for the page. Pure. */
import { dateParts, type CitedPage } from './work.ts';

const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));

/** RIS date: "YYYY/MM/DD/" with empty parts where unknown. */
export function risDate(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return `${year}/${pad(month)}/${pad(day)}/`;
}

/** One "TAG  - value" line per field, CRLF line ends, closed by "ER  - ". */
export function ris(page: CitedPage): string {
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', page.id],
    ['AU', page.author],
    ['TI', page.title],
    ['T2', page.container],
    ['PY', String(dateParts(page.published)[0])],
    ['DA', risDate(page.published)],
    ...(page.url ? ([['UR', page.url]] as [string, string][]) : []),
    ['LA', page.language],
  ];
  if (page.abstract) lines.push(['AB', page.abstract]);
  lines.push(['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`.trimEnd()).join('\r\n')}\r\n`;
}
