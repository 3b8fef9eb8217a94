import { initial } from './001-initial';
import { undoLog } from './002-undo-log';
import { bibliographicRecord } from './003-bibliographic-record';
import { lookups } from './004-lookups';
import { importScale } from './005-import-scale';
import { listIndexes } from './006-list-indexes';
import { listSorts } from './007-list-sorts';
import { importCounts } from './008-import-counts';
import type { Migration } from './migration';

/** In order; each one's version is its position plus one. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  undoLog,
  bibliographicRecord,
  lookups,
  importScale,
  listIndexes,
  listSorts,
  importCounts,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
