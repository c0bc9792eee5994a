import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/shared/html-text.ts';

describe('htmlToText', () => {
  it('keeps the words and paragraphs of rendered HTML, without its markup', () => {
    expect(
      htmlToText(
        '<p>依照<a href="/x/" class="citation">《民法典》第五百七十七条</a>&amp;</p>\n<ul><li>一</li><li>二</li></ul>',
      ),
    ).toBe('依照《民法典》第五百七十七条&\n\n一\n\n二');
  });

  it('decodes character references', () => {
    expect(decodeEntities('&lt;b&gt; &#21830; &#x5546; &unknown;')).toBe('<b> 商 商 &unknown;');
  });
});
