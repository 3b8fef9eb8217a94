import { create } from 'zustand';

/** Window state that is not library data: the shortcut sheet, and which note is open or pointed at. */
interface UiState {
  shortcutsOpen: boolean;
  /** The note whose editor is open. */
  editingNoteId: number | null;
  /** The note a highlight was clicked for, to bring into view. */
  focusedNoteId: number | null;
  toggleShortcuts: (open?: boolean) => void;
  editNote: (id: number | null) => void;
  focusNote: (id: number | null) => void;
}

export const useUiStore = create<UiState>((set, get) => ({
  shortcutsOpen: false,
  editingNoteId: null,
  focusedNoteId: null,
  toggleShortcuts: (open) => set({ shortcutsOpen: open ?? !get().shortcutsOpen }),
  editNote: (id) => set({ editingNoteId: id }),
  focusNote: (id) => set({ focusedNoteId: id }),
}));
