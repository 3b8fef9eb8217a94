import { describe, expect, it } from 'vitest';
import {
  NOWHERE,
  actionTargets,
  placeAfterClearSelection,
  placeAfterClearingSearch,
  placeAfterMove,
  placeAfterRefresh,
  placeAfterSelect,
  placeAfterSelectAll,
  placeForResults,
  type Place,
} from '../../renderer/src/cursor';

const on = (id: number): Place => ({ cursorId: id, selectedIds: [id] });

describe('actionTargets', () => {
  it('is the selection when there is one, else the cursor, else nothing', () => {
    expect(actionTargets({ cursorId: 2, selectedIds: [2, 3] })).toEqual([2, 3]);
    expect(actionTargets({ cursorId: 2, selectedIds: [] })).toEqual([2]);
    expect(actionTargets(NOWHERE)).toEqual([]);
  });
});

describe('placeAfterRefresh: a triage key keeps the person’s place', () => {
  // All papers: unread 1–4, then the read papers 5 and 6. Pressing 2 on the third paper
  // moves it to Reading, which All lists after Unread: it jumps to the end of the unread ones.
  const before = [1, 2, 3, 4, 5, 6];
  const after = [1, 2, 4, 3, 5, 6];

  it('in All papers, leaves the cursor on the next paper of the list as it was, not on the moved one', () => {
    const place = placeAfterRefresh(before, after, on(3), [3]);
    expect(place).toEqual(on(4));
    // …so the next j lands on the paper after that in the list as the person reads it.
    expect(placeAfterMove(after, place, 1)).toEqual(on(3));
  });

  it('does the same in a queue the paper leaves (Unread)', () => {
    expect(placeAfterRefresh([1, 2, 3, 4], [1, 2, 4], on(3), [3])).toEqual(on(4));
  });

  it('does the same when the paper stays in place (pressing 2 in Reading)', () => {
    expect(placeAfterRefresh([7, 8, 9], [7, 8, 9], on(8), [8])).toEqual(on(9));
  });

  it('goes back to the paper before when the last one is acted on', () => {
    expect(placeAfterRefresh([1, 2, 3], [1, 2], on(3), [3])).toEqual(on(2));
    expect(placeAfterRefresh([1, 2, 3], [1, 2, 3], on(3), [3])).toEqual(on(2));
  });

  it('skips every paper a bulk triage acted on', () => {
    expect(
      placeAfterRefresh([1, 2, 3, 4, 5], [1, 5, 2, 3, 4], { cursorId: 2, selectedIds: [2, 3, 4] }, [2, 3, 4]),
    ).toEqual(on(5));
  });

  it('stays on the only paper left when it was acted on and is still in view', () => {
    expect(placeAfterRefresh([1], [1], on(1), [1])).toEqual(on(1));
  });

  it('goes nowhere when the view is empty', () => {
    expect(placeAfterRefresh([1], [], on(1), [1])).toEqual(NOWHERE);
  });
});

describe('placeAfterRefresh: other changes', () => {
  it('keeps the cursor on its paper while it is in view, wherever it moved, and keeps the selection in view', () => {
    expect(placeAfterRefresh([1, 2, 3], [3, 1, 2], { cursorId: 2, selectedIds: [2, 3] })).toEqual({
      cursorId: 2,
      selectedIds: [2, 3],
    });
    expect(placeAfterRefresh([1, 2, 3], [2, 1], { cursorId: 2, selectedIds: [2, 3] })).toEqual({
      cursorId: 2,
      selectedIds: [2],
    });
  });

  it('hands the cursor to the next paper still in view when its paper leaves (deleted, or filtered out)', () => {
    expect(placeAfterRefresh([1, 2, 3, 4], [1, 4], on(2))).toEqual(on(4));
  });

  it('has no cursor when there was none', () => {
    expect(placeAfterRefresh([1, 2], [1, 2], NOWHERE)).toEqual(NOWHERE);
  });
});

describe('placeAfterSelect', () => {
  const ids = [10, 11, 12, 13, 14];

  it('a plain click puts the cursor and the selection on one paper', () => {
    expect(placeAfterSelect(ids, { cursorId: 10, selectedIds: [10, 11] }, 13)).toEqual(on(13));
  });

  it('ctrl/⌘-click adds to and takes from the selection', () => {
    expect(placeAfterSelect(ids, on(10), 12, 'toggle')).toEqual({ cursorId: 12, selectedIds: [10, 12] });
    expect(placeAfterSelect(ids, { cursorId: 12, selectedIds: [10, 12] }, 10, 'toggle')).toEqual({
      cursorId: 10,
      selectedIds: [12],
    });
  });

  it('shift-click selects the range from the cursor, either way, and keeps the cursor', () => {
    expect(placeAfterSelect(ids, on(11), 13, 'range')).toEqual({ cursorId: 11, selectedIds: [11, 12, 13] });
    expect(placeAfterSelect(ids, on(13), 10, 'range')).toEqual({
      cursorId: 13,
      selectedIds: [10, 11, 12, 13],
    });
  });

  it('shift-click with no cursor, or a cursor out of the list, selects just the paper', () => {
    expect(placeAfterSelect(ids, NOWHERE, 12, 'range')).toEqual(on(12));
    expect(placeAfterSelect(ids, on(99), 12, 'range')).toEqual(on(12));
  });
});

describe('placeAfterMove', () => {
  const ids = [1, 2, 3];
  it('moves one paper and stops at the ends', () => {
    expect(placeAfterMove(ids, on(2), 1)).toEqual(on(3));
    expect(placeAfterMove(ids, on(3), 1)).toEqual(on(3));
    expect(placeAfterMove(ids, on(1), -1)).toEqual(on(1));
  });
  it('starts at the first paper from nowhere, and does nothing in an empty list', () => {
    expect(placeAfterMove(ids, NOWHERE, 1)).toEqual(on(1));
    expect(placeAfterMove([], on(4), 1)).toEqual(on(4));
  });
});

describe('select all and Escape', () => {
  it('select all takes every paper and keeps the cursor', () => {
    expect(placeAfterSelectAll([1, 2, 3], on(2))).toEqual({ cursorId: 2, selectedIds: [1, 2, 3] });
  });
  it('Escape shrinks a multi-selection back to the cursor', () => {
    expect(placeAfterClearSelection({ cursorId: 2, selectedIds: [1, 2, 3] })).toEqual(on(2));
    expect(placeAfterClearSelection({ cursorId: null, selectedIds: [1, 2] })).toEqual(NOWHERE);
  });
});

describe('search', () => {
  it('a new query puts the cursor on the best match', () => {
    expect(placeForResults([5, 3])).toEqual({ cursorId: 5, selectedIds: [] });
    expect(placeForResults([])).toEqual(NOWHERE);
  });
  it('clearing the search goes back to where the person was before searching', () => {
    const saved = { cursorId: 7, selectedIds: [7, 8] };
    expect(placeAfterClearingSearch(saved, on(5))).toEqual(saved);
    expect(placeAfterClearingSearch(undefined, on(5))).toEqual(on(5));
  });
});
