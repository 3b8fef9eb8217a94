import { initial } from './001-initial';
import type { Migration } from './migration';

/** In order; each one's version is its position plus one. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const SCHEMA_VERSION = MIGRATIONS.length;
