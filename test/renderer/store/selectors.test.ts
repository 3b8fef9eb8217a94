import { describe, expect, it } from 'vitest';
import type { LibraryState, SearchResults } from '../../../renderer/src/store/library/types';
import {
  selectEmptyListText,
  selectResultCount,
  selectSearchPending,
  selectShownNote,
} from '../../../renderer/src/store/selectors';

/** A window over a search that matched `matched` papers, of which the list can show `total`. */
function searching(partial: boolean, matched: number, total: number): LibraryState {
  const search: SearchResults = {
    query: 'q',
    titleRanges: new Map(),
    total: matched,
    totalIsExact: true,
    problems: [],
    partial,
    before: { cursorId: null, selectedIds: [] },
    list: null,
  };
  return { search, total } as LibraryState;
}

describe('what the list says about partial results', () => {
  it('an empty list of partial results is no verdict: not "No papers here."', () => {
    const partial = searching(true, 0, 0);
    expect(selectResultCount(partial)).toBe('No title matches yet');
    expect(selectEmptyListText(partial)).toBe('No title or first-author matches yet.');
    expect(selectEmptyListText(searching(false, 0, 0))).toBe('No papers here.');
    expect(selectEmptyListText({ search: null, total: 0 } as LibraryState)).toBe('No papers here.');
  });

  it('partial results counted up to a limit say "at least", as full ones do', () => {
    const state = searching(true, 5000, 5000);
    expect(selectResultCount(state)).toBe('5000 results so far');
    expect(selectResultCount({ ...state, search: { ...state.search!, totalIsExact: false } })).toBe(
      '5000+ results so far',
    );
  });

  it('partial results in title order are the first shown, not the best', () => {
    expect(selectShownNote(searching(true, 500, 200))).toBe(', first 200 by title shown');
    expect(selectShownNote(searching(false, 500, 200))).toBe(', best 200 shown');
    expect(selectShownNote(searching(false, 200, 200))).toBe('');
    expect(selectShownNote({ search: null, total: 10 } as LibraryState)).toBe('');
  });
});

describe('a search under way', () => {
  it('is pending while the box holds a query whose results have not come, the earlier list still shown', () => {
    const shown = searching(false, 3, 3);
    expect(selectSearchPending({ ...shown, query: 'q' })).toBe(false);
    expect(selectSearchPending({ ...shown, query: 'qu' })).toBe(true);
    expect(selectSearchPending({ search: null, total: 10, query: 'q' } as LibraryState)).toBe(true);
    expect(selectSearchPending({ search: null, total: 10, query: '  ' } as LibraryState)).toBe(false);
    expect(selectSearchPending({ ...shown, query: '' })).toBe(false);
  });
});
