import { ShelfmarkError } from './ShelfmarkError';
import type { UndoState } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { TRACKED_TABLES } from '../db/migrations/changeTriggers';
import { redoWholePapers, undoWholePapers, type WholePaperRun } from './wholePaperLog';

/** At least this many changes can be undone; older ones are forgotten. */
export const UNDO_DEPTH = 500;
/** Edits to the same thing this close together (a note typed with autosave) are one undo step. */
const COALESCE_MS = 5000;

interface Options {
  /** Operations with the same key, close together, are undone together. */
  coalesceKey?: string;
  /** How close together (default 5 s); a key unique to one long task (a lookup job) may use Infinity. */
  coalesceWithinMs?: number;
  now?: Date;
}

type Row = Record<string, unknown>;

/**
 * Runs fn in one transaction and records every row it changes, so the whole of it can be
 * undone and redone later, from any window, the CLI, or after a restart.
 */
export function recordOperation<T>(
  db: LibraryDb,
  label: string | ((result: T) => string),
  fn: () => T,
  options: Options = {},
): T {
  const now = (options.now ?? new Date()).toISOString();
  return db
    .transaction(() => {
      db.prepare('DELETE FROM operations WHERE undone = 1').run();
      const initialLabel = typeof label === 'string' ? label : 'Change';
      const operationId =
        coalescable(db, options.coalesceKey, now, options.coalesceWithinMs ?? COALESCE_MS) ??
        startOperation(db, initialLabel, options, now);
      db.prepare('INSERT INTO undo_recording (operation_id) VALUES (?)').run(operationId);
      try {
        const result = fn();
        if (typeof label === 'function') {
          db.prepare('UPDATE operations SET label = ? WHERE id = ?').run(label(result), operationId);
        }
        return result;
      } finally {
        db.prepare('DELETE FROM undo_recording').run();
        const changed = db
          .prepare('SELECT 1 FROM operation_changes WHERE operation_id = ? LIMIT 1')
          .get(operationId);
        if (!changed) db.prepare('DELETE FROM operations WHERE id = ?').run(operationId);
        else db.prepare('UPDATE operations SET last_change_at = ? WHERE id = ?').run(now, operationId);
        pruneHistory(db);
      }
    })
    .immediate();
}

function startOperation(db: LibraryDb, label: string, options: Options, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO operations (label, coalesce_key, created_at, last_change_at) VALUES (?, ?, ?, ?)')
      .run(label, options.coalesceKey ?? null, now, now).lastInsertRowid,
  );
}

function coalescable(db: LibraryDb, key: string | undefined, now: string, withinMs: number): number | null {
  if (key === undefined) return null;
  const last = db
    .prepare('SELECT id, coalesce_key AS key, last_change_at AS at FROM operations ORDER BY id DESC LIMIT 1')
    .get() as { id: number; key: string | null; at: string } | undefined;
  if (!last || last.key !== key) return null;
  return Date.parse(now) - Date.parse(last.at) <= withinMs ? last.id : null;
}

function pruneHistory(db: LibraryDb): void {
  db.prepare(
    'DELETE FROM operations WHERE id <= (SELECT id FROM operations ORDER BY id DESC LIMIT 1 OFFSET ?)',
  ).run(UNDO_DEPTH);
}

function keyOf(table: string): readonly string[] {
  const key = TRACKED_TABLES[table];
  if (!key) throw new Error(`Table ${table} is not tracked for undo.`);
  return key;
}

/** Makes the row in `table` look like `target` (null: absent), given what it is now (`current`). */
function applyImage(db: LibraryDb, table: string, current: Row | null, target: Row | null): void {
  const key = keyOf(table);
  const identity = (target ?? current) as Row;
  const where = key.map((column) => `"${column}" = ?`).join(' AND ');
  const keyValues = key.map((column) => identity[column]);
  if (target === null) {
    db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(...keyValues);
    return;
  }
  const columns = Object.keys(target);
  const values = columns.map((column) => target[column]);
  if (current === null) {
    db.prepare(
      `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(...values);
  } else {
    db.prepare(
      `UPDATE ${table} SET ${columns.map((column) => `"${column}" = ?`).join(', ')} WHERE ${where}`,
    ).run(...values, ...keyValues);
  }
}

interface Change {
  id: number;
  table_name: string;
  old_row: string | null;
  new_row: string | null;
  whole_paper: 0 | 1;
}

function parse(row: string | null): Row | null {
  return row === null ? null : (JSON.parse(row) as Row);
}

function replay(db: LibraryDb, operationId: number, direction: 'undo' | 'redo'): void {
  // Whole papers (an import's) are read by id only; their rows are moved set-wise below.
  const changes = db
    .prepare(
      `SELECT id, table_name, whole_paper, CASE whole_paper WHEN 1 THEN NULL ELSE old_row END AS old_row,
              CASE whole_paper WHEN 1 THEN NULL ELSE new_row END AS new_row
       FROM operation_changes WHERE operation_id = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'}`,
    )
    .all(operationId) as Change[];
  // Cascaded deletes are logged parent first; restoring them in reverse would trip foreign keys mid-way.
  db.pragma('defer_foreign_keys = ON');
  let run: WholePaperRun | null = null;
  const flush = () => {
    if (run) (direction === 'undo' ? undoWholePapers : redoWholePapers)(db, run);
    run = null;
  };
  for (const change of changes) {
    if (change.whole_paper === 1) {
      run ??= { operation: operationId, first: change.id, last: change.id };
      run.first = Math.min(run.first, change.id);
      run.last = Math.max(run.last, change.id);
      continue;
    }
    flush();
    const before = parse(change.old_row);
    const after = parse(change.new_row);
    if (direction === 'undo') applyImage(db, change.table_name, after, before);
    else applyImage(db, change.table_name, before, after);
  }
  flush();
}

function logReplay(db: LibraryDb, operationId: number): void {
  db.prepare('INSERT INTO operation_replays (operation_id, replayed_at) VALUES (?, ?)').run(
    operationId,
    new Date().toISOString(),
  );
  db.prepare('DELETE FROM operation_replays WHERE id <= (SELECT max(id) FROM operation_replays) - ?').run(
    UNDO_DEPTH,
  );
}

/** The operation undo or redo would replay next: the newest done one, or the oldest undone one. */
const NEXT = {
  undo: { sql: 'SELECT id, label FROM operations WHERE undone = 0 ORDER BY id DESC LIMIT 1', undone: 1 },
  redo: { sql: 'SELECT id, label FROM operations WHERE undone = 1 ORDER BY id ASC LIMIT 1', undone: 0 },
} as const;

function step(db: LibraryDb, direction: 'undo' | 'redo'): string {
  return db
    .transaction(() => {
      const operation = db.prepare(NEXT[direction].sql).get() as { id: number; label: string } | undefined;
      if (!operation) throw new ShelfmarkError(`nothing_to_${direction}`, `Nothing to ${direction}.`);
      replay(db, operation.id, direction);
      db.prepare('UPDATE operations SET undone = ? WHERE id = ?').run(NEXT[direction].undone, operation.id);
      logReplay(db, operation.id);
      return operation.label;
    })
    .immediate();
}

/** Undoes the newest change; returns its label. */
export function undo(db: LibraryDb): string {
  return step(db, 'undo');
}

/** Redoes the oldest undone change; returns its label. */
export function redo(db: LibraryDb): string {
  return step(db, 'redo');
}

export function undoState(db: LibraryDb): UndoState {
  const label = (sql: string) => (db.prepare(sql).get() as { label: string } | undefined)?.label ?? null;
  return { undoLabel: label(NEXT.undo.sql), redoLabel: label(NEXT.redo.sql) };
}
