import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeNoteMarks from '../../../src/markdown/rehype-note-marks.ts';

async function render(markdown: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeNoteMarks).use(rehypeStringify).process(markdown));
}

describe('rehypeNoteMarks', () => {
  it('wraps markers in a row in one span, and only those', async () => {
    const html = await render('One.[^a][^b][^c] Two.[^d]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n[^d]: D.');
    const paragraph = html.slice(0, html.indexOf('</p>'));
    expect(paragraph.match(/<span class="note-marks">/g)).toHaveLength(1);
    expect(paragraph).toMatch(/<span class="note-marks">(<sup><a [^>]*>\d<\/a><\/sup>){3}<\/span> Two\.<sup>/);
  });
  it('leaves a lone marker and other superscripts alone', async () => {
    const html = await render('x<sup>2</sup><sup>3</sup> y.[^a]\n\n[^a]: A.');
    expect(html).not.toContain('note-marks');
  });
});
