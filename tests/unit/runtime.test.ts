import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the Node.js 24 pinned as a devDependency, whatever Node the machine has', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
