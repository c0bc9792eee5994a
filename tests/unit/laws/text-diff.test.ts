import { describe, expect, it } from 'vitest';
import { diffText, type DiffPart } from '../../../src/laws/text-diff.ts';

const side = (parts: DiffPart[], op: 'del' | 'ins') =>
  parts
    .filter((part) => part.op === 'same' || part.op === op)
    .map((part) => part.text)
    .join('');
const changed = (parts: DiffPart[]) =>
  parts.filter((part) => part.op !== 'same').reduce((sum, part) => sum + Array.from(part.text).length, 0);

describe('diffText', () => {
  it('marks one changed word between kept text', () => {
    expect(diffText('以恶意侵犯商业秘密', '以故意侵犯商业秘密')).toEqual([
      { op: 'same', text: '以' },
      { op: 'del', text: '恶' },
      { op: 'ins', text: '故' },
      { op: 'same', text: '意侵犯商业秘密' },
    ]);
  });

  it('gives nothing but kept text for equal texts, and one insertion or deletion against an empty one', () => {
    expect(diffText('第十条', '第十条')).toEqual([{ op: 'same', text: '第十条' }]);
    expect(diffText('', '新增')).toEqual([{ op: 'ins', text: '新增' }]);
    expect(diffText('删去', '')).toEqual([{ op: 'del', text: '删去' }]);
  });

  it('finds the shortest edit: a moved clause costs its length twice, not the whole text', () => {
    const parts = diffText(
      '实际损失确定；实际损失难以计算的，按照侵权人获得的利益确定',
      '实际损失或者侵权人获得的利益确定',
    );
    expect(side(parts, 'del')).toBe('实际损失确定；实际损失难以计算的，按照侵权人获得的利益确定');
    expect(side(parts, 'ins')).toBe('实际损失或者侵权人获得的利益确定');
    expect(changed(parts)).toBeLessThanOrEqual(22);
  });

  it('shows a kept run of two characters or fewer between changes as part of the change', () => {
    const parts = diffText('甲乙丙丁戊', '子乙丙寅戊', 2);
    expect(parts).toEqual([
      { op: 'del', text: '甲乙丙丁' },
      { op: 'ins', text: '子乙丙寅' },
      { op: 'same', text: '戊' },
    ]);
    expect(diffText('甲乙丙丁戊', '子乙丙寅戊', 1).filter((part) => part.op === 'same')).toHaveLength(2);
  });

  it('rebuilds both texts from its parts for any pair, characters outside the BMP included', () => {
    const texts = [
      '',
      '𠀀甲乙',
      '第一条　为了保障',
      '第二条　为了保护𠀀',
      '经营者不得实施下列行为：',
      '（一）以盗窃、贿赂手段',
    ];
    for (const before of texts)
      for (const after of texts) {
        const parts = diffText(before, after);
        expect(side(parts, 'del'), `${before} → ${after}`).toBe(before);
        expect(side(parts, 'ins'), `${before} → ${after}`).toBe(after);
      }
  });
});
