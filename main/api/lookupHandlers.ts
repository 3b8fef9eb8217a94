import type { LookupReview, LookupSettingsChange, LookupSettingsView, LookupSource } from '../../preload/api';
import { libraryCache } from '../db/lookupCache';
import type { LibraryDb } from '../db/openLibrary';
import type { LookupField } from '../library/lookup/fieldChanges';
import { latestImportMissingDetails, papersMissingDetails } from '../library/lookup/lookupPapers';
import { acceptReview, listReviews, rejectReview } from '../library/lookup/reviews';
import { getLookupSettings, setLookupSettings } from '../library/lookupSettings';
import { requirePapers } from '../library/paperRefs';
import { ShelfmarkError } from '../library/ShelfmarkError';
import type { SourceName } from '../lookup/candidate';
import { createLookupContext, type LookupContextOptions } from '../lookup/createLookupContext';
import type { LookupContext } from '../lookup/findCandidates';
import { DEFAULT_LOOKUP_SETTINGS, type LookupSettings } from '../lookup/settings';
import type { Handlers } from './handlers';
import { LookupJobs } from './lookupJobs';

/** The contract's source names are the core's, word for word. */
const sameSources: [LookupSource, SourceName] extends [SourceName, LookupSource] ? true : never = true;
void sameSources;

/**
 * How lookups reach the services: the same wiring as the CLI's. Origins come from
 * SHELFMARK_*_API in `env` (process.env by default); tests also inject fetch, a clock and pauses.
 */
export type LookupWiring = Omit<LookupContextOptions, 'settings' | 'cache'>;

type LookupMethod =
  | 'startLookup'
  | 'listMissingDetails'
  | 'lookupProgress'
  | 'cancelLookup'
  | 'listLookupReviews'
  | 'acceptLookupReview'
  | 'rejectLookupReview'
  | 'getLookupSettings'
  | 'setLookupSettings'
  | 'runningLookup';

export function settingsView(settings: LookupSettings): LookupSettingsView {
  return {
    enabled: settings.enabled,
    sources: [...settings.sources],
    crossrefEmail: settings.crossrefEmail,
    s2KeySet: settings.s2ApiKey !== null,
  };
}

function settingsChange(args: LookupSettingsChange): Partial<LookupSettings> {
  return {
    ...(args.enabled !== undefined ? { enabled: args.enabled } : {}),
    ...(args.sources !== undefined ? { sources: args.sources } : {}),
    ...(args.crossrefEmail !== undefined ? { crossrefEmail: args.crossrefEmail } : {}),
    ...(args.s2ApiKey !== undefined ? { s2ApiKey: args.s2ApiKey } : {}),
  };
}

function refuseWhenOff(db: LibraryDb): void {
  const settings = getLookupSettings(db);
  if (!settings.enabled)
    throw new ShelfmarkError(
      'not_available',
      'Lookups are turned off in the lookup settings; nothing was sent.',
    );
  if (settings.sources.length === 0)
    throw new ShelfmarkError(
      'not_available',
      'No lookup source is turned on in the lookup settings; nothing was sent.',
    );
}

/**
 * The window's lookups over one library. Settings are read from the library at every request,
 * so turning lookups off stops a running job before its next request.
 */
export function createLookupHandlers(
  db: LibraryDb,
  wiring: LookupWiring = {},
  log?: (error: unknown) => void,
  writable?: () => Promise<void>,
): Pick<Handlers, LookupMethod> {
  // One context for the library's life: its per-host limiter paces every job and every window.
  const base = createLookupContext({ ...wiring, settings: DEFAULT_LOOKUP_SETTINGS, cache: libraryCache(db) });
  const context: LookupContext = {
    get settings() {
      return getLookupSettings(db);
    },
    origins: base.origins,
    send: (request) => base.send(request),
  };
  const jobs = new LookupJobs(db, context, log, writable);
  return {
    startLookup: ({ ids, onlyMissing }) => {
      refuseWhenOff(db);
      const chosen = ids ? requirePapers(db, ids) : null;
      let targets: number[];
      if (!onlyMissing) {
        if (!chosen) throw new ShelfmarkError('invalid_argument', 'Choose the papers to look up.');
        targets = chosen;
      } else {
        const missing = papersMissingDetails(db);
        targets = chosen ? missing.filter((id) => chosen.includes(id)) : missing;
      }
      return jobs.start(targets);
    },
    listMissingDetails: ({ latestImport }) => ({
      ids: latestImport ? latestImportMissingDetails(db) : papersMissingDetails(db),
    }),
    lookupProgress: ({ jobId }) => jobs.progress(jobId),
    cancelLookup: ({ jobId }) => jobs.cancel(jobId),
    listLookupReviews: () =>
      listReviews(db).map((review): LookupReview => ({
        id: review.id,
        paperId: review.paperId,
        citekey: review.citekey,
        title: review.title,
        source: review.candidate.source,
        foundTitle: review.candidate.title,
        score: review.score,
        reasons: review.reasons,
        changes: review.changes,
      })),
    acceptLookupReview: ({ id, fields }) => {
      const applied = acceptReview(db, id, fields as LookupField[] | undefined);
      return { paper: applied.paper, written: applied.written };
    },
    rejectLookupReview: ({ id }) => {
      rejectReview(db, id);
      return null;
    },
    getLookupSettings: () => settingsView(getLookupSettings(db)),
    setLookupSettings: (change) => settingsView(setLookupSettings(db, settingsChange(change))),
    runningLookup: () => jobs.running(),
  };
}
