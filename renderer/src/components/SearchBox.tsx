import { MAX_QUERY_LENGTH } from '../../../preload/api';
import { useLibraryStore } from '../store/libraryStore';
import { selectSearchNote } from '../store/selectors';

export const SEARCH_INPUT_ID = 'search-box';

export function SearchBox() {
  const query = useLibraryStore((state) => state.query);
  const setQuery = useLibraryStore((state) => state.setQuery);
  const note = useLibraryStore(selectSearchNote);

  return (
    <div className="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search papers"
        aria-describedby="search-help"
        placeholder='Search…  "phrase"  tag:name  status:read  -word'
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setQuery('');
            event.currentTarget.blur();
          }
        }}
      />
      <p id="search-help" className="search-problems" role="status">
        {note}
      </p>
    </div>
  );
}
