import type { Note, Paper, PaperStatus, PaperSummary } from '../../preload/api';

/** A papers row as SQLite returns it. */
export interface PaperRow {
  id: number;
  citekey: string;
  title: string;
  abstract: string | null;
  url: string | null;
  code_url: string | null;
  authors: string;
  year: number | null;
  venue: string | null;
  arxiv_id: string | null;
  doi: string | null;
  status: PaperStatus;
  added_at: string;
  updated_at: string;
  reading_at: string | null;
  read_at: string | null;
}

export function toPaper(row: PaperRow, tags: string[], notes: Note[]): Paper {
  return {
    id: row.id,
    citekey: row.citekey,
    title: row.title,
    abstract: row.abstract,
    status: row.status,
    tags,
    url: row.url,
    codeUrl: row.code_url,
    authors: JSON.parse(row.authors) as string[],
    year: row.year,
    venue: row.venue,
    arxivId: row.arxiv_id,
    doi: row.doi,
    notes,
    addedAt: row.added_at,
    updatedAt: row.updated_at,
    readingAt: row.reading_at,
    readAt: row.read_at,
  };
}

export function toSummary(
  row: Pick<PaperRow, 'id' | 'citekey' | 'title' | 'status' | 'added_at'>,
  tags: string[],
): PaperSummary {
  return {
    id: row.id,
    citekey: row.citekey,
    title: row.title,
    status: row.status,
    tags,
    addedAt: row.added_at,
  };
}
