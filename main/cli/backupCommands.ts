import { UsageError } from '../cliArgs';
import { findBackup, listBackups, restoreBackup, type BackupInfo } from '../db/backups';
import type { FileCommand } from './command';

function describeBackup(backup: BackupInfo): string {
  const when = backup.takenAt.toISOString().replace('T', ' ').slice(0, 16);
  const size = `${(backup.bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${backup.name}  ${when} UTC  ${backup.reason}  ${size}`;
}

/** `shelfmark backups`: what restore can put back, newest first. */
export const backupsCommand: FileCommand = {
  usage: "backups [--json]             list the library's backups, newest first",
  options: ['json'],
  run(path, args, values, io) {
    if (args.length > 0) throw new UsageError(`backups takes no arguments, got "${args.join(' ')}".`);
    const backups = listBackups(path);
    if (values.json) {
      io.stdout(
        JSON.stringify(
          backups.map(({ name, file, takenAt, reason, bytes }) => ({ name, file, takenAt, reason, bytes })),
        ),
      );
    } else if (backups.length === 0) {
      io.stdout(`There are no backups of ${path} yet. Shelfmark makes one a day when it opens the library.`);
    } else {
      io.stdout(backups.map(describeBackup).join('\n'));
    }
    return 0;
  },
};

/** `shelfmark restore [BACKUP]`: puts a backup back; the file it replaces is kept beside it. */
export const restoreCommand: FileCommand = {
  usage: 'restore [BACKUP]             put back a backup (default: the newest); the current file is kept',
  options: [],
  run(path, args, _values, io) {
    if (args.length > 1) throw new UsageError(`restore takes at most one BACKUP, got "${args.join(' ')}".`);
    const backup = findBackup(path, args[0]);
    if (!backup) {
      io.stderr(
        args[0] === undefined
          ? `shelfmark: there are no backups of ${path} yet. Nothing was changed.`
          : `shelfmark: there is no backup named "${args[0]}" of ${path}; \`shelfmark backups\` lists them. Nothing was changed.`,
      );
      return 1;
    }
    const { keptAs } = restoreBackup(path, backup);
    io.stdout(
      `Restored ${path} from ${backup.name} (taken ${backup.takenAt.toISOString()}).` +
        (keptAs
          ? `\nThe library it replaced is kept as ${keptAs}; anything saved after the backup is only there.`
          : ''),
    );
    return 0;
  },
};
