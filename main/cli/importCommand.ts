import { IMPORT_FORMATS, PAPER_STATUSES } from '../../preload/api';
import { UsageError, parseChoice } from '../cliArgs';
import type { CliIo, Command } from './command';
import { formatImportPreview, formatImportResult } from './formatPapers';
import { readTextFile } from './readTextFile';

function readInput(source: string, io: CliIo): string {
  if (source === '-') return io.readStdin();
  try {
    return readTextFile(source);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read ${source}: ${reason}`);
  }
}

export const importCommand: Command = {
  usage:
    'import FILE|- [--format auto|trending|bibtex|json|csl-json|ris] [--status unread|reading|read] [--no-keyword-tags] [--dry-run] [--top] [--json]   (- reads stdin)',
  options: ['format', 'status', 'no-keyword-tags', 'dry-run', 'top', 'json'],
  prepare(args, values, io) {
    const [source, ...extra] = args;
    if (source === undefined || extra.length > 0)
      throw new UsageError('import takes one FILE, or - for standard input.');
    const text = readInput(source, io);
    const format = parseChoice(values.format, IMPORT_FORMATS, '--format', 'auto');
    const status =
      values.status === undefined
        ? undefined
        : parseChoice(values.status, PAPER_STATUSES, '--status', 'unread');
    return async (db) => {
      // Loaded here, not at start: its parsers (zod among them) were most of every other command's start-up.
      const { commitImport, previewImport } = await import('../library/importText.js');
      if (values['dry-run']) {
        const preview = await previewImport(db, text, format);
        const { newCount: added, duplicateCount: duplicates, warnings, errors } = preview;
        io.stdout(
          values.json
            ? JSON.stringify({
                added,
                duplicates,
                errors,
                warnings,
                keywordTags: preview.keywordTags,
                dryRun: true,
              })
            : formatImportPreview(preview),
        );
        return;
      }
      const result = await commitImport(db, text, {
        sourceName: source === '-' ? 'standard input' : source,
        placement: values.top ? 'top' : 'bottom',
        format,
        ...(status ? { status } : {}),
        keywordTags: !values['no-keyword-tags'],
      });
      const { added, duplicates, errors, warnings } = result;
      // The search snapshot is brought up to date after this run, so the import never waits for it.
      if (added > 0) io.startIndexer?.(db.name);
      if (values.json) {
        io.stdout(JSON.stringify({ added, duplicates, errors, warnings }));
        return;
      }
      io.stdout(formatImportResult(result));
      for (const warning of warnings) io.stderr(`skipped: ${warning}`);
      for (const error of errors) io.stderr(`error: ${error}`);
    };
  },
};
