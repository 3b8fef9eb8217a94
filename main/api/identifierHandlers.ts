import { libraryCache } from '../db/lookupCache';
import type { LibraryDb } from '../db/openLibrary';
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
  // The identifier import loads at its first use, not at the server's start.
  const importing = () => import('../library/lookup/importIdentifiers.js');
  return {
    readIdentifiers: ({ text }) =>
      readIdentifierList(text)?.map((line) => ({
        line: line.line,
        input: line.input,
        kind: line.id?.kind ?? null,
      })) ?? null,
    previewIdentifierImport: async ({ text }) =>
      (await importing()).previewIdentifierImport(db, text, context()),
    commitIdentifierImport: async ({ text, placement, status }) =>
      (await importing()).commitIdentifierImport(db, text, context(), {
        placement: placement ?? 'bottom',
        ...(status ? { status } : {}),
      }),
  };
}
