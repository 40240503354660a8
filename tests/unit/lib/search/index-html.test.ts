import { describe, expect, it } from 'vitest';
import { hasIndexedBody, pageUrl, withHeadingAnchorsOnly } from '../../../../src/lib/search/index-html.ts';

describe('withHeadingAnchorsOnly', () => {
  it('drops the ids of passages and citations and keeps those of headings', () => {
    const html =
      '<h2 id="the-threat">The threat</h2><p id="the-threat-p1" class="passage">Text <span class="citation" id="citation--a--1">(A 2014)</span>.</p><h3 class="x" id="sub">Sub</h3>';
    expect(withHeadingAnchorsOnly(html)).toBe(
      '<h2 id="the-threat">The threat</h2><p class="passage">Text <span class="citation">(A 2014)</span>.</p><h3 class="x" id="sub">Sub</h3>',
    );
  });

  it('reads attribute values whole: ">" and " id=" inside them change nothing', () => {
    const html = `<a title="a > b id=c" data-id="x" ID='y' href=/z/>link</a><img alt="id=1" id=pic />`;
    expect(withHeadingAnchorsOnly(html)).toBe(`<a title="a > b id=c" data-id="x" href=/z/>link</a><img alt="id=1" />`);
  });

  it('leaves text, comments and end tags alone', () => {
    const html = '<!-- <p id="x"> --><p>1 < 2 and id="3"</p>';
    expect(withHeadingAnchorsOnly(html)).toBe(html);
  });
});

describe('pageUrl', () => {
  it('gives the URL the Pagefind CLI gives a built file', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('articles/x/index.html')).toBe('/articles/x/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(pageUrl('entities\\imu\\index.html')).toBe('/entities/imu/');
  });
});

describe('hasIndexedBody', () => {
  it('finds data-pagefind-body on a tag, not in text', () => {
    expect(hasIndexedBody('<main><article class="a" data-pagefind-body>x</article></main>')).toBe(true);
    expect(hasIndexedBody('<div data-pagefind-body="">x</div>')).toBe(true);
    expect(hasIndexedBody('<p>Mark it with data-pagefind-body in the HTML.</p>')).toBe(false);
    expect(hasIndexedBody('<div data-pagefind-ignore>x</div>')).toBe(false);
  });
});

describe('withHeadingAnchorsOnly on pages other than articles', () => {
  it('keeps no id at all, so a heading does not split the result', () => {
    expect(withHeadingAnchorsOnly('<h2 id="sourced">What the sources say</h2><p id="p1">x</p>', { headings: false })).toBe('<h2>What the sources say</h2><p>x</p>');
  });
});
