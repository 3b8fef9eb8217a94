import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { getPaper, listPapers } from '../../main/db/paperQueries';
import { undoState } from '../../main/library/undo';

/** A schema 2 library as Shelfmark wrote it: imports of each kind, tags, notes and undo history. */
function schema2Library(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 2));
  db.exec(`
    INSERT INTO imports (id, source_name, format, imported_at, added_count, duplicate_count) VALUES
      (1, 'page.txt', 'trending', '2026-01-01T00:00:00Z', 1, 0),
      (2, 'thesis.bib', 'bibtex', '2026-01-02T00:00:00Z', 3, 0);
    INSERT INTO papers (id, citekey, title, title_key, abstract, url, code_url, authors, year, venue, arxiv_id, doi,
                        status, position, added_at, updated_at, reading_at, read_at, import_id) VALUES
      (1, 'sacFlowSample', 'SAC Flow: Sample-Efficient RL', 'sacflowsampleefficientrl', 'An abstract.',
       'https://sac.example/', 'https://github.com/a/b', '[]', NULL, NULL, '2509.01234', NULL,
       'unread', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', NULL, NULL, 1),
      (2, 'turpe2016penetration', 'Penetration Testing', 'penetrationtesting', NULL, NULL, NULL,
       '["Türpe, Sven","van der Berg, Jr., Anna","King, Martin Luther","OpenAI Team"]', 2016,
       'Proceedings of SOUPS', NULL, '10.1145/123.456', 'read', 0, '2026-01-02T00:00:00Z',
       '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z', '2026-01-04T00:00:00Z', 2),
      (3, 'noyear', 'A Bib Entry Without Year', 'abibentrywithoutyear', NULL, NULL, NULL,
       '["Doe, Jane"]', NULL, NULL, NULL, NULL, 'reading', 0, '2026-01-02T00:00:00Z',
       '2026-01-02T00:00:00Z', '2026-01-05T00:00:00Z', NULL, 2),
      (4, 'lovelace2023arxiv', 'An arXiv Preprint', 'anarxivpreprint', NULL, NULL, NULL, '["Lovelace, Ada"]', 2023,
       'Journal of Engines', '2310.12345', NULL, 'unread', 2, '2026-01-02T00:00:00Z',
       '2026-01-02T00:00:00Z', NULL, NULL, NULL);
    INSERT INTO tags (id, name, color) VALUES (1, 'rl', '#ff8800');
    INSERT INTO paper_tags (paper_id, tag_id) VALUES (1, 1), (2, 1);
    INSERT INTO notes (paper_id, body, quote, created_at, updated_at)
      VALUES (1, 'Compare with SAC', 'An abstract', '2026-01-01', '2026-01-01');
    INSERT INTO operations (label, created_at, last_change_at) VALUES ('Import 1 paper', 'x', 'x');
  `);
  return db;
}

const person = (
  family: string,
  given: string | null,
  particle: string | null = null,
  suffix: string | null = null,
) => ({
  role: 'author',
  family,
  given,
  particle,
  suffix,
  literal: null,
});

describe('migration 3: the bibliographic record, from a schema 2 library with data in it', () => {
  const db = schema2Library();
  const before = db.prepare('SELECT count(*) FROM papers').pluck().get();
  migrate(db, MIGRATIONS.slice(0, 3));

  it('upgrades in place to schema 3 and keeps every paper, tag and note', () => {
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(before);
    const papers = listPapers(db);
    expect(papers.find((paper) => paper.id === 1)).toMatchObject({
      tags: ['rl'],
      notes: [{ body: 'Compare with SAC', quote: 'An abstract' }],
      url: 'https://sac.example/',
      codeUrl: 'https://github.com/a/b',
      abstract: 'An abstract.',
      status: 'unread',
    });
    expect(getPaper(db, 2)).toMatchObject({
      status: 'read',
      readingAt: '2026-01-03T00:00:00Z',
      readAt: '2026-01-04T00:00:00Z',
    });
  });

  it('turns "Last, First" strings into structured names, in order, and a name without a comma into a literal', () => {
    expect(getPaper(db, 2)?.creators).toEqual([
      person('Türpe', 'Sven'),
      person('Berg', 'Anna', 'van der', 'Jr.'),
      person('King', 'Martin Luther'),
      { role: 'author', family: null, given: null, particle: null, suffix: null, literal: 'OpenAI Team' },
    ]);
    expect(getPaper(db, 2)?.authors).toEqual([
      'Türpe, Sven',
      'van der Berg, Jr., Anna',
      'King, Martin Luther',
      'OpenAI Team',
    ]);
  });

  it('keeps year, venue, DOI and arXiv id in the record', () => {
    expect(getPaper(db, 2)).toMatchObject({
      entryType: 'article',
      year: 2016,
      journal: 'Proceedings of SOUPS',
      doi: '10.1145/123.456',
      eprint: null,
    });
    expect(getPaper(db, 1)).toMatchObject({
      entryType: 'misc',
      eprint: '2509.01234',
      archivePrefix: 'arXiv',
      arxivId: '2509.01234',
      journal: null,
    });
    expect(getPaper(db, 4)).toMatchObject({
      entryType: 'article',
      journal: 'Journal of Engines',
      eprint: '2310.12345',
      arxivId: '2310.12345',
    });
  });

  it("marks as provisional the keys Shelfmark made without authors or a year, not a .bib file's own keys", () => {
    expect(getPaper(db, 1)?.citekeyProvisional).toBe(true);
    expect(getPaper(db, 2)?.citekeyProvisional).toBe(false);
    expect(getPaper(db, 3)?.citekeyProvisional).toBe(false);
    expect(getPaper(db, 4)?.citekeyProvisional).toBe(false);
  });

  it('drops the old columns, and the undo history whose rows have their shape', () => {
    const columns = db.prepare("SELECT name FROM pragma_table_info('papers')").pluck().all();
    expect(columns).not.toContain('authors');
    expect(columns).not.toContain('venue');
    expect(columns).not.toContain('arxiv_id');
    expect(undoState(db)).toEqual({ undoLabel: null, redoLabel: null });
  });
});
