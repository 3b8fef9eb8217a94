import { useState } from 'react';
import { PAPER_STATUSES } from '../../../preload/api';
import { callApi } from '../api';
import { applyChange } from '../store/changes';
import { copyBibtex } from '../store/exports';
import { useLibraryStore } from '../store/libraryStore';
import { STATUS_LABELS } from './StatusBadge';

/** Shown when several papers are selected: tag, untag, move or delete them all at once. */
export function BulkBar() {
  const selectedIds = useLibraryStore((state) => state.selectedIds);
  const tags = useLibraryStore((state) => state.tags);
  const [tag, setTag] = useState('');
  if (selectedIds.length < 2) return null;

  async function tagAll(action: 'addTags' | 'removeTags') {
    if (await applyChange(() => callApi(action, { ids: selectedIds, names: [tag] }))) setTag('');
  }

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected papers">
      <strong>{selectedIds.length} selected</strong>
      <form
        className="bulk-tag"
        onSubmit={(event) => {
          event.preventDefault();
          void tagAll('addTags');
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
        <button type="button" onClick={() => void tagAll('removeTags')}>
          Remove tag
        </button>
      </form>
      {PAPER_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          onClick={() => void applyChange(() => callApi('setStatus', { ids: selectedIds, status }))}
        >
          {STATUS_LABELS[status]}
        </button>
      ))}
      <button type="button" onClick={() => void copyBibtex(selectedIds)}>
        Copy BibTeX
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => void applyChange(() => callApi('deletePapers', { ids: selectedIds }))}
      >
        Delete
      </button>
    </div>
  );
}
