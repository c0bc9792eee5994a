import { describe, expect, it } from 'vitest';
import { canonicalWord, synonymExpander, synonymMap } from '../../../src/search/synonyms.ts';

describe('synonyms', () => {
  const map = synonymMap([
    ['家庭暴力', '家暴'],
    ['机动车驾驶证', '驾驶证', '驾照'],
    ['中华人民共和国民法典', '民法典', '民典'],
  ]);
  const expand = synonymExpander(map);

  it('searches each group by the word most of its others contain, else by the shortest', () => {
    expect(map).toEqual({
      家庭暴力: '家暴',
      家暴: '家暴',
      机动车驾驶证: '驾驶证',
      驾驶证: '驾驶证',
      驾照: '驾驶证',
      中华人民共和国民法典: '民法典',
      民法典: '民法典',
      民典: '民法典',
    });
    expect(canonicalWord(['房', '房屋'])).toBe('房屋');
  });

  it('adds the group word a text lacks, nothing when the text has it', () => {
    expect(expand('遭受家庭暴力怎么办')).toEqual(['家暴']);
    expect(expand('没有驾照')).toEqual(['驾驶证']);
    expect(expand('机动车驾驶证被扣')).toEqual([]);
    expect(expand('中华人民共和国民法典第五百七十七条')).toEqual([]);
    expect(expand('无关的话')).toEqual([]);
  });
});
