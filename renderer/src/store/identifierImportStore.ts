import { create } from 'zustand';
import type { IdentifierListLine, IdentifierPreview } from '../../../preload/api';
import { callApi } from '../api';
import { errorMessage } from '../errorMessage';

interface IdentifierImportState {
  /** The text the lines were read from, so a stale answer is never shown for new text. */
  text: string;
  /** The pasted text read as identifiers, one per line; null when it is not such a list. */
  lines: IdentifierListLine[] | null;
  /** What the lookups found; looked up only when the person asks. */
  preview: IdentifierPreview | null;
  error: string | null;
  busy: boolean;
  setLines: (text: string, lines: IdentifierListLine[] | null) => void;
  reset: () => void;
  /** Looks every identifier up (the network, only now, and only when lookups are on). */
  lookUp: () => Promise<void>;
  startImport: () => void;
  failImport: (message: string) => void;
}

export const useIdentifierImportStore = create<IdentifierImportState>((set, get) => ({
  text: '',
  lines: null,
  preview: null,
  error: null,
  busy: false,

  setLines(text, lines) {
    if (get().text === text && get().lines !== null && lines !== null) return;
    set({ text, lines, preview: null, error: null, busy: false });
  },

  reset() {
    set({ text: '', lines: null, preview: null, error: null, busy: false });
  },

  async lookUp() {
    const { text } = get();
    set({ busy: true, error: null });
    try {
      const preview = await callApi('previewIdentifierImport', { text });
      if (get().text === text) set({ preview, busy: false });
    } catch (error) {
      if (get().text === text) set({ preview: null, error: errorMessage(error), busy: false });
    }
  },

  startImport() {
    set({ busy: true, error: null });
  },

  failImport(message) {
    set({ busy: false, error: message });
  },
}));
