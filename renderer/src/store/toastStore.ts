import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface ToastState {
  message: string | null;
  action: ToastAction | null;
  show: (message: string, action?: ToastAction) => void;
  dismiss: () => void;
}

const TOAST_MS = 6000;
let timer: ReturnType<typeof setTimeout> | undefined;

export const useToastStore = create<ToastState>((set) => ({
  message: null,
  action: null,
  show(message, action) {
    clearTimeout(timer);
    set({ message, action: action ?? null });
    timer = setTimeout(() => set({ message: null, action: null }), TOAST_MS);
  },
  dismiss() {
    clearTimeout(timer);
    set({ message: null, action: null });
  },
}));
