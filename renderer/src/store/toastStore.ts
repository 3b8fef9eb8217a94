import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface ToastState {
  message: string | null;
  action: ToastAction | null;
  /** An error stays until dismissed or replaced, and is announced as an alert. */
  isError: boolean;
  show: (message: string, action?: ToastAction) => void;
  showError: (message: string) => void;
  dismiss: () => void;
}

const TOAST_MS = 6000;
let timer: ReturnType<typeof setTimeout> | undefined;

export const useToastStore = create<ToastState>((set) => ({
  message: null,
  action: null,
  isError: false,
  show(message, action) {
    clearTimeout(timer);
    set({ message, action: action ?? null, isError: false });
    timer = setTimeout(() => set({ message: null, action: null }), TOAST_MS);
  },
  showError(message) {
    clearTimeout(timer);
    set({ message, action: null, isError: true });
  },
  dismiss() {
    clearTimeout(timer);
    set({ message: null, action: null, isError: false });
  },
}));
