import { describe, expect, it } from 'vitest';
import { searchBody, searchDocument } from '../../../src/search/document.ts';
import { encodeTerm } from '../../../src/search/text.ts';

const page = `<html><body><nav>导航</nav><article data-pagefind-body data-pagefind-meta="date:2026-11-03">
<h1 data-pagefind-meta="title" data-pagefind-weight="10" data-search-subject>离婚&amp;房产</h1>
<p data-pagefind-ignore><a href="/c/" data-pagefind-filter="category">婚姻家庭</a></p>
<p>判决生效<br>后</p>
<blockquote data-pagefind-ignore><p>法条原文</p></blockquote>
</article><footer>页脚</footer></body></html>`;

describe('searchDocument', () => {
  const doc = searchDocument(page)!;

  it('keeps only the body element, with its text as encoded bigrams and its structure intact', () => {
    expect(doc).not.toContain('导航');
    expect(doc).not.toContain('页脚');
    expect(doc).toContain(
      `<h1 data-pagefind-weight="10" data-search-subject> ${encodeTerm('离婚')} ${encodeTerm('房产')} </h1>`,
    );
    expect(doc).toContain(`${encodeTerm('判决')} ${encodeTerm('决生')} ${encodeTerm('生效')}`);
    expect(doc).toContain('data-pagefind-meta="date:2026-11-03"');
  });

  it('leaves ignored parts as they are and out of the plain text, and the title too, which results show apart', () => {
    expect(doc).toContain('<blockquote data-pagefind-ignore><p>法条原文</p></blockquote>');
    expect(doc).toContain('<span data-pagefind-meta="text">判决生效后</span>');
  });

  it('moves meta and filter values read from element text out of the body, in the original words', () => {
    expect(doc).toContain('<span data-pagefind-meta="title">离婚&amp;房产</span>');
    expect(doc).toContain('<span data-pagefind-filter="category">婚姻家庭</span>');
    expect(doc).not.toMatch(/<h1[^>]*data-pagefind-meta/);
  });

  it('gives the terms of the subject (title, reader’s question) a meta field of their own', () => {
    expect(doc).toContain(`<span data-pagefind-meta="subject">${encodeTerm('离婚')} ${encodeTerm('房产')}</span>`);
  });

  it('adds the synonyms found in a text beside it', () => {
    const expanded = searchDocument(page, (text) => (text.includes('离婚') ? ['打离婚官司'] : []))!;
    expect(expanded).toContain(encodeTerm('官司'));
  });

  it('skips pages without a body element', () => {
    expect(searchDocument('<html><body><p>无</p></body></html>')).toBeUndefined();
  });

  it('is made from the body element alone, which therefore keys the cached index', () => {
    const body = searchBody(page)!;
    expect(body.startsWith('<article data-pagefind-body')).toBe(true);
    expect(body.endsWith('</article>')).toBe(true);
    expect(searchDocument(body)).toBe(doc);
    expect(searchBody('<p>无</p>')).toBeUndefined();
  });
});
