import { create } from 'zustand';
import type { ApiArgs, ImportPreview, PaperStatus } from '../../../preload/api';
import { callApi } from '../api';
import { errorMessage } from '../errorMessage';
import { useIdentifierImportStore } from './identifierImportStore';

interface ImportState {
  open: boolean;
  text: string;
  sourceName: string | undefined;
  placement: 'top' | 'bottom';
  /** Where the new papers are filed. */
  status: PaperStatus;
  /** Whether a file's keywords become tags. */
  keywordTags: boolean;
  preview: ImportPreview | null;
  /** The HTML flavour of the last paste, whose links give papers their arXiv ids. */
  html: string | undefined;
  error: string | null;
  busy: boolean;
  show: () => void;
  close: () => void;
  setText: (text: string, sourceName?: string) => void;
  setPasteHtml: (html: string | undefined) => void;
  setPlacement: (placement: 'top' | 'bottom') => void;
  setStatus: (status: PaperStatus) => void;
  setKeywordTags: (keywordTags: boolean) => void;
  runPreview: () => Promise<void>;
  /** What `importPapers` (actions.ts) sends. */
  request: () => ApiArgs<'commitImport'>;
  startImport: () => void;
  /** The import failed: its message shows in the dialog, and the text stays there. */
  failImport: (message: string) => void;
}

/** The Import dialog's state; the import itself is the `importPapers` action. */

export const useImportStore = create<ImportState>((set, get) => ({
  open: false,
  text: '',
  sourceName: undefined,
  placement: 'bottom',
  status: 'unread',
  keywordTags: true,
  preview: null,
  html: undefined,
  error: null,
  busy: false,

  show() {
    set({ open: true });
  },

  close() {
    set({
      open: false,
      text: '',
      sourceName: undefined,
      preview: null,
      html: undefined,
      error: null,
      busy: false,
      status: 'unread',
      keywordTags: true,
    });
    useIdentifierImportStore.getState().reset();
  },

  setText(text, sourceName) {
    set({ text, sourceName, preview: null, error: null });
  },

  setPasteHtml(html) {
    set({ html });
  },

  setPlacement(placement) {
    set({ placement });
  },

  setStatus(status) {
    set({ status });
  },

  setKeywordTags(keywordTags) {
    set({ keywordTags });
  },

  async runPreview() {
    const { text } = get();
    if (text.trim() === '') {
      set({ preview: null, error: null });
      return;
    }
    set({ busy: true });
    try {
      // A list of identifiers is previewed by looking it up, which waits for the person to ask.
      const lines = await callApi('readIdentifiers', { text });
      useIdentifierImportStore.getState().setLines(text, lines);
      if (lines) {
        if (get().text === text) set({ preview: null, error: null });
        return;
      }
      const { html } = get();
      const preview = await callApi('previewImport', { text, ...(html ? { html } : {}) });
      if (get().text === text) set({ preview, error: null });
    } catch (error) {
      if (get().text === text) set({ preview: null, error: errorMessage(error) });
    } finally {
      set({ busy: false });
    }
  },

  request() {
    const { text, sourceName, placement, status, keywordTags, html } = get();
    return {
      text,
      placement,
      status,
      keywordTags,
      ...(sourceName ? { sourceName } : {}),
      ...(html ? { html } : {}),
    };
  },

  startImport() {
    set({ busy: true, error: null });
  },

  failImport(message) {
    set({ busy: false, error: message });
  },
}));
