import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportProgress,
  type ExportSelection,
} from '../../../preload/api';
import { useModalDialog } from '../hooks/useModalDialog';
import { exportPapers } from '../store/actions';
import { useExportDialogStore, type ExportScope } from '../store/exportDialogStore';
import { useLibraryStore } from '../store/libraryStore';
import { selectActionTargets, selectViewCount, selectViewFilter } from '../store/selectors';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  bibtex: 'BibTeX (.bib)',
  biblatex: 'BibLaTeX (.bib, UTF-8)',
  markdown: 'Markdown reading list (.md)',
  csv: 'CSV spreadsheet (.csv)',
  json: 'JSON, everything Shelfmark knows (.json)',
  'csl-json': 'CSL-JSON for pandoc, Zotero (.json)',
  ris: 'RIS for EndNote, Mendeley (.ris)',
};

/** "matching “world models”, tagged rl, in unread" */
function describeView(filter: ExportSelection): string {
  return [
    filter.query && `matching “${filter.query}”`,
    filter.tag && `tagged ${filter.tag}`,
    filter.status && `in ${filter.status}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The dialog's body, made afresh each time it opens: it starts on the view the person is looking at. */
function ExportForm({
  format,
  setFormat,
  onClose,
}: {
  format: ExportFormat;
  setFormat: (format: ExportFormat) => void;
  onClose: () => void;
}) {
  const filter = useLibraryStore(useShallow(selectViewFilter));
  const viewCount = useLibraryStore(selectViewCount);
  const targets = useLibraryStore(useShallow(selectActionTargets));
  const total = useLibraryStore((state) => state.counts.all);
  // Where it was opened from says which papers: the toolbar the view, a refused copy the selected ones.
  const [scope, setScope] = useState<ExportScope>(useExportDialogStore.getState().scope);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  const view = describeView(filter);

  function selection(): ExportSelection {
    if (scope === 'selected') return { ids: targets };
    return scope === 'all' ? {} : filter;
  }

  async function run() {
    setError(null);
    setProgress({ state: 'ready', written: 0, total: 0, error: null });
    const { saved, error: failure } = await exportPapers(format, selection(), {
      onStart: (stop) => setCancel(() => stop),
      onProgress: setProgress,
    });
    setCancel(null);
    setProgress(null);
    setError(failure);
    if (saved) onClose();
  }

  return (
    <>
      <label className="field">
        Format
        <select
          aria-label="Format"
          value={format}
          onChange={(event) => setFormat(event.target.value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Papers</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'view'} onChange={() => setScope('view')} /> The{' '}
          {viewCount} in this view{view ? ` (${view})` : ''}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            disabled={targets.length === 0}
            checked={scope === 'selected'}
            onChange={() => setScope('selected')}
          />{' '}
          The {targets.length} selected
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All{' '}
          {total}
        </label>
      </fieldset>
      {progress && (
        <p className="export-progress" role="status">
          <progress aria-label="Export progress" value={progress.written} max={Math.max(progress.total, 1)} />{' '}
          {progress.total > 0
            ? `Exported ${progress.written.toLocaleString()} of ${progress.total.toLocaleString()} papers`
            : 'Preparing the export…'}
        </p>
      )}
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => (cancel ? cancel() : onClose())}>
          {cancel ? 'Stop export' : 'Cancel'}
        </button>
        <button type="button" className="primary" disabled={progress !== null} onClick={() => void run()}>
          Export
        </button>
      </div>
    </>
  );
}

export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  // The format is a preference and stays; which papers is the view's, and is chosen afresh.
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const ref = useModalDialog(open);

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-heading" onClose={onClose}>
      <h2 id="export-heading">Export papers</h2>
      {open && <ExportForm format={format} setFormat={setFormat} onClose={onClose} />}
    </dialog>
  );
}
