import { useModalDialog } from '../hooks/useModalDialog';
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat, type ExportSelection } from '../../../preload/api';
import { saveExport } from '../store/exports';
import { useLibraryStore } from '../store/libraryStore';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  bibtex: 'BibTeX (.bib)',
  biblatex: 'BibLaTeX (.bib, UTF-8)',
  markdown: 'Markdown reading list (.md)',
  csv: 'CSV spreadsheet (.csv)',
  json: 'JSON, everything Shelfmark knows (.json)',
};

type Scope = 'view' | 'selected' | 'all';

export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { queue, tag, query, papers, selectedIds, cursorId, counts, search } = useLibraryStore();
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const [scope, setScope] = useState<Scope>('view');
  const chosen = selectedIds.length > 0 ? selectedIds : cursorId === null ? [] : [cursorId];

  const ref = useModalDialog(open);

  const viewCount = search ? search.total : papers.length;
  const view = [
    query.trim() && `matching “${query.trim()}”`,
    tag && `tagged ${tag}`,
    queue !== 'all' && `in ${queue}`,
  ]
    .filter(Boolean)
    .join(', ');

  function selection(): ExportSelection {
    if (scope === 'selected') return { ids: chosen };
    if (scope === 'all') return {};
    return {
      ...(query.trim() ? { query } : {}),
      ...(tag ? { tag } : {}),
      ...(queue !== 'all' ? { status: queue } : {}),
    };
  }

  async function run() {
    if (await saveExport(format, selection())) onClose();
  }

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-heading" onClose={onClose}>
      <h2 id="export-heading">Export papers</h2>
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
            disabled={chosen.length === 0}
            checked={scope === 'selected'}
            onChange={() => setScope('selected')}
          />{' '}
          The {chosen.length} selected
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All{' '}
          {counts.all}
        </label>
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void run()}>
          Export
        </button>
      </div>
    </dialog>
  );
}
