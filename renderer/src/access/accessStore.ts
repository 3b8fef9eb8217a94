import { create } from 'zustand';

/**
 * Whether this page may reach the library. In a browser it needs the token `npm run serve`
 * printed; without it (or with one from an earlier run) the window shows how to open
 * Shelfmark instead of an empty library that reads as "my papers are gone".
 */
export type Access = 'open' | 'checking' | 'missing' | 'rejected' | 'unreachable';

interface AccessState {
  access: Access;
  setAccess: (access: Access) => void;
}

export const useAccessStore = create<AccessState>((set) => ({
  access: 'checking',
  setAccess: (access) => set({ access }),
}));
