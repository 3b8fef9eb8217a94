import type {
  ImportCandidate,
  ImportFormat,
  ImportPreview,
  ImportResult,
  PaperStatus,
} from '../../preload/api';
import { bulkPaperWriter, withIndexesRebuilt, type BulkPaper } from '../db/bulkInsert';
import { withRollbackJournal } from '../db/rollbackJournal';
import {
  citekeysInLibrary,
  citekeyTaken,
  findByTitleKeys,
  insertImport,
  largestPaperId,
} from '../db/importQueries';
import type { LibraryDb } from '../db/openLibrary';
import type { ImportedPaper, ParsedImport } from '../import/importedPaper';
import { normalizeTitle } from '../import/normalizeText';
import { parseImportText } from '../import/parseImportText';
import { withHtmlLinks } from '../import/withHtmlLinks';
import { citekeyChooser, isProvisionalKey } from './citekey';
import { plural } from './paperRefs';
import { unreadEdge } from './queues';
import { ensureTag } from './tags';
import { recordOperation } from './undo';
import { checkIn, PROGRESS_EVERY, type ImportControl } from './importControl';
import { logWholePapers } from './wholePaperLog';

interface Planned {
  preview: ImportPreview;
  fresh: ImportedPaper[];
  /** Each fresh paper's normalized title, in order. */
  freshKeys: string[];
}

/**
 * From this many new papers, when the library holds no more than that, an import drops the
 * indexes of the tables it fills and builds them again at the end (see withIndexesRebuilt).
 */
export const BULK_MIN = 1000;
const BULK_TABLES = ['papers', 'paper_creators', 'paper_extra_fields', 'paper_tags', 'notes', 'author_sort'];

/** Formats whose tags are the entries' keywords (a person may not want them as tags); Shelfmark JSON's are tags. */
const KEYWORD_FORMATS: ReadonlySet<string> = new Set(['bibtex', 'csl-json', 'ris']);

/** How many distinct tags the new papers' keywords make, and how many of those the library lacks. */
function countKeywordTags(
  db: LibraryDb,
  fresh: readonly ImportedPaper[],
): { count: number; newCount: number } {
  const names = new Set(fresh.flatMap((paper) => paper.tags.map((tag) => tag.toLowerCase())));
  const existing = new Set(
    (db.prepare('SELECT name FROM tags').pluck().all() as string[]).map((name) => name.toLowerCase()),
  );
  return { count: names.size, newCount: [...names].filter((name) => !existing.has(name)).length };
}

/** Marks each paper that the library, or an earlier entry of the same text, already has. */
function plan(db: LibraryDb, parsed: ParsedImport): Planned {
  const { papers } = parsed;
  const titleKeys = papers.map((paper) => normalizeTitle(paper.title));
  const existing = findByTitleKeys(db, titleKeys);
  const seen = new Map<string, string>();
  const fresh: ImportedPaper[] = [];
  const freshKeys: string[] = [];
  const candidates: ImportCandidate[] = papers.map((paper, index) => {
    const key = titleKeys[index] as string;
    const inLibrary = existing.get(key);
    const earlier = seen.get(key);
    const duplicateOf: ImportCandidate['duplicateOf'] = inLibrary
      ? { ...inLibrary, kind: 'library' }
      : earlier === undefined
        ? null
        : { id: null, title: earlier, kind: 'paste' };
    if (!duplicateOf) {
      seen.set(key, paper.title);
      fresh.push(paper);
      freshKeys.push(key);
    }
    const { title, abstract, url, codeUrl } = paper;
    return { title, abstract, url, codeUrl, duplicateOf };
  });
  const keywordTags = KEYWORD_FORMATS.has(parsed.format) ? countKeywordTags(db, fresh) : null;
  const preview = {
    format: parsed.format,
    candidates,
    newCount: fresh.length,
    duplicateCount: candidates.length - fresh.length,
    warnings: parsed.warnings,
    errors: parsed.errors,
    keywordTags,
  };
  return { preview, fresh, freshKeys };
}

/** The papers in a text (with the links of its HTML flavour), before any is compared with the library. */
export async function readImportText(
  text: string,
  format: ImportFormat = 'auto',
  html?: string,
): Promise<ParsedImport> {
  return withHtmlLinks(await parseImportText(text, format), html);
}

export async function previewImport(
  db: LibraryDb,
  text: string,
  format: ImportFormat = 'auto',
  html?: string,
): Promise<ImportPreview> {
  return plan(db, await readImportText(text, format, html)).preview;
}

interface CommitOptions {
  sourceName?: string | null;
  now?: Date;
  placement?: 'top' | 'bottom';
  format?: ImportFormat;
  /** Where the new papers are filed; without it, where the source says, or Unread. */
  status?: PaperStatus;
  /** Whether keywords (BibTeX, CSL-JSON, RIS) become tags; they stay in the record either way. Default true. */
  keywordTags?: boolean;
  /** Told how far the writing is; asked whether to stop (the transaction then rolls back). */
  control?: ImportControl;
  /** The paste's HTML flavour, whose links give papers their arXiv ids. */
  html?: string;
}

/**
 * Adds the papers the library does not have yet, with their tags and notes, in one
 * transaction and one undo step: an import lands whole or not at all. Unread papers keep
 * their order, at the bottom of Unread (or the top); a source's own citation key is kept
 * when it is valid and free.
 */
export async function commitImport(
  db: LibraryDb,
  text: string,
  options: CommitOptions = {},
): Promise<ImportResult> {
  return commitParsed(db, await readImportText(text, options.format, options.html), options);
}

/** The writing half of commitImport, for text already read. */
export function commitParsed(db: LibraryDb, parsed: ParsedImport, options: CommitOptions = {}): ImportResult {
  // A CLI import larger than the library writes its pages once, not into the -wal and again at
  // the checkpoint, when nothing else has the library open (withRollbackJournal).
  const bulkFromCli =
    options.control === undefined &&
    parsed.papers.length >= BULK_MIN &&
    largestPaperId(db) <= parsed.papers.length;
  const write = () => writeParsed(db, parsed, options);
  return bulkFromCli ? withRollbackJournal(db, write) : write();
}

function writeParsed(db: LibraryDb, parsed: ParsedImport, options: CommitOptions): ImportResult {
  const importedAt = (options.now ?? new Date()).toISOString();
  const label = (result: ImportResult) => `Import ${plural(result.added, 'paper')}`;
  return recordOperation(db, label, (): ImportResult => {
    const { preview, fresh, freshKeys } = plan(db, parsed);
    const importId = insertImport(db, {
      sourceName: options.sourceName ?? null,
      format: parsed.format,
      importedAt,
      addedCount: fresh.length,
      duplicateCount: preview.duplicateCount,
    });
    const statusOf = (paper: ImportedPaper) => options.status ?? paper.status ?? 'unread';
    const keepTags = options.keywordTags !== false || !KEYWORD_FORMATS.has(parsed.format);
    const unreadCount = fresh.filter((paper) => statusOf(paper) === 'unread').length;
    // Placed at the top, the new papers keep their order above what was there.
    let position =
      options.placement === 'top' ? unreadEdge(db, 'top') - unreadCount + 1 : unreadEdge(db, 'bottom');
    // New tags are made first, while every row is logged; the papers are logged by id only.
    const tagIds = new Map<string, number>();
    for (const name of keepTags ? fresh.flatMap((paper) => paper.tags) : []) {
      if (!tagIds.has(name)) tagIds.set(name, ensureTag(db, name, parsed.tagColors.get(name) ?? null));
    }
    // An import larger than the library reads its keys once and rebuilds its indexes once;
    // a smaller one (a pasted page) looks keys up and updates the indexes as it goes.
    const bulk = fresh.length >= BULK_MIN && largestPaperId(db) <= fresh.length;
    const keys = citekeyChooser(bulk ? citekeysInLibrary(db) : citekeyTaken(db));
    const write = bulkPaperWriter(db, importId, importedAt);
    // Each field named (no spread of the paper): 100,000 copies of every key cost a second.
    const toRow = (paper: ImportedPaper, index: number): BulkPaper => {
      const status = statusOf(paper);
      const kept = keys.keep(paper.citekey);
      return {
        paper: {
          citekey: kept ?? keys.make(paper),
          citekeyProvisional: kept ? (paper.citekeyProvisional ?? false) : isProvisionalKey(paper),
          title: paper.title,
          abstract: paper.abstract,
          url: paper.url,
          codeUrl: paper.codeUrl,
          authors: paper.authors,
          year: paper.year,
          venue: paper.venue,
          arxivId: paper.arxivId,
          doi: paper.doi,
          record: paper.record,
          titleKey: freshKeys[index] as string,
          status,
          position: status === 'unread' ? position++ : 0,
          addedAt: paper.addedAt ?? importedAt,
          // Shelfmark's own export says when (or that never); other sources leave it to now.
          readingAt:
            paper.readingAt !== undefined && !options.status
              ? paper.readingAt
              : status === 'unread'
                ? null
                : importedAt,
          readAt:
            paper.readAt !== undefined && !options.status
              ? paper.readAt
              : status === 'read'
                ? importedAt
                : null,
        },
        tagIds: keepTags ? paper.tags.map((name) => tagIds.get(name) as number) : [],
        notes: paper.notes,
      };
    };
    checkIn(options.control, 0, fresh.length);
    logWholePapers(db, (added) => {
      const writeAll = () =>
        write.withCountsDeferred(() => {
          for (let start = 0; start < fresh.length; start += PROGRESS_EVERY) {
            const batch = fresh.slice(start, start + PROGRESS_EVERY);
            added.push(...write.insertBatch(batch.map((paper, index) => toRow(paper, start + index))));
            checkIn(options.control, added.length, fresh.length);
          }
        });
      // Only an import without progress and cancel (the CLI's) rebuilds indexes: in a served
      // window, cancelling one that had dropped them never finished (test/e2e/importProgress).
      if (bulk && options.control === undefined) withIndexesRebuilt(db, BULK_TABLES, writeAll);
      else writeAll();
    });
    checkIn(options.control, fresh.length, fresh.length);
    return {
      added: fresh.length,
      duplicates: preview.duplicateCount,
      errors: parsed.errors,
      warnings: preview.warnings,
      importId,
    };
  });
}
