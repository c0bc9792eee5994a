import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LawTextError, parseLawText, type ParsedLawText } from '../../../src/laws/source-text.ts';
import { articleId, articleLabel, parseArticleRef } from '../../../src/laws/article-ref.ts';

const LAWS_DIR = path.resolve(import.meta.dirname, '../../../..', 'shared/laws');

function readLaw(file: string): ParsedLawText {
  return parseLawText(fs.readFileSync(path.join(LAWS_DIR, file), 'utf8'));
}

function article(parsed: ParsedLawText, id: string) {
  const found = parsed.articles.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

function parseError(markdown: string): LawTextError {
  try {
    parseLawText(markdown);
  } catch (caught) {
    if (caught instanceof LawTextError) return caught;
    throw caught;
  }
  throw new Error('expected a LawTextError');
}

const lines = (...text: string[]) => text.join('\n');

// Format (a): bold labels, ideographic spaces, heading levels that do not follow the # count.
const BOLD = lines(
  '',
  '# 中华人民共和国示例法',
  '',
  '2020年5月28日第十三届全国人民代表大会第三次会议通过',
  '',
  '根据2021年1月1日第十三届全国人民代表大会常务委员会第一次会议《关于修改〈中华人民共和国示例法〉的决定》修正',
  '',
  '# 第一编　总则',
  '',
  '### 第一章　基本规定',
  '',
  '**第一条**　为了示例，制定本法。',
  '',
  '# 第二编　分则',
  '',
  '## 第一分编　通则',
  '',
  '### 第二章　具体规定',
  '',
  '#### 第一节　一般规定',
  '',
  '**第二条**　有下列情形之一的，适用本法：',
  '',
  '（一）甲情形；',
  '',
  '（二）乙情形。',
  '',
  '有前款情形的，依照其规定。',
  '',
  '**第二条之一**　第二条之一的文字。',
  '',
  '第二条之二　刑法式的不加粗之二条文。',
  '',
  '**第三条**',
  '',
  '（一）只有项的款；',
  '',
  '（二）第二项。',
  '',
  '**第四条**',
  '',
  '条号单独成行时，下一行是第一款。',
  '',
  '# 附则',
  '',
  '**第五条**　本法自2021年1月1日起施行。',
  '',
  '## 附件一',
  '',
  '**下列决定予以废止：**',
  '',
  '1．关于某事的决定',
  '',
);

// Format (b): plain labels with an ASCII space, spaced titles, a header closed by INFO END.
const PLAIN = lines(
  '# 示例条例',
  '',
  '2006年12月8日 国务院第159次常务会议通过',
  '',
  '2007年4月1日 施行　',
  '',
  '<!-- INFO END -->',
  '',
  '## 第一章 总 则',
  '',
  '第一条 为了示例，制定本条例。',
  '',
  '第二条 费用按照下列标准交纳：',
  '',
  '(一)财产案件按照下列比例交纳：',
  '',
  '1．不超过1万元的，每件交纳50元；',
  '',
  '2．超过1万元的部分，按照2.5%交纳。',
  '',
  '(二)保全按照下列标准交纳：',
  '',
  '每件交纳30元。',
  '',
  '(三)其他案件每件交纳10元。',
  '',
  '省级人民政府可以在本条第(二)项规定的幅度内制定具体标准。',
  '',
  '## 第二章 附 则',
  '',
  '第三条 本条例自2007年4月1日起施行。',
);

describe('parseLawText, bold format', () => {
  const parsed = parseLawText(BOLD);

  it('reads the title and the history before the first heading', () => {
    expect(parsed.title).toBe('中华人民共和国示例法');
    expect(parsed.history).toEqual([
      '2020年5月28日第十三届全国人民代表大会第三次会议通过',
      '根据2021年1月1日第十三届全国人民代表大会常务委员会第一次会议《关于修改〈中华人民共和国示例法〉的决定》修正',
    ]);
  });

  it('classifies headings by their text and points them at the next article', () => {
    expect(parsed.headings).toEqual([
      { level: 'part', text: '第一编　总则', before: '1' },
      { level: 'chapter', text: '第一章　基本规定', before: '1' },
      { level: 'part', text: '第二编　分则', before: '2' },
      { level: 'subpart', text: '第一分编　通则', before: '2' },
      { level: 'chapter', text: '第二章　具体规定', before: '2' },
      { level: 'section', text: '第一节　一般规定', before: '2' },
      { level: 'part', text: '附则', before: '5' },
    ]);
  });

  it('numbers 之一 articles, bold or not', () => {
    expect(parsed.articles.map((a) => [a.id, a.number, a.sub, a.label])).toEqual([
      ['1', 1, 0, '第一条'],
      ['2', 2, 0, '第二条'],
      ['2-1', 2, 1, '第二条之一'],
      ['2-2', 2, 2, '第二条之二'],
      ['3', 3, 0, '第三条'],
      ['4', 4, 0, '第四条'],
      ['5', 5, 0, '第五条'],
    ]);
  });

  it('puts items in the paragraph they follow and keeps later paragraphs apart', () => {
    expect(article(parsed, '2').paragraphs).toEqual([
      { text: '有下列情形之一的，适用本法：', items: ['（一）甲情形；', '（二）乙情形。'] },
      { text: '有前款情形的，依照其规定。', items: [] },
    ]);
  });

  it('handles a label standing alone on its line', () => {
    expect(article(parsed, '3').paragraphs).toEqual([{ text: '', items: ['（一）只有项的款；', '（二）第二项。'] }]);
    expect(article(parsed, '4').paragraphs).toEqual([{ text: '条号单独成行时，下一行是第一款。', items: [] }]);
  });

  it('keeps annexes after the last article out of the articles', () => {
    expect(article(parsed, '5').paragraphs).toEqual([{ text: '本法自2021年1月1日起施行。', items: [] }]);
    expect(parsed.annexes).toEqual([{ title: '附件一', paragraphs: ['下列决定予以废止：', '1．关于某事的决定'] }]);
  });
});

describe('parseLawText, plain format', () => {
  const parsed = parseLawText(PLAIN);

  it('takes the history from the header closed by INFO END', () => {
    expect(parsed.title).toBe('示例条例');
    expect(parsed.history).toEqual(['2006年12月8日 国务院第159次常务会议通过', '2007年4月1日 施行']);
  });

  it('normalises spaced chapter titles', () => {
    expect(parsed.headings).toEqual([
      { level: 'chapter', text: '第一章　总则', before: '1' },
      { level: 'chapter', text: '第二章　附则', before: '3' },
    ]);
  });

  it('keeps sub-items and explanations of an item ending in a colon inside that item', () => {
    expect(article(parsed, '2').paragraphs).toEqual([
      {
        text: '费用按照下列标准交纳：',
        items: [
          '(一)财产案件按照下列比例交纳：\n1．不超过1万元的，每件交纳50元；\n2．超过1万元的部分，按照2.5%交纳。',
          '(二)保全按照下列标准交纳：\n每件交纳30元。',
          '(三)其他案件每件交纳10元。',
        ],
      },
      { text: '省级人民政府可以在本条第(二)项规定的幅度内制定具体标准。', items: [] },
    ]);
    expect(parsed.articles.map((a) => a.id)).toEqual(['1', '2', '3']);
  });

  it('accepts Windows line endings', () => {
    expect(parseLawText(PLAIN.replaceAll('\n', '\r\n'))).toEqual(parsed);
  });
});

describe('parseLawText errors', () => {
  it.each([
    ['a garbled line between articles', '# 法\n\n## 第一章　总则\n\n| 表 | 格 |\n', 5, /不支持的 Markdown/],
    ['text before the first article', '# 法\n\n## 第一章　总则\n\n序言。\n\n第一条 文字。', 5, /不属于任何条文/],
    ['an unknown heading', '# 法\n\n第一条 文字。\n\n## 目录\n\n第二条 文字。', 5, /无法识别的标题/],
    ['a duplicate article', '# 法\n\n第一条 甲。\n\n第二条 乙。\n\n第二条 丙。', 7, /条文重复：第二条/],
    ['an article out of order', '# 法\n\n第一条 甲。\n\n第三条 乙。\n\n第二条 丙。', 7, /顺序错误/],
    ['a skipped item number', '# 法\n\n第一条 甲：\n\n（一）子；\n\n（三）丑。', 7, /应为（二）/],
    ['an invalid article numeral', '# 法\n\n第十十条 甲。', 3, /不是有效的中文数字/],
    ['an article without text', '# 法\n\n第一条\n\n第二条 乙。', 3, /第一条没有条文内容/],
    ['a heading without articles', '# 法\n\n第一条 甲。\n\n## 第二章　附则\n', 5, /之后没有条文/],
    ['text after INFO END', '# 法\n\n<!-- INFO END -->\n\n说明\n\n第一条 甲。', 5, /应为章节标题/],
    ['a missing title', '第一条 甲。', 1, /第一行应为/],
    ['no articles at all', '# 法\n\n2020年通过\n', 4, /没有找到任何条文/],
  ])('rejects %s with its line number', (_, markdown, line, message) => {
    const error = parseError(markdown);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(message);
    expect(error.message).toBe(`第 ${line} 行：${error.reason}`);
  });
});

describe('article ids, labels and references', () => {
  it('builds ids and labels', () => {
    expect(articleId(9, 0)).toBe('9');
    expect(articleId(17, 1)).toBe('17-1');
    expect(articleId(17, 2)).toBe('17-2');
    expect(articleLabel(17, 1)).toBe('第十七条之一');
    expect(articleLabel(1087, 0)).toBe('第一千零八十七条');
  });

  it.each<[string | number, { number: number; sub: number }]>([
    [577, { number: 577, sub: 0 }],
    ['577', { number: 577, sub: 0 }],
    ['第五百七十七条', { number: 577, sub: 0 }],
    ['五百七十七', { number: 577, sub: 0 }],
    ['17之一', { number: 17, sub: 1 }],
    ['17-1', { number: 17, sub: 1 }],
    ['第十七条之一', { number: 17, sub: 1 }],
    ['342之一', { number: 342, sub: 1 }],
    [' 第１０８７条 ', { number: 1087, sub: 0 }],
  ])('parses %j', (input, expected) => {
    expect(parseArticleRef(input)).toEqual(expected);
  });

  it.each([0, -3, 1.5, 10000, '', '第条', '十七条之', '17-0', '17-', 'abc', '第十七条之一款'])(
    'rejects %j',
    (input) => {
      expect(parseArticleRef(input)).toBeNull();
    },
  );
});

describe('parseLawText on the shared statute texts', () => {
  it('reads 反不正当竞争法 2019 (plain format)', () => {
    const parsed = readLaw('anti-unfair-competition-law/2019-04-23.md');
    expect(parsed.title).toBe('中华人民共和国反不正当竞争法');
    expect(parsed.history).toHaveLength(3);
    expect(parsed.articles).toHaveLength(33);
    expect(article(parsed, '9').paragraphs[0]?.text).toMatch(/^经营者不得实施下列侵犯商业秘密的行为/);
    expect(article(parsed, '9').paragraphs[0]?.items).toHaveLength(4);
    expect(parsed.headings[0]).toEqual({ level: 'chapter', text: '第一章　总则', before: '1' });
  });

  it('reads 反不正当竞争法 2025 (bold format), renumbered', () => {
    const parsed = readLaw('anti-unfair-competition-law/2025-10-15.md');
    expect(parsed.articles).toHaveLength(41);
    expect(article(parsed, '10').paragraphs[0]?.text).toContain('商业秘密');
    const liability = article(parsed, '22')
      .paragraphs.map((p) => p.text)
      .join('');
    expect(liability).toContain('民事责任');
    expect(liability).toContain('赔偿');
  });

  it('reads the 之一 articles and annexes of 刑法', () => {
    const parsed = readLaw('criminal-law/2021-03-01.md');
    expect(article(parsed, '17-1').label).toBe('第十七条之一');
    expect(article(parsed, '342-1').label).toBe('第三百四十二条之一');
    expect(parsed.articles.filter((a) => a.sub > 0)).toHaveLength(53);
    expect(parsed.articles).toHaveLength(505);
    expect(parsed.annexes.map((annex) => annex.title)).toEqual(['附件一', '附件二']);
    expect(parsed.headings.at(-1)).toEqual({ level: 'part', text: '附则', before: '452' });
  });

  it('reads 民法典', () => {
    const parsed = readLaw('civil-code/2021-01-01.md');
    expect(parsed.articles).toHaveLength(1260);
    expect(article(parsed, '577').paragraphs[0]?.text).toMatch(/^当事人一方不履行合同义务/);
    expect(article(parsed, '1062').paragraphs[0]?.items[1]).toBe('（二）生产、经营、投资的收益；');
    const levels = (level: string) => parsed.headings.filter((h) => h.level === level).length;
    expect([levels('part'), levels('subpart'), levels('chapter'), levels('section')]).toEqual([8, 8, 84, 37]);
  });

  it('reads every file listed in the manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(LAWS_DIR, 'manifest.json'), 'utf8')) as {
      laws: Record<string, { title: string; versions: { file: string }[] }>;
    };
    for (const law of Object.values(manifest.laws)) {
      for (const version of law.versions) expect(readLaw(version.file).title).toBe(law.title);
    }
  });
});
