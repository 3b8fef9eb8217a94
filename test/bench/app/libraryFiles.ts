import { writeFileSync } from 'node:fs';
import { queriesFor, syntheticLibrary } from '../syntheticLibrary';

/**
 * The synthetic library as a Shelfmark JSON export (version 1): titles, abstracts, authors, year,
 * venue, status, tags and notes, so the sidebar's queues and tags have realistic counts.
 */
export function writeLibraryFile(path: string, size: number): void {
  const papers = syntheticLibrary(size).map((doc) => ({
    title: doc.title,
    abstract: doc.abstract,
    authors: doc.authors ? doc.authors.split('; ') : [],
    year: doc.year ?? null,
    venue: doc.venue || null,
    status: doc.status,
    tags: doc.tags,
    notes: doc.notes ? [{ body: doc.notes }] : [],
  }));
  writeFileSync(path, JSON.stringify({ format: 'shelfmark-library', version: 1, papers }));
}

/** A pasted page of `count` papers none of which is in the library: a title line, then its abstract. */
export function pageText(count: number, seed: number): string {
  const docs = syntheticLibrary(count, 1_000 + seed);
  const lines = ['Trending papers'];
  for (const doc of docs) lines.push(`${doc.title} (${seed}.${doc.id})`, doc.abstract);
  return lines.join('\n');
}

/** A one-word query with answers in the library of this size. */
export function searchWord(size: number): string {
  return queriesFor(syntheticLibrary(Math.min(size, 2_000)), 'one word', 1)[0] ?? 'policy';
}
