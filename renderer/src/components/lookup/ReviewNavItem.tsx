import { useEffect } from 'react';
import { useLibraryStore } from '../../store/libraryStore';
import { loadReviews } from '../../store/lookupActions';
import { useLookupStore } from '../../store/lookupStore';

/** The sidebar's way into the review list, with how many matches wait. */
export function ReviewNavItem() {
  const count = useLookupStore((state) => state.reviews.length);
  const openReview = useLookupStore((state) => state.openReview);
  // Every refresh (an undo, an import, the CLI's changes) may change what waits.
  const counts = useLibraryStore((state) => state.counts);
  useEffect(() => {
    void loadReviews();
  }, [counts]);
  return (
    <>
      <h2 className="sidebar-heading">Lookup</h2>
      <ul>
        <li>
          <button type="button" className="queue-button" data-review onClick={() => openReview(true)}>
            <span>Review matches</span>
            <span className="count" aria-label={count === 1 ? '1 match' : `${count} matches`}>
              {count}
            </span>
          </button>
        </li>
      </ul>
    </>
  );
}
