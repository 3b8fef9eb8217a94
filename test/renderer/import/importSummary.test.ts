import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '../../../preload/api';
import { duplicateSummary } from '../../../renderer/src/import/importSummary';

const candidate = (duplicateOf: ImportCandidate['duplicateOf']) =>
  ({ title: 't', duplicateOf }) as ImportCandidate;

describe('the import preview summary', () => {
  it('counts a title repeated in the paste apart from one already in the library', () => {
    const candidates = [
      candidate(null),
      candidate({ id: 3, title: 'A', kind: 'library' }),
      candidate({ id: null, title: 'B', kind: 'paste' }),
      candidate({ id: null, title: 'B', kind: 'paste' }),
    ];
    expect(duplicateSummary({ candidates })).toBe('1 already in your library, 2 repeated in this paste');
  });

  it('says nothing of the paste when nothing repeats in it', () => {
    expect(duplicateSummary({ candidates: [candidate(null)] })).toBe('0 already in your library');
  });
});
