/** Note saves sent and not yet answered: a paper read meanwhile could come back without them. */
const pending = new Set<Promise<unknown>>();

/** Keeps `save` among the pending ones until it settles; returns it. */
export function trackNoteSave<T>(save: Promise<T>): Promise<T> {
  pending.add(save);
  const done = () => pending.delete(save);
  save.then(done, done);
  return save;
}

/** Resolves once every note save sent so far has been answered (whether it succeeded or not). */
export async function noteSavesSettled(): Promise<void> {
  await Promise.allSettled([...pending]);
}
