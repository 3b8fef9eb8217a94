import { describe, expect, it } from 'vitest';
import { alreadyTaggedMessage, mergeQuestion } from '../../../renderer/src/tags/tagMessages';

describe('tag messages', () => {
  it('says nothing when tags were added, and names the tags when none were', () => {
    expect(alreadyTaggedMessage({ tags: ['RL'], existing: [], added: 1 }, 1)).toBeNull();
    expect(alreadyTaggedMessage({ tags: ['RL'], existing: [{ typed: 'rl', tag: 'RL' }], added: 0 }, 1)).toBe(
      'The paper already has “RL”.',
    );
    expect(alreadyTaggedMessage({ tags: ['RL', 'math'], existing: [], added: 0 }, 3)).toBe(
      'All 3 papers already have “RL”, “math”.',
    );
  });

  it('asks before a merge, naming both tags and the papers', () => {
    expect(mergeQuestion({ from: 'rl', to: 'RL', merge: true, papers: 12 })).toBe(
      'Merge “rl” into “RL”? 12 papers will carry “RL”.',
    );
    expect(mergeQuestion({ from: 'a', to: 'B', merge: true, papers: 1 })).toBe(
      'Merge “a” into “B”? 1 paper will carry “B”.',
    );
  });
});
