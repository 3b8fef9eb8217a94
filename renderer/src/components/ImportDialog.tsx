import { MAX_IMPORT_TEXT } from '../../../preload/api';
import { useModalDialog } from '../hooks/useModalDialog';
import { plural } from '../plural';
import { ImportOptions, STATUS_NAMES } from './ImportOptions';
import { ImportProgress } from './ImportProgress';
import { useEffect, type ChangeEvent, type SyntheticEvent } from 'react';
import { duplicateSummary, foundSummary } from '../import/importSummary';
import { cancelImport, importIdentifiers, importPapers } from '../store/actions';
import { offerFillIn } from '../store/lookupActions';
import { useIdentifierImportStore } from '../store/identifierImportStore';
import { useImportStore } from '../store/importStore';
import { IdentifierImportPreview } from './IdentifierImport';

const PREVIEW_DELAY_MS = 250;
const FORMAT_NAMES = {
  trending: 'Page of titles',
  bibtex: 'BibTeX',
  json: 'Shelfmark export',
  'csl-json': 'CSL-JSON',
  ris: 'RIS',
} as const;
const SHOWN_CANDIDATES = 500;
const DUPLICATE_LABEL = { new: 'New', library: 'In library', paste: 'Repeated in this paste' } as const;

function ImportPreviewList() {
  const preview = useImportStore((state) => state.preview);
  if (!preview) return null;
  const total = preview.candidates.length;
  return (
    <div className="import-preview">
      <p className="import-summary" role="status">
        {FORMAT_NAMES[preview.format]}: {foundSummary(preview)}: <strong>{preview.newCount} new</strong>,{' '}
        {duplicateSummary(preview)}.
      </p>
      {preview.errors.length > 0 && (
        <div className="import-errors" role="alert">
          <p>{plural(preview.errors.length, 'entry')} could not be read; the others will be imported:</p>
          <ul>
            {preview.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.warnings.length > 0 && (
        <details className="import-warnings">
          <summary>{plural(preview.warnings.length, 'line')} skipped</summary>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
      <ol className="candidate-list">
        {preview.candidates.slice(0, SHOWN_CANDIDATES).map((candidate, index) => (
          <li key={index} className={candidate.duplicateOf ? 'candidate duplicate' : 'candidate'}>
            <span className="candidate-badge">{DUPLICATE_LABEL[candidate.duplicateOf?.kind ?? 'new']}</span>
            <span className="candidate-title">{candidate.title}</span>
          </li>
        ))}
      </ol>
      {total > SHOWN_CANDIDATES && <p className="muted">and {total - SHOWN_CANDIDATES} more.</p>}
    </div>
  );
}

export function ImportDialog() {
  const open = useImportStore((state) => state.open);
  const text = useImportStore((state) => state.text);
  const preview = useImportStore((state) => state.preview);
  const error = useImportStore((state) => state.error);
  const busy = useImportStore((state) => state.busy);
  const importing = useImportStore((state) => state.importing);
  const placement = useImportStore((state) => state.placement);
  const status = useImportStore((state) => state.status);
  const close = useImportStore((state) => state.close);
  const setText = useImportStore((state) => state.setText);
  const refuseFile = useImportStore((state) => state.refuseFile);
  const setPlacement = useImportStore((state) => state.setPlacement);
  const runPreview = useImportStore((state) => state.runPreview);
  const setPasteHtml = useImportStore((state) => state.setPasteHtml);
  // The identifier store answers for the text it read; for newer text, nothing until it reads that.
  const identifierLines = useIdentifierImportStore((state) => (state.text === text ? state.lines : null));
  const identifierPreview = useIdentifierImportStore((state) => (state.text === text ? state.preview : null));
  const identifierBusy = useIdentifierImportStore((state) => state.busy);
  const lookUpIdentifiers = useIdentifierImportStore((state) => state.lookUp);

  const dialogRef = useModalDialog(open);

  useEffect(() => {
    if (!open) return undefined;
    const timer = setTimeout(() => void runPreview(), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [open, text, runPreview]);

  // While an import runs, Cancel (and Escape, when the dialog receives it) stops it, and the dialog says so; otherwise they close it.
  function cancel(event?: SyntheticEvent) {
    if (!importing) return close();
    event?.preventDefault();
    void cancelImport();
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) {
      setPasteHtml(undefined);
      // Refused unread: a whole library's file held as text in the page can take the page down.
      if (file.size > MAX_IMPORT_TEXT) refuseFile(file.name, file.size);
      else setText(await file.text(), file.name);
    }
    event.target.value = '';
  }

  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby="import-heading" onCancel={cancel}>
      <h2 id="import-heading">Import papers</h2>
      <p className="muted">
        Paste a page of paper titles and abstracts (a trending-papers listing, say), a list of titles, a
        BibTeX file, a Shelfmark JSON export, or arXiv ids, DOIs and paper URLs, one per line.
      </p>
      <textarea
        aria-label="Text to import"
        className="import-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        // A copy from a web page carries HTML beside the text: its links give papers their arXiv ids.
        onPaste={(event) => setPasteHtml(event.clipboardData.getData('text/html') || undefined)}
        placeholder="Paste here…"
        spellCheck={false}
        autoFocus
      />
      <label className="file-picker">
        Or choose a file:{' '}
        <input
          type="file"
          accept=".txt,.md,.bib,.json,text/plain"
          onChange={(event) => void chooseFile(event)}
        />
      </label>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      <ImportPreviewList />
      <IdentifierImportPreview />
      <ImportOptions />
      <ImportProgress />
      <label className="placement">
        <input
          type="checkbox"
          checked={placement === 'top'}
          onChange={(event) => setPlacement(event.target.checked ? 'top' : 'bottom')}
        />{' '}
        Put the new papers at the top of Unread (read them next)
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => cancel()}>
          Cancel
        </button>
        {identifierLines && !identifierPreview ? (
          <button
            type="button"
            className="primary"
            disabled={identifierBusy}
            onClick={() => void lookUpIdentifiers()}
          >
            {identifierBusy ? 'Looking up…' : 'Look them up'}
          </button>
        ) : identifierPreview ? (
          <button
            type="button"
            className="primary"
            disabled={identifierBusy || identifierPreview.newCount === 0}
            onClick={() => void importIdentifiers()}
          >
            {`Add ${plural(identifierPreview.newCount, 'paper')} to ${STATUS_NAMES[status]}`}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy || !preview || preview.newCount === 0}
            onClick={() => void importPapers().then((done) => (done ? offerFillIn() : undefined))}
          >
            {preview && preview.newCount > 0
              ? `Add ${plural(preview.newCount, 'paper')} to ${STATUS_NAMES[status]}`
              : `Add to ${STATUS_NAMES[status]}`}
          </button>
        )}
      </div>
    </dialog>
  );
}
