import { describe, expect, it } from 'vitest';
import { answerKey, pipelineVersion } from '../../../src/answers/key.ts';
import type { Law } from '../../../src/schemas/law.ts';

const law = { id: 'min-fa-dian', data: { title: '中华人民共和国民法典' } as unknown as Law };
const inputs = { codeVersion: 'c1', site: 'https://fawen.example.cn', laws: [law], overrides: {} };
const question = { body: '依照民法典第五百七十七条……', data: { published: '2026-01-02' } } as Parameters<
  typeof answerKey
>[1];

describe('pipelineVersion', () => {
  it('is the same for the same inputs', () => {
    expect(pipelineVersion(inputs)).toBe(pipelineVersion({ ...inputs, laws: [{ ...law }] }));
  });

  it('changes with the code, the site, a law or the correspondence', () => {
    const base = pipelineVersion(inputs);
    const changed = [
      { ...inputs, codeVersion: 'c2' },
      { ...inputs, site: 'https://other.example.cn' },
      { ...inputs, laws: [{ ...law, data: { title: '民法典' } as unknown as Law }] },
      { ...inputs, overrides: { 'min-fa-dian': {} } },
    ].map((changedInputs) => pipelineVersion(changedInputs));
    expect(changed.filter((version) => version === base)).toEqual([]);
    expect(new Set(changed).size).toBe(changed.length);
  });
});

describe('answerKey', () => {
  const pipeline = pipelineVersion(inputs);

  it('changes with the text, the date the answer speaks for and the pipeline', () => {
    const base = answerKey(pipeline, question);
    expect(answerKey(pipeline, { ...question })).toBe(base);
    expect(answerKey(pipeline, { ...question, body: `${question.body}。` })).not.toBe(base);
    expect(answerKey(pipeline, { ...question, data: { ...question.data, updated: '2026-03-01' } })).not.toBe(base);
    expect(answerKey(pipelineVersion({ ...inputs, codeVersion: 'c2' }), question)).not.toBe(base);
  });

  it('ignores frontmatter the answer does not render (title, tags)', () => {
    const retitled = { ...question, data: { ...question.data, title: '新标题', tags: ['违约'] } } as typeof question;
    expect(answerKey(pipeline, retitled)).toBe(answerKey(pipeline, question));
  });
});
