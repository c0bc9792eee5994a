import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/search/normalize.ts';

describe('normalizeText', () => {
  it('writes article numbers in Chinese numerals, whichever form the text uses', () => {
    expect(normalizeText('民法典第577条、第１３３条之１')).toBe('民法典第五百七十七条、第一百三十三条之一');
  });

  it('folds full-width characters and case, and leaves numbers out of range as written', () => {
    expect(normalizeText('ＡＢＣ公司')).toBe('abc公司');
    expect(normalizeText('第0条、第12345条')).toBe('第0条、第12345条');
  });
});
