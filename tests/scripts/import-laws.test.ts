import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatIssue,
  importLaws,
  lawAliases,
  serializeLaw,
  type ImportedLaw,
  type ImportInput,
} from '../../src/laws/import.ts';
import { lawSchema } from '../../src/schemas/law.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const LAWS_DIR = path.resolve(REPO_ROOT, '../shared/laws');
const SCRIPT = path.join(REPO_ROOT, 'scripts/import-laws.ts');

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-import-laws-'));
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

function runImporter(...args: string[]) {
  // process.execPath is the Node 24 that runs vitest, so it can run the .ts script directly.
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

/** File name → contents; strings because deep-comparing megabytes of Buffers is very slow. */
function readDir(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name), 'latin1')]),
  );
}

const TEXT_2019 = '# 中华人民共和国示例法\n\n2019年1月1日通过\n\n<!-- INFO END -->\n\n第一条 旧文。\n';
const TEXT_2025 = '# 中华人民共和国示例法\n\n**第一条**　新文。\n\n**第一条之一**　新增。\n';

function fakeInput(overrides: Partial<ImportInput> = {}): ImportInput {
  const files: Record<string, string> = { 'example/2019.md': TEXT_2019, 'example/2025.md': TEXT_2025 };
  return {
    lawsDir: 'laws',
    // Listed newest first on purpose: the output must still be oldest first.
    manifest: JSON.stringify({
      laws: {
        example: {
          title: '中华人民共和国示例法',
          short: '示例法',
          versions: [
            { effectiveFrom: '2025-10-15', effectiveTo: null, file: 'example/2025.md' },
            { effectiveFrom: '2019-04-23', effectiveTo: '2025-10-15', file: 'example/2019.md' },
          ],
        },
      },
    }),
    sources:
      'file\tsource\tpaths\nexample/2019.md\tA/B@abc\tx/2019.md\nexample/2025.md\tC/D@def (MIT)\ty/README.md y/01.md\n',
    aliases: { path: 'content/law-aliases.yaml', text: 'example: [示法, 示例法]\n' },
    readVersion: (file) => files[file],
    ...overrides,
  };
}

function importOne(input: ImportInput): ImportedLaw {
  const { laws, issues } = importLaws(input);
  expect(issues).toEqual([]);
  const [imported] = laws;
  if (!imported || laws.length !== 1) throw new Error(`expected one law, got ${laws.length}`);
  return imported;
}

describe('importLaws (pure core)', () => {
  it('builds one law with sorted versions, sources and aliases', () => {
    const { id, law } = importOne(fakeInput());
    expect(id).toBe('example');
    expect(law.aliases).toEqual(['示例法', '示法']);
    expect(law.versions.map((v) => [v.effectiveFrom, v.effectiveTo, v.source])).toEqual([
      ['2019-04-23', '2025-10-15', 'A/B@abc x/2019.md'],
      ['2025-10-15', null, 'C/D@def (MIT) y/README.md y/01.md'],
    ]);
    expect(law.versions[0]?.history).toEqual(['2019年1月1日通过']);
    expect(law.versions[1]?.articles.map((a) => a.id)).toEqual(['1', '1-1']);
  });

  it('reports parse errors with the statute file and line', () => {
    const input = fakeInput();
    const { laws, issues } = importLaws({
      ...input,
      readVersion: (file) => (file === 'example/2025.md' ? `${TEXT_2025}\n> 注：引用\n` : input.readVersion(file)),
    });
    expect(laws).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      'laws/example/2025.md:7: 不支持的 Markdown 格式（表格、引用、列表、HTML 或加粗）：“> 注：引用”',
    ]);
  });

  it('reports inconsistent inputs', () => {
    const { issues } = importLaws(
      fakeInput({
        sources: 'file\tsource\tpaths\nexample/2019.md\tA/B@abc\tx/2019.md\n',
        aliases: { path: 'aliases.yaml', text: 'unknown-law: [某法]\n' },
        readVersion: () => '# 中华人民共和国别的法\n\n第一条 文。\n',
      }),
    );
    const messages = issues.map(formatIssue);
    expect(messages).toContain('aliases.yaml: manifest.json 中没有法律“unknown-law”');
    expect(messages).toContain('laws/SOURCES.tsv: 缺少 example/2025.md 的来源');
    expect(messages).toContain(
      'laws/example/2019.md: 标题“中华人民共和国别的法”与 manifest.json 中的“中华人民共和国示例法”不符',
    );
  });

  it('treats a missing alias file as no extra aliases, but needs the manifest', () => {
    expect(importOne(fakeInput({ aliases: { path: 'a.yaml', text: undefined } })).law.aliases).toEqual(['示例法']);
    const { laws, issues } = importLaws(fakeInput({ manifest: undefined }));
    expect(laws).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      'laws/manifest.json: 文件不存在：--from 应指向含 manifest.json 的法律文本目录',
    ]);
  });

  it('warns when the history mentions an amendment after effectiveFrom', () => {
    const { laws, issues } = importLaws(
      fakeInput({
        readVersion: (file) =>
          file === 'example/2019.md' ? TEXT_2019.replace('2019年1月1日', '2020年3月5日') : TEXT_2025,
      }),
    );
    expect(laws).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'laws/example/2019.md',
        message: expect.stringContaining('2020-03-05'),
      }),
    ]);
  });

  it('derives aliases from the short name and the title', () => {
    expect(lawAliases('中华人民共和国民法典', '民法典', [])).toEqual(['民法典']);
    expect(lawAliases('中华人民共和国治安管理处罚法', '治安管理处罚法', ['治安处罚法'])).toEqual([
      '治安管理处罚法',
      '治安处罚法',
    ]);
    expect(lawAliases('失业保险条例', '失业保险条例', [])).toEqual([]);
  });

  it('serialises with two-space indentation and a trailing newline', () => {
    const json = serializeLaw(importOne(fakeInput()).law);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "title": "中华人民共和国示例法",\n  "short": "示例法",\n  "aliases": [')).toBe(true);
  });
});

describe('scripts/import-laws.ts on ../shared/laws', () => {
  const first = path.join(tempRoot, 'first');
  const second = path.join(tempRoot, 'second');
  let run: ReturnType<typeof runImporter>;
  beforeAll(() => {
    run = runImporter('--from', LAWS_DIR, '--out', first);
  });

  it('writes one valid JSON file per law', () => {
    expect(run.status, run.stderr).toBe(0);
    const names = fs.readdirSync(first).sort();
    expect(names).toHaveLength(14);
    expect(names).toContain('anti-unfair-competition-law.json');
    for (const name of names) {
      expect(() => lawSchema.parse(JSON.parse(fs.readFileSync(path.join(first, name), 'utf8')))).not.toThrow();
    }
    expect(run.stdout).toContain('anti-unfair-competition-law: 2 个版本；2019-04-23 起 33 条，2025-10-15 起 41 条');
  });

  it('generates the expected 反不正当竞争法', () => {
    const law = lawSchema.parse(
      JSON.parse(fs.readFileSync(path.join(first, 'anti-unfair-competition-law.json'), 'utf8')),
    );
    expect(law.title).toBe('中华人民共和国反不正当竞争法');
    expect(law.short).toBe('反不正当竞争法');
    expect(law.aliases).toEqual(['反不正当竞争法']);
    const [v2019, v2025] = law.versions;
    expect(v2019?.effectiveFrom).toBe('2019-04-23');
    expect(v2019?.effectiveTo).toBe('2025-10-15');
    expect(v2019?.source).toBe(
      'LawRefBook/Laws@2f4c5c23716267af9dbebbbbd6cbbf732b101981 经济法/反不正当竞争法(2019-04-23).md',
    );
    expect(v2019?.history[0]).toBe('1993年9月2日 第八届全国人民代表大会常务委员会第三次会议通过');
    expect(v2019?.articles).toHaveLength(33);
    expect(v2019?.articles[8]).toMatchObject({ id: '9', number: 9, sub: 0, label: '第九条' });
    expect(v2019?.articles[8]?.paragraphs[0]?.text).toBe('经营者不得实施下列侵犯商业秘密的行为：');
    expect(v2025?.effectiveTo).toBeNull();
    expect(v2025?.articles).toHaveLength(41);
    expect(v2025?.headings[1]).toEqual({ level: 'chapter', text: '第二章　不正当竞争行为', before: '7' });
  });

  it('is what content/laws holds: every version in ../shared/laws is imported and committed', () => {
    const committed = path.join(REPO_ROOT, 'content/laws');
    expect(fs.readdirSync(committed).sort()).toEqual(fs.readdirSync(first).sort());
    for (const name of fs.readdirSync(first)) {
      expect(fs.readFileSync(path.join(committed, name), 'utf8'), name).toBe(
        fs.readFileSync(path.join(first, name), 'utf8'),
      );
    }
    const spans = (id: string) =>
      lawSchema
        .parse(JSON.parse(fs.readFileSync(path.join(committed, `${id}.json`), 'utf8')))
        .versions.map((version) => [version.effectiveFrom, version.effectiveTo]);
    // 刑法 as amended by 刑法修正案（十二）, and 食品安全法 as amended in 2025.
    expect(spans('criminal-law')).toEqual([
      ['2021-03-01', '2024-03-01'],
      ['2024-03-01', null],
    ]);
    expect(spans('food-safety-law')).toEqual([
      ['2021-04-29', '2025-12-01'],
      ['2025-12-01', null],
    ]);
  });

  it('gives identical bytes on a second run', () => {
    const again = runImporter('--from', LAWS_DIR, '--out', second);
    expect(again.status, again.stderr).toBe(0);
    expect(readDir(second)).toEqual(readDir(first));
  });

  it('writes nothing and exits 1 when one statute text is broken', () => {
    const broken = path.join(tempRoot, 'broken');
    fs.cpSync(LAWS_DIR, broken, { recursive: true });
    const file = path.join(broken, 'civil-code/2021-01-01.md');
    const text = fs.readFileSync(file, 'utf8').split('\n');
    text.splice(20, 0, '| 条 | 文 |');
    fs.writeFileSync(file, text.join('\n'));

    const out = path.join(tempRoot, 'broken-out');
    fs.mkdirSync(out);
    const result = runImporter('--from', broken, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/civil-code\/2021-01-01\.md:21: 不支持的 Markdown 格式/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('rejects unknown options', () => {
    const result = runImporter('--frm', LAWS_DIR);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage:');
  });
});
