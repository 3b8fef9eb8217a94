import type { BackupSummary } from '../../preload/api';
import { findBackup, listBackups, restoreBackup, type BackupInfo } from '../db/backups';
import { LibraryOpenError } from '../db/libraryErrors';
import { failureMessage } from '../db/sqliteErrors';
import { ShelfmarkError } from '../library/ShelfmarkError';
import { createDispatch, type Dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { ARG_SCHEMAS } from './schemas';

export interface DamagedLibraryOptions {
  path: string;
  /** Why the library was refused (LibraryOpenError's message). */
  message: string;
  /** Opens the restored library; its dispatch answers every call from then on. */
  open: () => Promise<Dispatch>;
  nativeBinding?: string | undefined;
  now?: () => Date;
}

function summary(backup: BackupInfo): BackupSummary {
  return {
    name: backup.name,
    takenAt: backup.takenAt.toISOString(),
    reason: backup.reason,
    bytes: backup.bytes,
  };
}

/**
 * The door into a library found damaged at start: every call is refused with 'damaged' except
 * damagedLibrary (why, and the backups) and restoreBackup, which puts a verified backup in its
 * place (the damaged file is renamed beside it, never deleted) and opens it. After that, every
 * call goes to the opened library.
 */
export function damagedLibraryDispatch(options: DamagedLibraryOptions): Dispatch {
  const { path, message } = options;
  let opened: Dispatch | null = null;
  let restoring = false;
  const refuse = () => {
    throw new ShelfmarkError('damaged', `${message} Restore a backup to go on.`);
  };
  const handlers = Object.fromEntries(
    Object.keys(ARG_SCHEMAS).map((method) => [method, refuse]),
  ) as unknown as Handlers;
  handlers.damagedLibrary = () => ({ path, message, backups: listBackups(path).map(summary) });
  handlers.restoreBackup = async ({ name }) => {
    if (restoring) throw new ShelfmarkError('busy', 'A backup is being restored already.', null);
    const backup = findBackup(path, name);
    if (!backup) {
      throw new ShelfmarkError(
        'not_found',
        name === undefined ? `There is no backup of ${path}.` : `There is no backup named ${name}.`,
      );
    }
    restoring = true;
    try {
      let keptAs: string | null;
      try {
        ({ keptAs } = restoreBackup(path, backup, options.now?.() ?? new Date(), options.nativeBinding));
      } catch {
        throw new ShelfmarkError(
          'damaged',
          `The backup ${backup.name} failed its check, so it was not put back. Nothing was changed; try an older one.`,
          null,
        );
      }
      try {
        opened = await options.open();
      } catch (error) {
        const why = error instanceof LibraryOpenError ? error.message : failureMessage(error);
        throw new ShelfmarkError(
          'damaged',
          `The backup was put back, but the library did not open: ${why} The damaged file is kept as ${keptAs}.`,
          null,
        );
      }
      return { backup: summary(backup), keptAs };
    } finally {
      restoring = false;
    }
  };
  const damaged = createDispatch(handlers);
  return (method, args) => (opened ? opened(method, args) : damaged(method, args));
}
