import { describe, expect, it, vi } from 'vitest';
import { addPaper, applyRekey, editPaper, previewRekey, undo } from '../../renderer/src/store/actions';
import { useLibraryStore } from '../../renderer/src/store/libraryStore';
import { selectOrderable, selectRows } from '../../renderer/src/store/selectors';
import { useToastStore } from '../../renderer/src/store/toastStore';
import { useWindowOverCore } from './windowOverCore';

/** The record's named actions over the real core, through a stand-in for the preload bridge. */
useWindowOverCore();

const library = () => useLibraryStore.getState();
const toast = () => useToastStore.getState();

describe('the record in the window', () => {
  it('adds a paper by hand into Unread and opens it', async () => {
    await library().setQueue('read');
    expect(await addPaper('A hand-typed paper', { year: 2020 })).toEqual({ error: null });
    expect(library().queue).toBe('unread');
    await vi.waitFor(() => expect(library().current?.title).toBe('A hand-typed paper'));
    expect(library().cursorId).toBe(library().current?.id);
    expect(toast().message).toMatch(/^Added "A hand-typed paper"/);
  });

  it('refuses an empty title in the dialog, and adds nothing', async () => {
    const { error } = await addPaper('   ');
    expect(error).toMatch(/title/i);
    await library().refresh();
    expect(library().counts.all).toBe(0);
  });

  it('edits one field as one undoable change, and shows the core refusing a bad DOI', async () => {
    await addPaper('Edited paper');
    const id = library().cursorId!;
    expect(await editPaper(id, { creators: [{ role: 'author', name: 'Zhu, Jun' }], year: 2019 })).toBe(true);
    await vi.waitFor(() => expect(library().current?.year).toBe(2019));
    expect(toast().message).toMatch(/^Edited /);
    expect(await editPaper(id, { doi: 'not a doi' })).toBe(false);
    expect(toast().isError).toBe(true);
    expect(toast().message).toMatch(/is not a DOI/);
    expect(await undo()).toBe(true);
    await vi.waitFor(() => expect(library().current?.year).toBeNull());
  });

  it('previews a provisional key before giving it, and the change is undoable', async () => {
    await addPaper('Provisional paper');
    const id = library().cursorId!;
    await editPaper(id, { creators: [{ role: 'author', name: 'Lipford, Heather Richter' }], year: 2015 });
    const preview = await previewRekey([id]);
    expect(preview.changes).toHaveLength(1);
    const to = preview.changes![0]!.to;
    expect(to).toMatch(/lipford2015/i);
    expect(await applyRekey([id])).toBe(true);
    await vi.waitFor(() => expect(library().current?.citekey).toBe(to));
    expect(library().current?.citekeyProvisional).toBe(false);
    await undo();
    await vi.waitFor(() => expect(library().current?.citekey).not.toBe(to));
  });

  it('sorts the list in the core, and allows drag-reorder only in up-next order', async () => {
    await addPaper('Old', { year: 2001 });
    await addPaper('New', { year: 2024 });
    expect(selectRows(library()).map((paper) => paper.title)).toEqual(['Old', 'New']);
    expect(selectOrderable(library())).toBe(true);
    await library().setSort({ by: 'year', direction: 'desc' });
    expect(selectRows(library()).map((paper) => paper.title)).toEqual(['New', 'Old']);
    expect(selectOrderable(library())).toBe(false);
  });
});
