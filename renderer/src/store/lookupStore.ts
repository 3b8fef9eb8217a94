import { create } from 'zustand';
import type { LookupJobProgress, LookupReview, LookupSettingsView } from '../../../preload/api';

/**
 * Lookups as the window shows them: the running (or last) job, the matches waiting for review,
 * the settings, and the offer to fill in what an import left out. Changed only by the named
 * actions in lookupActions.ts (and the plain open/close setters here).
 */
interface LookupState {
  /** The job running now, or the last one until its summary is dismissed. */
  job: LookupJobProgress | null;
  reviews: LookupReview[];
  reviewOpen: boolean;
  settings: LookupSettingsView | null;
  settingsOpen: boolean;
  /** Papers the last import added without authors or a year, offered to be filled in. */
  offer: number[] | null;
  openReview: (open: boolean) => void;
  openSettings: (open: boolean) => void;
  dismissJob: () => void;
  dismissOffer: () => void;
}

export const useLookupStore = create<LookupState>((set, get) => ({
  job: null,
  reviews: [],
  reviewOpen: false,
  settings: null,
  settingsOpen: false,
  offer: null,
  openReview: (open) => set({ reviewOpen: open }),
  openSettings: (open) => set({ settingsOpen: open }),
  dismissJob: () => {
    const state = get().job?.state;
    if (state !== 'running' && state !== 'cancelling') set({ job: null });
  },
  dismissOffer: () => set({ offer: null }),
}));

export const isRunning = (job: LookupJobProgress | null): boolean =>
  job !== null && (job.state === 'running' || job.state === 'cancelling');
