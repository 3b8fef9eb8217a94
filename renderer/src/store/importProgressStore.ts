import { create } from 'zustand';

interface ImportProgressState {
  /** How far the running import is; null when none is known to run. */
  progress: { done: number; total: number } | null;
  /** Cancel was pressed; the import is rolling back. */
  cancelling: boolean;
  setProgress: (progress: { running: boolean; done: number; total: number }) => void;
  setCancelling: () => void;
  reset: () => void;
}

/** The progress bar of a running import; `refreshImportProgress` and `cancelImport` (actions.ts) drive it. */
export const useImportProgressStore = create<ImportProgressState>((set) => ({
  progress: null,
  cancelling: false,
  setProgress({ running, done, total }) {
    set({ progress: running ? { done, total } : null });
  },
  setCancelling() {
    set({ cancelling: true });
  },
  reset() {
    set({ progress: null, cancelling: false });
  },
}));
