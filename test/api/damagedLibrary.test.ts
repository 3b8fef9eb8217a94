import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damagedLibraryDispatch } from '../../main/api/damagedLibrary';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { listBackups } from '../../main/db/backups';
import { LibraryOpenError } from '../../main/db/openLibrary';
import { openLibraryForUse } from '../../main/db/openLibraryForUse';
import type { DamagedLibrary, PaperSummary, RestoredLibrary } from '../../preload/api';
import { damagedLibraryWithBackup, overwritePage } from '../fixtures/damagedLibrary';
import { fingerprint } from '../fixtures/libraryFiles';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

/** A damaged library with a backup, refused as serve refuses it, and the dispatch serve then answers with. */
async function damaged() {
  const path = join(tempDir(), 'library.sqlite');
  await damagedLibraryWithBackup(path, 120);
  const refusal = await openLibraryForUse(path, { create: false }).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(LibraryOpenError);
  const message = (refusal as LibraryOpenError).message;
  const closers: (() => void)[] = [];
  const dispatch = damagedLibraryDispatch({
    path,
    message,
    open: async () => {
      const { db } = await openLibraryForUse(path, { create: false });
      closers.push(() => db.close());
      return createDispatch(createHandlers(db));
    },
  });
  return { path, message, dispatch, close: () => closers.forEach((close) => close()) };
}

describe('the bridge over a library found damaged at start', () => {
  it('says why and lists the backups, and refuses everything else without touching the file', async () => {
    const { path, message, dispatch } = await damaged();
    const before = fingerprint(path);
    const state = await dispatch('damagedLibrary', {});
    expect(state.ok).toBe(true);
    const { backups, ...rest } = (state.ok ? state.value : null) as DamagedLibrary;
    expect(rest).toEqual({ path, message });
    expect(message).toMatch(/is damaged/);
    expect(backups.map((backup) => backup.name)).toEqual(listBackups(path).map((backup) => backup.name));
    expect(backups[0]).toMatchObject({ reason: 'daily', bytes: expect.any(Number) as unknown });
    for (const [method, args] of [
      ['listPapers', {}],
      ['queueCounts', {}],
      ['addPaper', { title: 'Lost?' }],
    ] as const) {
      const reply = await dispatch(method, args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'damaged' } });
      expect(reply.ok ? '' : reply.error.message).toMatch(/damaged.*Restore a backup/s);
    }
    expect(await dispatch('restoreBackup', { name: 'no-such-backup.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no backup named no-such-backup.sqlite.' },
    });
    expect(fingerprint(path)).toBe(before);
  });

  it('restores the newest backup, keeps the damaged file beside it, and then opens the library', async () => {
    const { path, dispatch, close } = await damaged();
    const damagedBytes = fingerprint(path);
    const reply = await dispatch('restoreBackup', {});
    expect(reply.ok).toBe(true);
    const restored = (reply.ok ? reply.value : null) as RestoredLibrary;
    expect(restored.backup.name).toBe(listBackups(path)[0]?.name);
    expect(restored.keptAs).toMatch(/library\.sqlite\.replaced-/);
    expect(fingerprint(restored.keptAs ?? '')).toBe(damagedBytes);

    const papers = await dispatch('listPapers', {});
    expect(papers.ok && (papers.value as PaperSummary[]).length).toBe(120);
    expect(await dispatch('damagedLibrary', {})).toEqual({ ok: true, value: null });
    // Once open, the library is not damaged: a second restore is refused, and nothing moves.
    expect(await dispatch('restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    close();
  });

  it('refuses a backup that fails its own check, and changes nothing', async () => {
    const { path, dispatch } = await damaged();
    const [backup] = listBackups(path);
    overwritePage(backup?.file ?? '', 3);
    const before = fingerprint(path);
    const reply = await dispatch('restoreBackup', { name: backup?.name ?? '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/failed its check.*Nothing was changed/);
    expect(fingerprint(path)).toBe(before);
    expect(existsSync(backup?.file ?? '')).toBe(true);
    expect(await dispatch('listPapers', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
  });
});
