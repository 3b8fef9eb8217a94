import type { KnownPublishedVersion, LookupJobProgress, LookupSettingsChange } from '../../../preload/api';
import { callApi } from '../api';
import { errorMessage } from '../errorMessage';
import { jobSummary } from '../lookup/lookupWording';
import { offerUndo, undoNewestChange } from './actions';
import { useLibraryStore } from './libraryStore';
import { isRunning, useLookupStore } from './lookupStore';
import { publishedWords, usePublishedStore } from './publishedStore';
import { reportError } from './reportError';
import { useToastStore } from './toastStore';

/**
 * Lookups, by name: every network lookup the window makes starts here, on a person's action.
 * With lookups off in the settings the core refuses before anything is sent, and the refusal
 * ("Lookups are turned off ...") is shown like any other failure.
 */

/** How often a running job is asked how far it got. */
export const POLL_MS = 400;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function showDone(progress: LookupJobProgress): Promise<void> {
  await useLibraryStore.getState().refresh();
  await loadReviews();
  const summary = jobSummary(progress);
  if (progress.state === 'stopped') useToastStore.getState().showError(summary);
  else if (progress.applied > 0) useToastStore.getState().show(summary, undoNewestChange());
  else useToastStore.getState().show(summary);
}

/** Follows a job until it ends, refreshing the list as papers are filled in. */
async function follow(started: LookupJobProgress): Promise<LookupJobProgress> {
  let progress = started;
  useLookupStore.setState({ job: progress });
  while (isRunning(progress)) {
    await wait(POLL_MS);
    const next = await callApi('lookupProgress', { jobId: progress.jobId });
    if (next.applied !== progress.applied) await useLibraryStore.getState().refresh();
    progress = next;
    // A cancel sent meanwhile may already have said "cancelling": keep the newer word. The end
    // is published only after showDone has said it, so what the person does next (say, "Use the
    // published version" the result reveals) is never overwritten by the job's summary.
    if (isRunning(progress) && useLookupStore.getState().job?.jobId === progress.jobId)
      useLookupStore.setState({ job: progress });
  }
  await showDone(progress);
  if (useLookupStore.getState().job?.jobId === progress.jobId) useLookupStore.setState({ job: progress });
  return progress;
}

async function startJob(args: { ids?: number[]; onlyMissing?: boolean }): Promise<LookupJobProgress | null> {
  if (isRunning(useLookupStore.getState().job)) {
    useToastStore.getState().showError('A lookup is already running; wait for it or cancel it first.');
    return null;
  }
  try {
    return await follow(await callApi('startLookup', args));
  } catch (error) {
    // Lost track of the job (or it never started): no progress bar is left standing.
    if (isRunning(useLookupStore.getState().job)) useLookupStore.setState({ job: null });
    reportError(error, 'Lookup');
    return null;
  }
}

/**
 * A page opened (or reloaded) while a lookup runs in main: shows it, with its progress and
 * Cancel, and follows it to its end like one started here. Resolves to how it ended, or null.
 */
export async function resumeLookup(): Promise<LookupJobProgress | null> {
  if (isRunning(useLookupStore.getState().job)) return null;
  try {
    const running = await callApi('runningLookup', {});
    if (!running || isRunning(useLookupStore.getState().job)) return null;
    return await follow(running);
  } catch (error) {
    if (isRunning(useLookupStore.getState().job)) useLookupStore.setState({ job: null });
    reportError(error, 'Lookup');
    return null;
  }
}

/** "Look up details" for the open paper or a selection: each is looked up, even when it has details. */
export const lookUpPapers = (ids: number[]) => startJob({ ids });

/** Fills in the papers that lack authors or a year: the ones given, or every one in the library. */
export function fillInMissing(ids?: number[]): Promise<LookupJobProgress | null> {
  useLookupStore.getState().dismissOffer();
  return startJob(ids ? { ids, onlyMissing: true } : { onlyMissing: true });
}

export async function cancelLookup(): Promise<void> {
  const job = useLookupStore.getState().job;
  if (!job || !isRunning(job)) return;
  try {
    useLookupStore.setState({ job: await callApi('cancelLookup', { jobId: job.jobId }) });
  } catch (error) {
    reportError(error);
  }
}

/**
 * After an import: when it added papers without authors or a year, offer to fill them in.
 * Asks nothing of the network, only of the library.
 */
export async function offerFillIn(): Promise<void> {
  try {
    const { ids } = await callApi('listMissingDetails', { latestImport: true });
    useLookupStore.setState({ offer: ids.length > 0 ? ids : null });
  } catch (error) {
    reportError(error);
  }
}

export async function loadReviews(): Promise<void> {
  try {
    useLookupStore.setState({ reviews: await callApi('listLookupReviews', {}) });
  } catch (error) {
    reportError(error);
  }
}

async function reviewChange(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
  } catch (error) {
    reportError(error);
    return false;
  }
  await useLibraryStore.getState().refresh();
  await loadReviews();
  offerUndo();
  return true;
}

/** Writes the fields the person kept (all that differ, when none are named), as one undoable change. */
export const acceptReview = (id: number, fields?: string[]) =>
  reviewChange(() => callApi('acceptLookupReview', fields ? { id, fields } : { id }));

/** The match is not this paper; undo brings it back. */
export const rejectReview = (id: number) => reviewChange(() => callApi('rejectLookupReview', { id }));

export async function loadLookupSettings(): Promise<void> {
  try {
    useLookupStore.setState({ settings: await callApi('getLookupSettings', {}) });
  } catch (error) {
    reportError(error);
  }
}

/** The settings dialog is modal and shows a refusal itself: this resolves to the message, or null. */
export async function saveLookupSettings(change: LookupSettingsChange): Promise<{ error: string | null }> {
  try {
    useLookupStore.setState({ settings: await callApi('setLookupSettings', change) });
    return { error: null };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

// Published version
function knowPublished(id: number, version: KnownPublishedVersion | null): void {
  usePublishedStore.setState((state) => ({ known: { ...state.known, [id]: version } }));
}

/** Asks what earlier lookups found as the paper's published version; nothing is sent. */
export async function loadPublishedVersion(id: number): Promise<void> {
  try {
    knowPublished(id, await callApi('publishedVersion', { id }));
  } catch (error) {
    reportError(error);
  }
}

/** "Use the published version": one undoable change, the arXiv id kept as eprint. */
export async function adoptPublishedVersion(id: number): Promise<boolean> {
  const version = usePublishedStore.getState().known[id] ?? null;
  try {
    const { paper } = await callApi('usePublishedVersion', { id });
    await useLibraryStore.getState().refresh();
    await loadPublishedVersion(id);
    const where = version ? ` (${publishedWords(version)})` : '';
    useToastStore
      .getState()
      .show(`${paper.citekey} is now the published version${where}`, undoNewestChange());
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}
