import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Flushes a file's content to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries, so a rename in it survives a power cut. Windows cannot open a
 * folder for this (and its renames are journaled by NTFS), so there it is skipped.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames a finished, flushed file into place and flushes the folder. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncDir(dirname(to));
}

/**
 * Writes through a temporary file beside the target and renames it into place, so a full
 * disk or a crash never leaves a half-written file where a good one was. The file is flushed
 * before the rename and the folder after it: otherwise a power cut can leave the new name
 * pointing at an empty file, or the old file back.
 */
export function writeFileSafely(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameDurably(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * writeFileSafely for text that arrives in chunks (a streamed export): each chunk is written as
 * it comes, so the file is never held whole; the same temporary file, flush, rename and folder
 * flush. A failure or a cancelled stream removes the temporary file and leaves the target as it was.
 */
export async function writeChunksSafely(
  path: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      for await (const chunk of chunks) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    renameDurably(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
