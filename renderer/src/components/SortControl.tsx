import { SORT_KEYS, type PaperSort, type SortKey } from '../../../preload/api';
import { useLibraryStore } from '../store/libraryStore';
import { selectSort } from '../store/selectors';

const SORT_LABELS: Record<SortKey, string> = {
  queue: 'Up next',
  added: 'Date added',
  title: 'Title',
  author: 'First author',
  year: 'Year',
};

/** The list's order: the queue's own (the default), or one the person picks, ascending or descending. */
export function SortControl() {
  const sort = useLibraryStore(selectSort);
  const setSort = useLibraryStore((state) => state.setSort);
  const searching = useLibraryStore((state) => state.search !== null);
  const change = (next: Partial<PaperSort>) => void setSort({ ...sort, ...next });
  if (searching) return null;
  return (
    <span className="sort-control">
      <select
        aria-label="Sort by"
        value={sort.by}
        onChange={(event) => change({ by: event.target.value as SortKey })}
      >
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {SORT_LABELS[key]}
          </option>
        ))}
      </select>
      {sort.by !== 'queue' && (
        <button
          type="button"
          className="icon-button"
          aria-label={
            sort.direction === 'asc' ? 'Ascending: click for descending' : 'Descending: click for ascending'
          }
          onClick={() => change({ direction: sort.direction === 'asc' ? 'desc' : 'asc' })}
        >
          {sort.direction === 'asc' ? '↑' : '↓'}
        </button>
      )}
    </span>
  );
}
