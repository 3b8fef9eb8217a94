/**
 * Where the cursor and the selection go, as pure functions over the list's ids, so every
 * rule is tested without a browser. The cursor is the paper the detail pane shows and the
 * keyboard moves; the selection is what a bulk action applies to.
 */

export interface Place {
  cursorId: number | null;
  /** Always includes the cursor when there is one, except after a range select anchored on it. */
  selectedIds: number[];
}

export type SelectMode = 'only' | 'toggle' | 'range';

export const NOWHERE: Place = { cursorId: null, selectedIds: [] };

/** What an action applies to: the selection, else the paper under the cursor. */
export function actionTargets(place: Place): number[] {
  if (place.selectedIds.length > 0) return place.selectedIds;
  return place.cursorId === null ? [] : [place.cursorId];
}

/**
 * The list changed under the cursor (a refresh after a change). A cursor whose paper is still
 * in view stays on it, unless that paper is in `passing`: the papers a triage key just acted on,
 * which the person has finished with. Otherwise the cursor goes where the person was reading:
 * the next paper of the list as it was that is still in view, else the nearest one before it.
 */
export function placeAfterRefresh(
  before: readonly number[],
  after: readonly number[],
  place: Place,
  passing: readonly number[] = [],
): Place {
  const inView = new Set(after);
  const { cursorId } = place;
  if (cursorId === null)
    return { cursorId: null, selectedIds: place.selectedIds.filter((id) => inView.has(id)) };
  const skip = new Set(passing);
  if (inView.has(cursorId) && !skip.has(cursorId)) {
    return { cursorId, selectedIds: place.selectedIds.filter((id) => inView.has(id)) };
  }
  const landsOn = (id: number | undefined) => id !== undefined && inView.has(id) && !skip.has(id);
  const at = before.indexOf(cursorId);
  let next: number | null = null;
  if (at >= 0) {
    next = before.slice(at + 1).find(landsOn) ?? before.slice(0, at).findLast(landsOn) ?? null;
  }
  // Acted on the last paper of the view, and everything else is gone too: stay on it if it is still there.
  if (next === null && inView.has(cursorId)) next = cursorId;
  return next === null ? NOWHERE : { cursorId: next, selectedIds: [next] };
}

/** A click: on its own, added to or taken from the selection (ctrl/⌘), or a range from the cursor (shift). */
export function placeAfterSelect(
  ids: readonly number[],
  place: Place,
  id: number,
  mode: SelectMode = 'only',
): Place {
  if (mode === 'toggle') {
    const selectedIds = place.selectedIds.includes(id)
      ? place.selectedIds.filter((other) => other !== id)
      : [...place.selectedIds, id];
    return { cursorId: id, selectedIds };
  }
  if (mode === 'range' && place.cursorId !== null) {
    const from = ids.indexOf(place.cursorId);
    const to = ids.indexOf(id);
    if (from >= 0 && to >= 0) {
      const [start, end] = from < to ? [from, to] : [to, from];
      return { cursorId: place.cursorId, selectedIds: ids.slice(start, end + 1) };
    }
  }
  return { cursorId: id, selectedIds: [id] };
}

/** j / k: the next or previous paper, stopping at the ends; from nowhere, the first paper. */
export function placeAfterMove(ids: readonly number[], place: Place, delta: number): Place {
  if (ids.length === 0) return place;
  const index = place.cursorId === null ? -1 : ids.indexOf(place.cursorId);
  const next = ids[index === -1 ? 0 : Math.max(0, Math.min(ids.length - 1, index + delta))];
  return next === undefined ? place : { cursorId: next, selectedIds: [next] };
}

/** Ctrl/⌘+A: every paper in the list; the cursor stays. */
export function placeAfterSelectAll(ids: readonly number[], place: Place): Place {
  return { cursorId: place.cursorId, selectedIds: [...ids] };
}

/** Escape: a multi-selection shrinks back to the paper under the cursor. */
export function placeAfterClearSelection(place: Place): Place {
  return { cursorId: place.cursorId, selectedIds: place.cursorId === null ? [] : [place.cursorId] };
}

/** A new query puts the cursor on its best match. */
export function placeForResults(ids: readonly number[]): Place {
  const first = ids[0];
  return first === undefined ? NOWHERE : { cursorId: first, selectedIds: [] };
}

/**
 * Clearing the search goes back to the paper and selection the person had before searching;
 * the refresh that follows keeps what is still in the list.
 */
export function placeAfterClearingSearch(saved: Place | undefined, current: Place): Place {
  return saved ?? current;
}
