import { useEffect } from 'react';
import type { Paper } from '../../../../preload/api';
import { adoptPublishedVersion, loadPublishedVersion } from '../../store/lookupActions';
import { useLookupStore } from '../../store/lookupStore';
import { publishedWords, usePublishedStore } from '../../store/publishedStore';

/** "Published as: <venue> <year>" when a lookup found the preprint's published version, with the action to use it. */
export function PublishedVersion({ paper }: { paper: Paper }) {
  const version = usePublishedStore((state) => state.known[paper.id] ?? null);
  // A finished lookup of this paper may have found it: ask again (from what was kept, nothing is sent).
  const lookedUp = useLookupStore((state) => {
    const result = state.job?.results.find((r) => r.paperId === paper.id);
    return result ? `${state.job?.jobId}:${result.outcome}` : '';
  });
  useEffect(() => {
    void loadPublishedVersion(paper.id);
  }, [paper, lookedUp]);
  if (!version) return null;
  return (
    <div className="published-version" role="group" aria-label="Published version">
      <span>
        Published as: <span className="detail-venue">{publishedWords(version)}</span>
      </span>
      <button type="button" onClick={() => void adoptPublishedVersion(paper.id)}>
        Use the published version
      </button>
    </div>
  );
}
