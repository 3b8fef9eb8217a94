import { create } from 'zustand';

interface ToastState {
  message: string | null;
  show: (message: string) => void;
  dismiss: () => void;
}

const TOAST_MS = 5000;
let timer: ReturnType<typeof setTimeout> | undefined;

export const useToastStore = create<ToastState>((set) => ({
  message: null,
  show(message) {
    clearTimeout(timer);
    set({ message });
    timer = setTimeout(() => set({ message: null }), TOAST_MS);
  },
  dismiss() {
    clearTimeout(timer);
    set({ message: null });
  },
}));
