import { useState } from 'react';
import { PAPER_STATUSES } from '../../../preload/api';
import { copyBibtex, deletePapers, moveToQueue, tagPapers, untagPapers } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { lookUpPapers } from '../store/lookupActions';
import { STATUS_LABELS } from './StatusBadge';

/**
 * Shown when several papers are selected: tag, untag, move or delete them all at once. It floats
 * over the foot of the list, whose end keeps room for it, so no row moves under the pointer
 * when it appears.
 */
export function BulkBar() {
  const selectedIds = useLibraryStore((state) => state.selectedIds);
  const tags = useLibraryStore((state) => state.tags);
  const [tag, setTag] = useState('');
  if (selectedIds.length < 2) return null;

  async function tagAll(change: typeof tagPapers) {
    if (await change(selectedIds, tag)) setTag('');
  }

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected papers">
      <strong>{selectedIds.length} selected</strong>
      <form
        className="bulk-tag"
        onSubmit={(event) => {
          event.preventDefault();
          void tagAll(tagPapers);
        }}
      >
        <input
          aria-label="Tag for selected papers"
          list="tag-names"
          placeholder="Tag…"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <datalist id="tag-names">
          {tags.map((existing) => (
            <option key={existing.name} value={existing.name} />
          ))}
        </datalist>
        <button type="submit">Add tag</button>
        <button type="button" onClick={() => void tagAll(untagPapers)}>
          Remove tag
        </button>
      </form>
      {PAPER_STATUSES.map((status) => (
        <button key={status} type="button" onClick={() => void moveToQueue(selectedIds, status)}>
          {STATUS_LABELS[status]}
        </button>
      ))}
      <button type="button" onClick={() => void lookUpPapers(selectedIds)}>
        Look up details
      </button>
      <button type="button" onClick={() => void copyBibtex(selectedIds)}>
        Copy BibTeX
      </button>
      <button type="button" className="danger" onClick={() => void deletePapers(selectedIds)}>
        Delete
      </button>
    </div>
  );
}
