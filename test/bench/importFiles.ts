import type { ShelfmarkJson } from '../../main/import/shelfmarkJson';
import { syntheticLibrary } from './syntheticLibrary';

/** "Given Family" → a structured creator, as Shelfmark's own export writes one. */
function creator(name: string) {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return {
    role: 'author' as const,
    family,
    given: parts.join(' ') || null,
    particle: null,
    suffix: null,
    literal: null,
  };
}

/** The synthetic library as a Shelfmark JSON export (version 2): what `import` reads at 100k. */
export function syntheticExport(size: number, seed = 42): string {
  const docs = syntheticLibrary(size, seed);
  const file: ShelfmarkJson = {
    format: 'shelfmark-library',
    version: 2,
    tags: [],
    papers: docs.map((doc) => ({
      citekey: null,
      title: doc.title,
      abstract: doc.abstract,
      codeUrl: null,
      entryType: doc.venue ? 'article' : 'misc',
      creators: (doc.authors ?? '').split('; ').filter(Boolean).map(creator),
      year: doc.year ?? null,
      journal: doc.venue || null,
      status: doc.status,
      tags: doc.tags,
      notes: doc.notes ? [{ body: doc.notes, quote: null }] : [],
    })),
  };
  return JSON.stringify(file);
}

/** A pasted trending page of `count` papers (title, then abstract, a blank line between). */
export function syntheticPage(count: number, seed = 4242): string {
  return syntheticLibrary(count, seed)
    .map((doc) => `${doc.title}\n${doc.abstract}\n`)
    .join('\n');
}
