import { create } from 'zustand';
import type { KnownPublishedVersion } from '../../../preload/api';

/**
 * The published version earlier lookups found for each paper asked about (null: none known).
 * Changed only by the named actions in lookupActions.ts.
 */
export const usePublishedStore = create<{ known: Readonly<Record<number, KnownPublishedVersion | null>> }>(
  () => ({ known: {} }),
);

/** "Neural Information Processing Systems 2017". */
export const publishedWords = (version: KnownPublishedVersion): string =>
  version.year === null ? version.venue : `${version.venue} ${version.year}`;
