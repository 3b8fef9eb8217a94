import type { ImportCandidate, ImportPreview, ImportResult } from '../../preload/api';
import { citekeyTaken, findByTitleKeys, insertImport, insertPaper } from '../db/importQueries';
import type { LibraryDb } from '../db/openLibrary';
import { normalizeTitle } from '../import/normalizeText';
import { parseTrendingPage, type ParsedPaper } from '../import/parseTrendingPage';
import { uniqueCitekey } from './citekey';
import { plural } from './paperRefs';
import { unreadEdge } from './queues';
import { recordOperation } from './undo';

interface Planned {
  preview: ImportPreview;
  fresh: ParsedPaper[];
}

/** Parses the text and marks each paper that the library, or an earlier line of the same text, already has. */
function plan(db: LibraryDb, text: string): Planned {
  const { papers, warnings } = parseTrendingPage(text);
  const existing = findByTitleKeys(
    db,
    papers.map((paper) => normalizeTitle(paper.title)),
  );
  const seen = new Map<string, string>();
  const fresh: ParsedPaper[] = [];
  const candidates: ImportCandidate[] = papers.map((paper) => {
    const key = normalizeTitle(paper.title);
    const inLibrary = existing.get(key);
    const earlier = seen.get(key);
    const duplicateOf = inLibrary ?? (earlier === undefined ? null : { id: null, title: earlier });
    if (!duplicateOf) {
      seen.set(key, paper.title);
      fresh.push(paper);
    }
    const { title, abstract, url, codeUrl } = paper;
    return { title, abstract, url, codeUrl, duplicateOf };
  });
  const preview = {
    candidates,
    newCount: fresh.length,
    duplicateCount: candidates.length - fresh.length,
    warnings,
  };
  return { preview, fresh };
}

export function previewImport(db: LibraryDb, text: string): ImportPreview {
  return plan(db, text).preview;
}

/**
 * Adds the papers the library does not have yet to the bottom of Unread, all in one
 * transaction: an import lands whole or not at all.
 */
export function commitImport(
  db: LibraryDb,
  text: string,
  options: { sourceName?: string | null; now?: Date; placement?: 'top' | 'bottom' } = {},
): ImportResult {
  const importedAt = (options.now ?? new Date()).toISOString();
  const label = (result: ImportResult) => `Import ${plural(result.added, 'paper')}`;
  return recordOperation(db, label, (): ImportResult => {
    const { preview, fresh } = plan(db, text);
    const importId = insertImport(db, {
      sourceName: options.sourceName ?? null,
      format: 'trending-page',
      importedAt,
      addedCount: fresh.length,
      duplicateCount: preview.duplicateCount,
    });
    const isTaken = citekeyTaken(db);
    // Placed at the top, the new papers keep their page order above what was there.
    let position =
      options.placement === 'top' ? unreadEdge(db, 'top') - fresh.length + 1 : unreadEdge(db, 'bottom');
    for (const paper of fresh) {
      const fields = { title: paper.title, authors: [], year: null };
      insertPaper(
        db,
        {
          ...fields,
          citekey: uniqueCitekey(fields, isTaken),
          titleKey: normalizeTitle(paper.title),
          abstract: paper.abstract,
          url: paper.url,
          codeUrl: paper.codeUrl,
          venue: null,
          arxivId: paper.arxivId,
          doi: null,
        },
        position,
        importId,
        importedAt,
      );
      position += 1;
    }
    return {
      added: fresh.length,
      duplicates: preview.duplicateCount,
      errors: [],
      warnings: preview.warnings,
      importId,
    };
  });
}
