import { create } from 'zustand';

/** Which papers the export dialog starts on: the view, the selected papers, or all. */
export type ExportScope = 'view' | 'selected' | 'all';

/** Whether the export dialog is open, and on which papers: the toolbar and a refused copy open it. */
interface ExportDialogState {
  open: boolean;
  scope: ExportScope;
  show: (scope?: ExportScope) => void;
  close: () => void;
}

export const useExportDialogStore = create<ExportDialogState>((set) => ({
  open: false,
  scope: 'view',
  show: (scope = 'view') => set({ open: true, scope }),
  close: () => set({ open: false }),
}));
