import { useEffect } from 'react';
import { cancelImport, refreshImportProgress, resetImportProgress } from '../store/actions';
import { useImportProgressStore } from '../store/importProgressStore';
import { useImportStore } from '../store/importStore';

const POLL_MS = 200;

/** While an import runs (off main): how far it is, and a button that stops it, changing nothing. */
export function ImportProgress() {
  const busy = useImportStore((state) => state.busy);
  const progress = useImportProgressStore((state) => state.progress);
  const cancelling = useImportProgressStore((state) => state.cancelling);

  useEffect(() => {
    if (!busy) {
      resetImportProgress();
      return undefined;
    }
    const timer = setInterval(() => void refreshImportProgress(), POLL_MS);
    return () => clearInterval(timer);
  }, [busy]);

  if (!busy || !progress) return null;
  const { done, total } = progress;
  return (
    <div className="import-progress" role="status">
      <progress aria-label="Import progress" {...(total > 0 ? { max: total, value: done } : {})} />
      <span>
        {cancelling
          ? 'Cancelling: nothing will be imported…'
          : total > 0
            ? `${done.toLocaleString()} of ${total.toLocaleString()} papers written`
            : 'Reading the file…'}
      </span>
      <button type="button" onClick={() => void cancelImport()} disabled={cancelling}>
        Cancel import
      </button>
    </div>
  );
}
