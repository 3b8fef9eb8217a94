import type { Paper } from '../../../../preload/api';
import { fieldName, SOURCE_NAMES } from '../../lookup/lookupWording';
import { lookUpPapers } from '../../store/lookupActions';
import { isRunning, useLookupStore } from '../../store/lookupStore';

const OUTCOME_WORDS = {
  auto: 'Filled in',
  review: 'A match waits for review',
  reject: 'No match',
  failed: 'Could not look it up',
} as const;

/** "Look up details" for the open paper, and what the last lookup said about it. */
export function PaperLookup({ paper }: { paper: Paper }) {
  const running = useLookupStore((state) => isRunning(state.job));
  const result = useLookupStore((state) => state.job?.results.find((r) => r.paperId === paper.id) ?? null);
  const openReview = useLookupStore((state) => state.openReview);
  return (
    <div className="paper-lookup">
      <button type="button" disabled={running} onClick={() => void lookUpPapers([paper.id])}>
        Look up details
      </button>
      {result && (
        <span className="muted" role="status">
          {OUTCOME_WORDS[result.outcome]}
          {result.outcome === 'auto' &&
            (result.applied.length > 0 ? `: ${result.applied.map(fieldName).join(', ')}` : ': nothing new')}
          {result.source && ` (${SOURCE_NAMES[result.source]})`}
          {result.outcome !== 'auto' && result.reasons.length > 0 && `. ${result.reasons.join(' ')}`}
          {result.outcome === 'review' && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => openReview(true)}>
                Review
              </button>
            </>
          )}
        </span>
      )}
    </div>
  );
}
