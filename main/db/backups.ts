import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fsyncFile, renameDurably } from '../writeFileSafely';
import { LibraryOpenError } from './libraryErrors';
import { APPLICATION_ID } from './migrate';
import { sidecars } from './libraryFiles';

/** Seven daily backups: a week to notice that something went wrong. */
export const BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReason = 'daily' | 'before-migration';

export interface BackupInfo {
  file: string;
  name: string;
  takenAt: Date;
  reason: BackupReason;
  bytes: number;
}

export function backupsDir(libraryPath: string): string {
  return join(dirname(libraryPath), 'backups');
}

function stem(libraryPath: string): string {
  return basename(libraryPath, extname(libraryPath));
}

/** 2026-11-30T06-54-22-123Z: sorts by time, and is a valid file name everywhere. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const NAME = /^(.+)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-(daily|before-migration)\.sqlite$/;

function parseStamp(text: string): Date {
  const [date, time] = text.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
}

/** The library's backups, newest first. */
export function listBackups(libraryPath: string): BackupInfo[] {
  const dir = backupsDir(libraryPath);
  if (!existsSync(dir)) return [];
  const own = stem(libraryPath);
  return readdirSync(dir)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter(({ match }) => match?.[1] === own)
    .map(({ name, match }) => ({
      file: join(dir, name),
      name,
      takenAt: parseStamp(match?.[2] ?? ''),
      reason: match?.[3] as BackupReason,
      bytes: statSync(join(dir, name)).size,
    }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** A file that asks the next open for a full check, left when SQLite reported damage at run time. */
function checkRequestFile(libraryPath: string): string {
  return join(backupsDir(libraryPath), `${stem(libraryPath)}.check-requested`);
}

export function requestFullCheck(libraryPath: string): void {
  try {
    mkdirSync(backupsDir(libraryPath), { recursive: true });
    writeFileSync(checkRequestFile(libraryPath), new Date().toISOString());
  } catch {
    // The damage is reported anyway; the daily check will look again.
  }
}

/**
 * The full integrity_check and the daily backup share one cadence: due when the newest
 * backup is a day old (or there is none), or when damage was reported since.
 */
export function fullCheckDue(libraryPath: string, now: Date = new Date()): boolean {
  if (existsSync(checkRequestFile(libraryPath))) return true;
  const newest = listBackups(libraryPath).find((backup) => backup.reason === 'daily');
  return !newest || now.getTime() - newest.takenAt.getTime() >= DAY_MS;
}

/** Throws unless the file is a whole Shelfmark library: integrity_check passes and application_id is ours. */
export function verifyLibraryCopy(file: string, nativeBinding?: string): void {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    const problems = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).filter(
      (row) => row.integrity_check !== 'ok',
    );
    if (problems.length > 0) throw new Error(problems.map((row) => row.integrity_check).join('\n'));
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw new Error('not a Shelfmark library');
  } finally {
    db.close();
  }
}

/**
 * Copies the open library with SQLite's online backup API into a temporary file, makes the copy
 * a single self-contained file, checks it, and renames it into backups/. Older backups beyond
 * BACKUPS_KEPT are removed. A copy that fails its check means the library itself is damaged
 * (the backup API copies pages as they are), and is reported as such.
 */
export async function makeBackup(
  db: Database.Database,
  libraryPath: string,
  reason: BackupReason,
  now: Date = new Date(),
  nativeBinding?: string,
): Promise<BackupInfo> {
  const dir = backupsDir(libraryPath);
  mkdirSync(dir, { recursive: true });
  const name = `${stem(libraryPath)}-${stamp(now)}-${reason}.sqlite`;
  const temporary = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    // All pages in one step: SQLite restarts a stepped backup whenever another process writes,
    // so a busy window could starve it. One step is one read transaction (WAL: writers go on).
    await db.backup(temporary, { progress: ({ remainingPages }) => remainingPages });
    const copy = new Database(temporary, nativeBinding ? { nativeBinding } : {});
    copy.pragma('journal_mode = DELETE');
    copy.close();
    try {
      verifyLibraryCopy(temporary, nativeBinding);
    } catch (error) {
      throw new LibraryOpenError(
        `The library at ${libraryPath} is damaged: SQLite's integrity check found errors in it. Nothing more is written to it.`,
        libraryPath,
        'damaged',
        { cause: error },
      );
    }
    fsyncFile(temporary);
    renameDurably(temporary, join(dir, name));
  } finally {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
  }
  rmSync(checkRequestFile(libraryPath), { force: true });
  rotate(libraryPath);
  const made = listBackups(libraryPath).find((backup) => backup.name === name);
  if (!made) throw new Error(`backup ${name} vanished`);
  return made;
}

function rotate(libraryPath: string): void {
  for (const old of listBackups(libraryPath).slice(BACKUPS_KEPT)) rmSync(old.file, { force: true });
}

export interface Restored {
  backup: BackupInfo;
  /** Where the library that was replaced now is (with its -wal and -shm), or null if there was none. */
  keptAs: string | null;
}

/** A backup by file name (as `shelfmark backups` lists it) or path; the newest when none is named. */
export function findBackup(libraryPath: string, wanted?: string): BackupInfo | null {
  const backups = listBackups(libraryPath);
  if (wanted === undefined) return backups[0] ?? null;
  return (
    backups.find(
      (backup) => backup.name === wanted || backup.file === wanted || backup.name === basename(wanted),
    ) ?? null
  );
}

/**
 * Puts a backup in the library's place. Reversible: the file that was there (damaged or not)
 * is renamed beside it, never deleted, and the backup itself stays in backups/.
 */
export function restoreBackup(
  libraryPath: string,
  backup: BackupInfo,
  now: Date = new Date(),
  nativeBinding?: string,
): Restored {
  verifyLibraryCopy(backup.file, nativeBinding);
  let keptAs: string | null = null;
  if (existsSync(libraryPath)) {
    keptAs = `${libraryPath}.replaced-${stamp(now)}`;
    renameSync(libraryPath, keptAs);
    const { wal, shm, journal } = sidecars(libraryPath);
    if (existsSync(wal)) renameSync(wal, `${keptAs}-wal`);
    if (existsSync(shm)) renameSync(shm, `${keptAs}-shm`);
    if (existsSync(journal)) renameSync(journal, `${keptAs}-journal`);
  }
  const temporary = join(dirname(libraryPath), `.${basename(libraryPath)}.${process.pid}.restoring`);
  copyFileSync(backup.file, temporary);
  fsyncFile(temporary);
  renameDurably(temporary, libraryPath);
  rmSync(checkRequestFile(libraryPath), { force: true });
  return { backup, keptAs };
}
