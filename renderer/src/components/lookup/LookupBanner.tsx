import { useEffect } from 'react';
import { progressLine } from '../../lookup/lookupWording';
import { cancelLookup, fillInMissing, resumeLookup } from '../../store/lookupActions';
import { isRunning, useLookupStore } from '../../store/lookupStore';

/** Over the list: a running lookup's progress with Cancel, or the offer to fill in what an import left out. */
export function LookupBanner() {
  const job = useLookupStore((state) => state.job);
  const offer = useLookupStore((state) => state.offer);
  const dismissOffer = useLookupStore((state) => state.dismissOffer);

  // A lookup started before this page opened (a reload) goes on in main: show it.
  useEffect(() => {
    void resumeLookup();
  }, []);

  if (job && isRunning(job)) {
    return (
      <div className="lookup-banner" role="region" aria-label="Lookup">
        <progress max={Math.max(1, job.total)} value={job.done} aria-label="Lookup progress" />
        <span role="status">{progressLine(job)}</span>
        <button type="button" disabled={job.state === 'cancelling'} onClick={() => void cancelLookup()}>
          Cancel
        </button>
      </div>
    );
  }
  if (!offer) return null;
  const these = offer.length === 1 ? 'this paper' : `these ${offer.length} papers`;
  return (
    <div className="lookup-banner" role="region" aria-label="Fill in details">
      <span>
        The import added {offer.length === 1 ? 'a paper' : `${offer.length} papers`} without authors or a
        year.
      </span>
      <button type="button" className="primary" onClick={() => void fillInMissing(offer)}>
        Fill in authors and years for {these}
      </button>
      <button type="button" onClick={dismissOffer}>
        Not now
      </button>
    </div>
  );
}
