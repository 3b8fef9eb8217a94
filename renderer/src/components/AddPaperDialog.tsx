import { useState, type FormEvent } from 'react';
import { ENTRY_TYPES, type EntryType, type PaperEdit } from '../../../preload/api';
import { useModalDialog } from '../hooks/useModalDialog';
import { addPaper } from '../store/actions';

/** What the form holds, as typed; authors one per line or separated by ";". */
function editOf(authors: string, year: string, entryType: EntryType): PaperEdit | string {
  const names = authors
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const trimmedYear = year.trim();
  if (trimmedYear && !/^\d{1,9}$/.test(trimmedYear)) {
    return `"${trimmedYear}" is not a year: write it as digits, like 2021.`;
  }
  return {
    entryType,
    ...(names.length ? { creators: names.map((name) => ({ role: 'author' as const, name })) } : {}),
    ...(trimmedYear ? { year: Number(trimmedYear) } : {}),
  };
}

/** The form, made afresh each time the dialog opens. */
function AddPaperForm({ onClose }: { onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [authors, setAuthors] = useState('');
  const [year, setYear] = useState('');
  const [entryType, setEntryType] = useState<EntryType>('misc');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('A paper needs a title.');
      return;
    }
    const edit = editOf(authors, year, entryType);
    if (typeof edit === 'string') {
      setError(edit);
      return;
    }
    const { error: failure } = await addPaper(title.trim(), edit);
    setError(failure);
    if (!failure) onClose();
  }

  return (
    <form onSubmit={(event) => void submit(event)}>
      <label className="field">
        Title
        <input
          type="text"
          aria-required="true"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoFocus
        />
      </label>
      <label className="field">
        Authors (one per line or separated by “;”, as “First Last” or “Last, First”)
        <textarea rows={2} value={authors} onChange={(event) => setAuthors(event.target.value)} />
      </label>
      <label className="field">
        Year
        <input
          type="text"
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
      </label>
      <label className="field">
        Type
        <select value={entryType} onChange={(event) => setEntryType(event.target.value as EntryType)}>
          {ENTRY_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </label>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Add paper
        </button>
      </div>
    </form>
  );
}

export function AddPaperDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="add-paper-heading" onClose={onClose}>
      <h2 id="add-paper-heading">Add a paper</h2>
      {open && <AddPaperForm onClose={onClose} />}
    </dialog>
  );
}
