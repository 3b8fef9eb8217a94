import Database from 'better-sqlite3';
import { allowedEdits, editDistance } from '../../main/search/fuzzyTerms';
import { parseQuery } from '../../main/search/parseQuery';
import type { SearchDocument } from '../../main/search/SearchIndex';

/**
 * The peer an engineer would pick instead: SQLite FTS5 with the porter tokenizer over the same
 * fields, ranked by bm25 with our field weights, filters as joins, and typo tolerance from the
 * fts5vocab vocabulary (a word no term of the library stems to is replaced by the terms within
 * the same allowed edits as ours). In memory, so it pays no disk reads.
 */
export class Fts5Peer {
  private readonly db = new Database(':memory:');
  private readonly vocabulary: string[];
  private readonly known: Set<string>;
  private readonly stemSql;
  private readonly clearStem;
  private readonly stemVocab;

  constructor(docs: readonly SearchDocument[]) {
    const db = this.db;
    db.exec(`
      CREATE VIRTUAL TABLE fts USING fts5(title, authors, tags, notes, abstract,
        tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE TABLE meta (id INTEGER PRIMARY KEY, status TEXT, year INTEGER, venue TEXT);
      CREATE TABLE paper_tags (tag TEXT, paper_id INTEGER, PRIMARY KEY (tag, paper_id)) WITHOUT ROWID;
      CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, row);
      CREATE VIRTUAL TABLE stem USING fts5(word, tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE stem_vocab USING fts5vocab(stem, row);`);
    const text = db.prepare(
      'INSERT INTO fts (rowid, title, authors, tags, notes, abstract) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const meta = db.prepare('INSERT INTO meta VALUES (?, ?, ?, ?)');
    const tag = db.prepare('INSERT OR IGNORE INTO paper_tags VALUES (?, ?)');
    db.transaction(() => {
      for (const doc of docs) {
        text.run(doc.id, doc.title, doc.authors ?? '', doc.tags.join(' '), doc.notes, doc.abstract);
        meta.run(doc.id, doc.status, doc.year ?? null, doc.venue ?? '');
        for (const name of doc.tags) tag.run(name.toLowerCase(), doc.id);
      }
    })();
    this.vocabulary = db.prepare('SELECT term FROM fts_vocab').pluck().all() as string[];
    this.known = new Set(this.vocabulary);
    this.stemSql = db.prepare('INSERT INTO stem (word) VALUES (?)');
    this.clearStem = db.prepare('DELETE FROM stem');
    this.stemVocab = db.prepare('SELECT term FROM stem_vocab').pluck();
  }

  /** The word as FTS5's porter tokenizer indexes it. */
  private stem(word: string): string {
    this.clearStem.run();
    this.stemSql.run(word);
    return (this.stemVocab.get() as string | undefined) ?? word;
  }

  /** A word as an FTS5 expression: itself, or the vocabulary terms within its allowed edits. */
  private wordExpression(word: string, isLast: boolean): string {
    const stem = this.stem(word);
    if (this.known.has(stem)) return isLast ? `"${word}"*` : `"${word}"`;
    const edits = allowedEdits(word);
    const near =
      edits === 0 ? [] : this.vocabulary.filter((term) => editDistance(stem, term, edits) <= edits);
    const alternatives = [`"${word}"${isLast ? '*' : ''}`, ...near.map((term) => `"${term}"`)];
    return alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;
  }

  search(query: string, limit: number): number[] {
    const parsed = parseQuery(query);
    const parts = [
      ...parsed.words.map((word, at) => this.wordExpression(word, at === parsed.words.length - 1)),
      ...parsed.phrases.map((phrase) => `"${phrase}"`),
      ...parsed.authors.map((name) => `authors : "${name}"*`),
    ];
    const where: string[] = [];
    const values: (string | number)[] = [];
    if (parts.length > 0) {
      where.push('fts MATCH ?');
      values.push(parts.join(' AND '));
    }
    for (const name of parsed.tags) {
      // As EXISTS on +rowid: written as `rowid IN (...)`, SQLite reruns the whole MATCH per tagged paper.
      where.push('EXISTS (SELECT 1 FROM paper_tags WHERE tag = ? AND paper_id = +fts.rowid)');
      values.push(name.toLowerCase());
    }
    for (const range of parsed.years) {
      where.push('meta.year BETWEEN ? AND ?');
      values.push(range.from, range.to);
    }
    const sql = `SELECT fts.rowid FROM fts JOIN meta ON meta.id = fts.rowid
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY bm25(fts, 8, 6, 4, 2, 1) LIMIT ?`;
    return this.db
      .prepare(sql)
      .pluck()
      .all(...values, limit) as number[];
  }

  close(): void {
    this.db.close();
  }
}
