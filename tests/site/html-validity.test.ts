/** Every built page passes the W3C Nu HTML Checker (errors; warnings are left out). One JVM for all. */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtPages, DIST } from '../support/dist.ts';
import { HAS_JAVA, vnuErrors, type VnuMessage } from '../support/vnu.ts';

const pages = builtPages();

const where = (message: VnuMessage) =>
  `${message.url ? relative(DIST, fileURLToPath(message.url)) : '?'}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.message}`;

describe.skipIf(!HAS_JAVA)('the W3C Nu HTML Checker', () => {
  it('finds an error it is shown (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    const file = join(dir, 'bad.html');
    writeFileSync(file, '<!doctype html><html lang="en"><head><title>t</title></head><body><p><div>block in p</div><img src="x.png"></body></html>');
    expect(vnuErrors([file]).map((message) => message.message).join('\n')).toMatch(/alt/);
  });

  it(`finds no error in any of the ${pages.length} built pages`, () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(vnuErrors(pages.map((page) => join(DIST, page.path))).map(where)).toEqual([]);
  });
});
