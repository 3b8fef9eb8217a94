import { libraryCache } from '../db/lookupCache';
import type { LibraryDb } from '../db/openLibrary';
import { commitIdentifierImport, previewIdentifierImport } from '../library/lookup/importIdentifiers';
import { getLookupSettings } from '../library/lookupSettings';
import { createLookupContext } from '../lookup/createLookupContext';
import { readIdentifierList } from '../lookup/identifierList';
import type { Handlers } from './handlers';

type IdentifierHandlers = Pick<
  Handlers,
  'readIdentifiers' | 'previewIdentifierImport' | 'commitIdentifierImport'
>;

/**
 * The Import box's identifier lists. Settings are read at each call, so turning lookups off
 * stops the next one; origins come from SHELFMARK_*_API as for the CLI.
 */
export function identifierHandlers(db: LibraryDb): IdentifierHandlers {
  const context = () => createLookupContext({ settings: getLookupSettings(db), cache: libraryCache(db) });
  return {
    readIdentifiers: ({ text }) =>
      readIdentifierList(text)?.map((line) => ({
        line: line.line,
        input: line.input,
        kind: line.id?.kind ?? null,
      })) ?? null,
    previewIdentifierImport: ({ text }) => previewIdentifierImport(db, text, context()),
    commitIdentifierImport: ({ text, placement, status }) =>
      commitIdentifierImport(db, text, context(), {
        placement: placement ?? 'bottom',
        ...(status ? { status } : {}),
      }),
  };
}
