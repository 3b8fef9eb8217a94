import type { KnownPublishedVersion } from '../../preload/api';
import { libraryCache } from '../db/lookupCache';
import type { LibraryDb } from '../db/openLibrary';
import {
  cachedOnly,
  knownPublishedVersion,
  useKnownPublishedVersion,
} from '../library/lookup/knownPublished';
import { getLookupSettings } from '../library/lookupSettings';
import type { PublishedVersion } from '../lookup/candidate';
import { originsFrom } from '../lookup/sources/origins';
import type { Handlers } from './handlers';
import type { LookupWiring } from './lookupHandlers';

/** The contract's published version is the core's, field for field. */
const sameShape: [KnownPublishedVersion, PublishedVersion] extends [PublishedVersion, KnownPublishedVersion]
  ? true
  : never = true;
void sameShape;

/**
 * The published version of a preprint, from what the person's lookups kept in the library:
 * neither method sends a request, and with lookups off neither finds anything.
 */
export function createPublishedHandlers(
  db: LibraryDb,
  wiring: LookupWiring = {},
): Pick<Handlers, 'publishedVersion' | 'usePublishedVersion'> {
  const context = cachedOnly(
    {
      get settings() {
        return getLookupSettings(db);
      },
      origins: originsFrom(wiring.env ?? process.env),
    },
    libraryCache(db),
  );
  return {
    publishedVersion: ({ id }) => knownPublishedVersion(db, id, context),
    usePublishedVersion: async ({ id }) => {
      const applied = await useKnownPublishedVersion(db, id, context);
      return { paper: applied.paper, written: applied.written };
    },
  };
}
