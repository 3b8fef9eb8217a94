import { useState } from 'react';
import type { Paper } from '../../../preload/api';
import { setCitekey } from '../store/actions';

/** The citation key, shown as code; a click makes it editable, Enter saves, Escape keeps the old one. */
export function CitekeyEditor({ paper }: { paper: Paper }) {
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <button
        type="button"
        className="citekey"
        title="Citation key: click to change"
        onClick={() => setDraft(paper.citekey)}
      >
        <code>{paper.citekey}</code>
      </button>
    );
  }
  return (
    <form
      className="citekey-form"
      onSubmit={(event) => {
        event.preventDefault();
        void setCitekey(paper.id, draft).then((done) => {
          if (done) setDraft(null);
        });
      }}
    >
      <input
        aria-label="Citation key"
        value={draft}
        autoFocus
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    </form>
  );
}
