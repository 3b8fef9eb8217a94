import { useState } from 'react';
import type { BackupSummary, DamagedLibrary } from '../../../preload/api';
import { restoreBackup } from '../store/actions';

function when(backup: BackupSummary): string {
  return new Date(backup.takenAt).toLocaleString();
}

const REASONS: Record<BackupSummary['reason'], string> = {
  daily: 'daily backup',
  'before-migration': 'before an upgrade',
};

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Shown instead of the library when it was found damaged at start: why, and its backups, any of
 * which can be put back (the newest first). The damaged file is kept beside it, never deleted.
 */
export function DamagedLibraryScreen({
  damaged,
  onRestored,
}: {
  damaged: DamagedLibrary;
  onRestored: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore(backup: BackupSummary) {
    setBusy(true);
    setError(null);
    const failure = await restoreBackup(backup.name);
    if (failure === null) {
      onRestored();
      return;
    }
    setError(failure);
    setBusy(false);
  }

  return (
    <main className="no-access damaged-library" aria-label="Damaged library">
      <h1>Your library is damaged</h1>
      <p>{damaged.message}</p>
      {damaged.backups.length === 0 ? (
        <p>
          There is no backup of it yet. Keep the file: a copy of it may still be rescued with the sqlite3 tool
          (<code>.recover</code>).
        </p>
      ) : (
        <>
          <p>
            Shelfmark can put back one of its backups. The damaged file is kept beside it, renamed, so nothing
            is lost; changes made after the backup are only in that file.
          </p>
          <ul className="backup-list" aria-label="Backups">
            {damaged.backups.map((backup, index) => (
              <li key={backup.name}>
                <span>
                  {when(backup)}{' '}
                  <span className="muted">
                    ({REASONS[backup.reason]}, {size(backup.bytes)})
                  </span>
                </span>
                <button
                  type="button"
                  className={index === 0 ? 'primary' : undefined}
                  disabled={busy}
                  aria-label={`Restore the backup from ${when(backup)}`}
                  onClick={() => void restore(backup)}
                >
                  {index === 0 ? 'Restore the newest' : 'Restore'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <p role="alert">{error}</p>}
      <p className="muted">Library: {damaged.path}</p>
    </main>
  );
}
