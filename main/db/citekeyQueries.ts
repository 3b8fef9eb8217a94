/**
 * Lookups of a paper by citation key, compared without regard to case. Each is answered from
 * the index papers_by_citekey_nocase (schema 5); test/db/migration5.test.ts checks the plans.
 */
export const CITEKEY_SQL = {
  /** Whether any paper holds the key (an import or a new paper choosing a free one). */
  taken: 'SELECT 1 FROM papers WHERE citekey = ? COLLATE NOCASE LIMIT 1',
  /** The title of another paper holding the key (setCitekey refuses it). */
  heldByOther: 'SELECT title FROM papers WHERE citekey = ? COLLATE NOCASE AND id <> ? LIMIT 1',
  /** The paper a person named by its key on the command line. */
  idOf: 'SELECT id FROM papers WHERE citekey = ? COLLATE NOCASE LIMIT 1',
} as const;
