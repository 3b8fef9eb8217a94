import { useState } from 'react';
import type { Paper, RekeyChange } from '../../../preload/api';
import { applyRekey, previewRekey } from '../store/actions';
import { useToastStore } from '../store/toastStore';

/**
 * Shown while the paper's key was made without authors or a year: shows the key its record
 * makes now, and gives it only when the person confirms (one undoable change).
 */
export function UpdateKey({ paper }: { paper: Paper }) {
  const [proposal, setProposal] = useState<RekeyChange | null>(null);
  if (!paper.citekeyProvisional) return null;

  async function preview() {
    const { changes, error } = await previewRekey([paper.id]);
    if (error !== null) useToastStore.getState().showError(error);
    else if (changes[0]) setProposal(changes[0]);
    else useToastStore.getState().show('The key stays as it is: add authors or a year for a better one');
  }

  if (!proposal) {
    return (
      <button type="button" className="update-key" onClick={() => void preview()}>
        Update key
      </button>
    );
  }
  return (
    <span className="update-key-confirm" role="group" aria-label="Update key">
      New key <code>{proposal.to}</code>
      <button
        type="button"
        className="primary"
        onClick={() => void applyRekey([paper.id]).then(() => setProposal(null))}
      >
        Apply
      </button>
      <button type="button" onClick={() => setProposal(null)}>
        Cancel
      </button>
    </span>
  );
}
