import { create } from 'zustand';
import type { ImportPreview, ImportResult } from '../../../preload/api';
import { callApi } from '../api';

interface ImportState {
  open: boolean;
  text: string;
  sourceName: string | undefined;
  placement: 'top' | 'bottom';
  preview: ImportPreview | null;
  error: string | null;
  busy: boolean;
  show: () => void;
  close: () => void;
  setText: (text: string, sourceName?: string) => void;
  setPlacement: (placement: 'top' | 'bottom') => void;
  runPreview: () => Promise<void>;
  confirm: () => Promise<ImportResult | null>;
}

export const useImportStore = create<ImportState>((set, get) => ({
  open: false,
  text: '',
  sourceName: undefined,
  placement: 'bottom',
  preview: null,
  error: null,
  busy: false,

  show() {
    set({ open: true });
  },

  close() {
    set({ open: false, text: '', sourceName: undefined, preview: null, error: null, busy: false });
  },

  setText(text, sourceName) {
    set({ text, sourceName, preview: null, error: null });
  },

  setPlacement(placement) {
    set({ placement });
  },

  async runPreview() {
    const { text } = get();
    if (text.trim() === '') {
      set({ preview: null, error: null });
      return;
    }
    set({ busy: true });
    try {
      const preview = await callApi('previewImport', { text });
      if (get().text === text) set({ preview, error: null });
    } catch (error) {
      if (get().text === text)
        set({ preview: null, error: error instanceof Error ? error.message : String(error) });
    } finally {
      set({ busy: false });
    }
  },

  async confirm() {
    const { text, sourceName, placement } = get();
    set({ busy: true, error: null });
    try {
      const result = await callApi('commitImport', {
        text,
        placement,
        ...(sourceName ? { sourceName } : {}),
      });
      get().close();
      return result;
    } catch (error) {
      // The text stays in the dialog: a failed import loses nothing.
      set({ busy: false, error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  },
}));
