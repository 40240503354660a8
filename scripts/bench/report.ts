/** The benchmark's figures and notes, printed as they come and saved at the end (bench.json, bench.md). */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export const KB = 1024;

export interface Figure {
  section: string;
  what: string;
  value: number | string;
  unit: string;
  budget?: string;
  ok?: boolean;
}
export const figures: Figure[] = [];
const notes: string[] = [];
export const kb = (bytes: number) => Number((bytes / KB).toFixed(1));

/** Prints a figure with its verdict against its budget, and keeps it for the report. */
export function record(figure: Figure): void {
  figures.push(figure);
  const verdict = figure.ok === undefined ? ' ' : figure.ok ? '✓' : '✗';
  const budget = figure.budget ? `  (budget ${figure.budget})` : '';
  console.log(`${verdict} ${figure.section} · ${figure.what}: ${figure.value}${figure.unit ? ` ${figure.unit}` : ''}${budget}`);
}

/** Prints a note (something not measured, or how a figure was measured), and keeps it. */
export function note(text: string): void {
  notes.push(text);
  console.log(`  note: ${text}`);
}

/** Writes `name`.json and `name`.md (bench.json and bench.md unless told) to `out`, and prints what is over budget. */
export function saveReport(out: string, details: Record<string, unknown>, others: Record<string, string>, name = 'bench'): void {
  const when = new Date().toISOString();
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify({ when, cores: cpus().length, node: process.version, figures, notes, ...details, others }, null, 2)}\n`);
  const cell = (text: string | number) => String(text).replaceAll('|', '\\|');
  const markdown = [
    `# Benchmark (${when})`,
    '',
    `${cpus().length} cores, Node ${process.version}. Produced by \`npm run ${name.replace('-', ':')}\`; ✓/✗ against the budget.`,
    '',
    '| Section | Figure | Value | Budget | |',
    '| --- | --- | --- | --- | --- |',
    ...figures.map((f) => `| ${cell(f.section)} | ${cell(f.what)} | ${cell(`${f.value}${f.unit ? ` ${f.unit}` : ''}`)} | ${cell(f.budget ?? '')} | ${f.ok === undefined ? '' : f.ok ? '✓' : '✗'} |`),
    '',
    ...(notes.length ? ['## Notes', '', ...notes.map((text) => `- ${text}`), ''] : []),
    ...Object.entries(others).flatMap(([name, text]) => [`## ${name}`, '', '```', text, '```', '']),
  ].join('\n');
  writeFileSync(join(out, `${name}.md`), markdown);
  const over = figures.filter((f) => f.ok === false);
  console.log(`\nSaved ${out}/${name}.json and ${out}/${name}.md. ${figures.filter((f) => f.ok !== undefined).length} figures with a budget, ${over.length} over it${over.length ? `: ${over.map((f) => `${f.section} · ${f.what}`).join('; ')}` : ''}.`);
}
