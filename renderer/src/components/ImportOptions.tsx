import type { PaperStatus } from '../../../preload/api';
import { plural } from '../plural';
import { useImportStore } from '../store/importStore';

export const STATUS_NAMES: Record<PaperStatus, string> = {
  unread: 'Unread',
  reading: 'Reading',
  read: 'Read',
};

/** Where the new papers go, and whether a file's keywords become tags (only shown when it has some). */
export function ImportOptions() {
  const status = useImportStore((state) => state.status);
  const setStatus = useImportStore((state) => state.setStatus);
  const keywordTags = useImportStore((state) => state.keywordTags);
  const setKeywordTags = useImportStore((state) => state.setKeywordTags);
  const tags = useImportStore((state) => state.preview?.keywordTags ?? null);
  return (
    <div className="import-options">
      <label>
        File them as{' '}
        <select
          aria-label="File new papers as"
          value={status}
          onChange={(event) => setStatus(event.target.value as PaperStatus)}
        >
          {(Object.keys(STATUS_NAMES) as PaperStatus[]).map((value) => (
            <option key={value} value={value}>
              {STATUS_NAMES[value]}
            </option>
          ))}
        </select>
      </label>
      {tags && tags.count > 0 && (
        <label>
          <input
            type="checkbox"
            checked={keywordTags}
            onChange={(event) => setKeywordTags(event.target.checked)}
          />{' '}
          Make {plural(tags.count, 'tag')} from keywords ({tags.newCount} new)
        </label>
      )}
    </div>
  );
}
