import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../main/export/exportFileName';

const now = new Date('2026-11-30T12:00:00Z');

describe('exportFileName says which papers were exported', () => {
  it.each([
    [{ tag: 'rl' }, 'shelfmark-tag-rl-2026-11-30.bib'],
    [{ tag: 'Deep Learning' }, 'shelfmark-tag-deep-learning-2026-11-30.bib'],
    [{ tag: 'Réseaux/neurones' }, 'shelfmark-tag-reseaux-neurones-2026-11-30.bib'],
    [{ tag: '深度' }, 'shelfmark-tag-2026-11-30.bib'],
    [{ status: 'unread' as const }, 'shelfmark-unread-2026-11-30.bib'],
    [{ query: 'world models' }, 'shelfmark-search-2026-11-30.bib'],
    [{ query: 'x', status: 'read' as const, tag: 'rl' }, 'shelfmark-search-read-tag-rl-2026-11-30.bib'],
    [{}, 'shelfmark-all-2026-11-30.bib'],
    [{ query: '  ' }, 'shelfmark-all-2026-11-30.bib'],
    [{ ids: [1, 2] }, 'shelfmark-selection-2026-11-30.bib'],
  ])('%j → %s', (selection, name) => {
    expect(exportFileName(selection, 'bib', now)).toBe(name);
  });

  it('keeps a long tag short', () => {
    expect(exportFileName({ tag: 'a'.repeat(200) }, 'csv', now)).toBe(
      `shelfmark-tag-${'a'.repeat(40)}-2026-11-30.csv`,
    );
  });
});
