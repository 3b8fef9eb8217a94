import { useModalDialog } from '../../hooks/useModalDialog';
import { useLookupStore } from '../../store/lookupStore';
import { ReviewCard } from './ReviewCard';

/** Every match that waits for the person, each shown field by field. */
export function ReviewDialog() {
  const open = useLookupStore((state) => state.reviewOpen);
  const reviews = useLookupStore((state) => state.reviews);
  const openReview = useLookupStore((state) => state.openReview);
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="review-dialog"
      aria-labelledby="review-heading"
      onClose={() => openReview(false)}
    >
      <h2 id="review-heading">Review matches</h2>
      {open && reviews.length === 0 && <p>Nothing waits for review.</p>}
      {open && reviews.map((review) => <ReviewCard key={review.id} review={review} />)}
      <div className="dialog-actions">
        <button type="button" onClick={() => openReview(false)}>
          Close
        </button>
      </div>
    </dialog>
  );
}
