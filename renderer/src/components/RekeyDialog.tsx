import { useEffect, useState } from 'react';
import type { RekeyChange } from '../../../preload/api';
import { useModalDialog } from '../hooks/useModalDialog';
import { applyRekey, previewRekey } from '../store/actions';
import { plural } from '../plural';

/** Every provisional key and the key it would become, listed before anything changes. */
function RekeyList({ onClose }: { onClose: () => void }) {
  const [changes, setChanges] = useState<RekeyChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void previewRekey().then((preview) => {
      setChanges(preview.changes);
      setError(preview.error);
    });
  }, []);

  async function apply() {
    onClose();
    await applyRekey();
  }

  return (
    <>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      {changes === null && !error && <p className="muted">Looking for better keys…</p>}
      {changes?.length === 0 && <p>Every provisional key stays: no record gives a better one yet.</p>}
      {changes && changes.length > 0 && (
        <table className="rekey-list" aria-label="Key changes">
          <tbody>
            {changes.map((change) => (
              <tr key={change.id}>
                <td>{change.title}</td>
                <td>
                  <code>{change.from}</code>
                </td>
                <td aria-hidden="true">→</td>
                <td>
                  <code>{change.to}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!changes?.length} onClick={() => void apply()}>
          {changes?.length ? `Update ${plural(changes.length, 'key')}` : 'Update keys'}
        </button>
      </div>
    </>
  );
}

export function RekeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="rekey-heading" onClose={onClose}>
      <h2 id="rekey-heading">Update provisional keys</h2>
      {open && <RekeyList onClose={onClose} />}
    </dialog>
  );
}
