import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  comparableText,
  correspond,
  MIN_SIMILARITY,
  reverse,
  type ArticleMatch,
} from '../../../src/laws/correspondence.ts';
import { articleLabel } from '../../../src/laws/article-ref.ts';
import { correspondenceSchema } from '../../../src/schemas/correspondence.ts';
import { lawSchema, type Law, type LawArticle, type LawVersion } from '../../../src/schemas/law.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

function loadLaw(id: string): Law {
  return lawSchema.parse(JSON.parse(fs.readFileSync(path.join(CONTENT, 'laws', `${id}.json`), 'utf8')));
}

const overridesFile = correspondenceSchema.parse(
  loadYaml(fs.readFileSync(path.join(CONTENT, 'law-correspondence.yaml'), 'utf8'), { schema: CORE_SCHEMA }),
);

/** The two versions of a revised law, matched with the editors' overrides applied. */
function revision(id: string) {
  const law = loadLaw(id);
  const [older, newer] = law.versions;
  if (!older || !newer) throw new Error(`${id} should have two versions`);
  const overrides = overridesFile[id]?.[older.effectiveFrom] ?? {};
  return { older, newer, matches: correspond(older, newer, overrides) };
}

/** "1:1 6:2 61:-" → the expected table; "-" is no successor. */
function table(compact: string): Map<string, string | null> {
  return new Map(
    compact
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [from = '', to = ''] = pair.split(':');
        return [from, to === '-' ? null : to];
      }),
  );
}

function targets(matches: Map<string, ArticleMatch>): Map<string, string | null> {
  return new Map([...matches].map(([from, match]) => [from, match.to]));
}

function article(number: number, text: string): LawArticle {
  return { id: String(number), number, sub: 0, label: articleLabel(number, 0), paragraphs: [{ text, items: [] }] };
}

function version(effectiveFrom: string, texts: string[]): LawVersion {
  return {
    effectiveFrom,
    effectiveTo: null,
    source: 'test',
    history: [],
    headings: [],
    articles: texts.map((text, i) => article(i + 1, text)),
    annexes: [],
  };
}

describe('反不正当竞争法 2019 → 2025', () => {
  const { older, newer, matches } = revision('anti-unfair-competition-law');

  it.each([
    ['1', '1', '立法目的, purpose'],
    ['3', '4', 'government duties; the new 第三条 on 公平竞争审查 is inserted before it'],
    ['6', '7', '混淆行为, confusion'],
    ['7', '8', '商业贿赂, bribery'],
    ['9', '10', '商业秘密, trade secrets'],
    ['12', '13', 'unfair competition online'],
    ['13', '16', 'investigation measures, after the inserted 第十四条 and 第十五条'],
    ['15', '19', 'confidentiality, after the inserted 约谈 (第十八条)'],
    ['17', '22', 'civil liability and damages'],
    ['19', '24', 'penalty for bribery'],
    ['24', '29', 'penalty for online interference, now citing 第十三条第二款至第四款'],
    ['28', '35', 'obstructing investigations; its 治安管理处罚 clause moved to 第三十八条'],
    ['31', '38', 'criminal liability'],
    ['33', '41', 'commencement'],
  ])('第%s条 → 第%s条 (%s)', (from, to) => {
    expect(matches.get(from)?.to).toBe(to);
  });

  it('matches every article as reviewed against both texts', () => {
    // No article was deleted: the 2025 text only inserts articles (3, 14, 15, 18, 21, 30, 31, 40).
    expect(targets(matches)).toEqual(
      table(`1:1 2:2 3:4 4:5 5:6 6:7 7:8 8:9 9:10 10:11 11:12 12:13 13:16 14:17 15:19 16:20 17:22 18:23
        19:24 20:25 21:26 22:27 23:28 24:29 25:32 26:33 27:34 28:35 29:36 30:37 31:38 32:39 33:41`),
    );
    expect([...matches.keys()]).toEqual(older.articles.map((a) => a.id));
  });

  it('leaves the inserted articles without a predecessor', () => {
    const predecessors = reverse(matches);
    for (const inserted of ['3', '14', '15', '18', '21', '30', '31', '40']) {
      expect(predecessors.has(inserted)).toBe(false);
    }
    expect(predecessors.get('22')).toEqual(['17']);
    expect(newer.articles.filter((a) => predecessors.has(a.id))).toHaveLength(33);
  });
});

describe('治安管理处罚法 2013 → 2026', () => {
  const { newer, matches } = revision('public-security-administration-punishments-law');

  it.each([
    ['6', '2', '综合治理, moved to the front'],
    ['10', '10', 'kinds of punishment'],
    ['16', '16', 'combined detention at most 二十日'],
    ['19', '20', 'mitigation'],
    ['21', '23', 'detention not executed (minors, elderly, pregnant)'],
    ['22', '25', 'six-month limitation'],
    ['26', '30', '寻衅滋事, picking quarrels'],
    ['43', '51', 'assault'],
    ['49', '58', 'theft and fraud; 故意损毁公私财物 split off into 第五十九条'],
    ['58', '88', 'noise, moved far back'],
    ['66', '78', 'prostitution'],
    ['70', '82', 'gambling'],
    ['72', '84', 'drug use'],
    ['77', '90', 'accepting cases, merged with 第七十八条'],
    ['78', '90', 'starting the investigation, merged with 第七十七条'],
    ['83', '97', 'questioning time limits'],
    ['107', '126', '暂缓执行行政拘留, suspended detention'],
    ['116', '139', 'police misconduct'],
    ['119', '144', 'commencement'],
  ])('第%s条 → 第%s条 (%s)', (from, to) => {
    expect(matches.get(from)?.to).toBe(to);
  });

  it.each([
    ['61', 'helping others cross the border illegally'],
    ['62', 'crossing the border illegally'],
    ['76', 'compulsory education measures'],
  ])('第%s条 has no successor (%s: deleted)', (from) => {
    const match = matches.get(from);
    expect(match?.to).toBeNull();
    expect(match?.score).toBeLessThan(MIN_SIMILARITY);
  });

  it('matches every article as reviewed against both texts', () => {
    expect(targets(matches)).toEqual(
      table(`1:1 2:3 3:4 4:5 5:6 6:2 7:7 8:8 9:9 10:10 11:11 12:12 13:13 14:14 15:15 16:16 17:17 18:18
        19:20 20:22 21:23 22:25 23:26 24:28 25:29 26:30 27:31 28:32 29:33 30:36 31:37 32:38 33:39 34:40
        35:41 36:42 37:43 38:44 39:45 40:47 41:49 42:50 43:51 44:52 45:53 46:54 47:55 48:57 49:58 50:61
        51:62 52:63 53:64 54:65 55:66 56:67 57:68 58:88 59:71 60:72 61:- 62:- 63:75 64:76 65:77 66:78
        67:79 68:80 69:81 70:82 71:83 72:84 73:85 74:87 75:89 76:- 77:90 78:90 79:91 80:94 81:95 82:96
        83:97 84:98 85:99 86:101 87:103 88:104 89:105 90:106 91:109 92:110 93:111 94:112 95:113 96:115
        97:116 98:117 99:118 100:119 101:120 102:121 103:122 104:123 105:124 106:125 107:126 108:127
        109:128 110:129 111:130 112:131 113:132 114:133 115:135 116:139 117:140 118:143 119:144`),
    );
  });

  it('lists merged predecessors in the older order', () => {
    const predecessors = reverse(matches);
    expect(predecessors.get('90')).toEqual(['77', '78']);
    expect(predecessors.get('2')).toEqual(['6']);
    // 考试作弊 and 传销 are new offences.
    expect(predecessors.has('27')).toBe(false);
    expect(predecessors.has('34')).toBe(false);
    expect([...predecessors.keys()].every((id) => newer.articles.some((a) => a.id === id))).toBe(true);
  });

  it('is deterministic', () => {
    const { older, newer } = revision('public-security-administration-punishments-law');
    const again = correspond(structuredClone(older), structuredClone(newer));
    expect(again).toEqual(matches);
  });
});

describe('correspond', () => {
  const older = version('2019-01-01', [
    '经营者应当遵守法律和商业道德，公平参与市场竞争。',
    '旅馆业的工作人员对住宿的旅客不按规定登记姓名的，处二百元以上五百元以下罚款。',
    '国家鼓励、支持和保护一切组织和个人对不正当竞争行为进行社会监督。',
  ]);
  const newer = version('2025-01-01', [
    '国家鼓励、支持和保护一切组织和个人对不正当竞争行为进行社会监督。',
    '经营者应当遵守法律和商业道德，公平参与市场竞争。',
    '平台经营者不得强制平台内经营者以低于成本的价格销售商品。',
  ]);

  it('leaves an article without a similar enough successor unmatched', () => {
    const match = correspond(older, newer).get('2');
    expect(match).toEqual({ from: '2', to: null, score: expect.any(Number), source: 'similarity' });
    expect(match?.score).toBeLessThan(MIN_SIMILARITY);
  });

  it('follows content, not position', () => {
    const matches = correspond(older, newer);
    expect(matches.get('1')).toMatchObject({ to: '2', source: 'similarity' });
    expect(matches.get('1')?.score).toBeCloseTo(1);
    expect(matches.get('3')?.to).toBe('1');
  });

  it('lets overrides win, including null', () => {
    const matches = correspond(older, newer, { '1': '3', '3': null, '2': '2' });
    expect(matches.get('1')).toMatchObject({ to: '3', source: 'override' });
    expect(matches.get('3')).toMatchObject({ to: null, source: 'override' });
    expect(matches.get('2')).toMatchObject({ to: '2', source: 'override' });
  });

  it('overrides real computed matches', () => {
    const { older: aucl2019, newer: aucl2025 } = revision('anti-unfair-competition-law');
    const matches = correspond(aucl2019, aucl2025, { '17': '23', '9': null });
    expect(matches.get('17')).toMatchObject({ from: '17', to: '23', source: 'override' });
    expect(matches.get('9')).toMatchObject({ to: null, source: 'override' });
    // The untouched ones are still computed.
    expect(matches.get('6')).toMatchObject({ to: '7', source: 'similarity' });
  });

  it('rejects overrides naming articles that do not exist', () => {
    expect(() => correspond(older, newer, { '4': '1' })).toThrow(/2019-01-01.*“4”/);
    expect(() => correspond(older, newer, { '1': '9' })).toThrow(/2025-01-01.*“9”/);
  });

  it('prefers the successor that keeps the order when texts tie', () => {
    const boilerplate = '有下列行为之一的，处五日以上十日以下拘留，可以并处五百元以下罚款。';
    const before = version('2000-01-01', [
      '醉酒的人在醉酒状态中，对本人有危险的，应当对其采取保护性措施约束至酒醒。',
      boilerplate,
      '担保人应当保证被担保人不逃避行政拘留处罚的执行。',
    ]);
    const after = version('2010-01-01', [
      boilerplate,
      '醉酒的人在醉酒状态中，对本人有危险的，应当对其采取保护性措施约束至酒醒。',
      boilerplate,
      '担保人应当保证被担保人不逃避行政拘留处罚的执行。',
    ]);
    // 第一条 and 第三条 anchor the order, so the tie for 第二条 goes to the copy between them.
    expect(correspond(before, after).get('2')?.to).toBe('3');
  });
});

describe('comparableText', () => {
  it('ignores cross-references, item markers, amounts and punctuation', () => {
    const cite = (n: string, amount: string): LawArticle => ({
      ...article(1, ''),
      paragraphs: [{ text: `经营者违反本法第${n}条规定的，处${amount}元以下的罚款：`, items: ['（一）情节严重的；'] }],
    });
    expect(comparableText(cite('六', '五万'))).toBe(comparableText(cite('七', '二十五万')));
    expect(comparableText(cite('六', '五万'))).toBe('经营者违反本法规定的处#元以下的罚款情节严重的');
  });
});

describe('correspondenceSchema', () => {
  it('normalises article ids however they are written', () => {
    const yaml = `anti-unfair-competition-law:\n  "2019-04-23":\n    17: 22\n    "9": "10"\n    第十七条之一: null\n`;
    expect(correspondenceSchema.parse(loadYaml(yaml, { schema: CORE_SCHEMA }))).toEqual({
      'anti-unfair-competition-law': { '2019-04-23': { '17': '22', '9': '10', '17-1': null } },
    });
  });

  it('rejects bad ids, dates and duplicates', () => {
    const parses = (yaml: string) => correspondenceSchema.safeParse(loadYaml(yaml, { schema: CORE_SCHEMA })).success;
    expect(parses('law:\n  "2019-04-23":\n    "17": 2.5\n')).toBe(false);
    expect(parses('law:\n  "2019-04-23":\n    abc: "2"\n')).toBe(false);
    expect(parses('law:\n  "2019-02-30":\n    "1": "2"\n')).toBe(false);
    expect(parses('Law:\n  "2019-04-23":\n    "1": "2"\n')).toBe(false);
    expect(parses('law:\n  "2019-04-23":\n    "17": "1"\n    第十七条: "2"\n')).toBe(false);
  });

  it('reads the real file, which names existing laws and versions', () => {
    for (const [lawId, byVersion] of Object.entries(overridesFile)) {
      const law = loadLaw(lawId);
      for (const effectiveFrom of Object.keys(byVersion)) {
        const index = law.versions.findIndex((v) => v.effectiveFrom === effectiveFrom);
        expect(index, `${lawId} ${effectiveFrom}`).toBeGreaterThanOrEqual(0);
        expect(index, `${lawId} ${effectiveFrom} has a next version`).toBeLessThan(law.versions.length - 1);
      }
    }
  });
});
