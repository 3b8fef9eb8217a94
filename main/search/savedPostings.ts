import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** Postings per checksummed block of a snapshot's postings (16 KB). */
export const POSTING_BLOCK = 4096;

/** A snapshot's postings, of which a loaded index reads a term's list when a query needs it. */
export interface PostingSource {
  /** How many postings there are. */
  readonly length: number;
  /** Postings [from, to). */
  slice(from: number, to: number): Int32Array;
  /** All of them, read once (a save, a compaction). */
  all(): Int32Array;
}

/** The checksum of each POSTING_BLOCK postings of `postings`, the last block shorter. */
export function blockChecksums(postings: Int32Array): Uint32Array {
  const bytes = Buffer.from(postings.buffer, postings.byteOffset, postings.byteLength);
  const blockBytes = POSTING_BLOCK * 4;
  const sums = new Uint32Array(Math.ceil(bytes.length / blockBytes));
  for (let block = 0; block < sums.length; block += 1)
    sums[block] = crc32(bytes.subarray(block * blockBytes, (block + 1) * blockBytes));
  return sums;
}

/** Postings already in memory (built, or decoded from a whole file). */
export class ArrayPostings implements PostingSource {
  constructor(private readonly postings: Int32Array) {}
  get length(): number {
    return this.postings.length;
  }
  slice(from: number, to: number): Int32Array {
    return this.postings.subarray(from, to);
  }
  all(): Int32Array {
    return this.postings;
  }
}

/** The snapshot a loaded index read its postings from was replaced or damaged since: load it again or rebuild. */
export class SnapshotUnreadable extends Error {}

/** What tells one file from a later one written over it at the same path. */
interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * Postings left in the snapshot file: a term's list is read by offset when first asked for,
 * with the blocks it spans (each read once, and checked against its checksum). The file is
 * opened per read and closed again, so a save may replace it meanwhile; a read then finds it
 * changed and throws.
 */
export class FilePostings implements PostingSource {
  /** Blocks read, and bytes, since the load: a query reads only its terms' lists. */
  blocksRead = 0;
  bytesRead = 0;
  /** The blocks read so far, checked: each is read once however many lists it holds part of. */
  private readonly blocks = new Map<number, Int32Array>();

  constructor(
    private readonly path: string,
    private readonly stamp: FileStamp,
    /** Where the postings start in the file, in bytes. */
    private readonly at: number,
    readonly length: number,
    private readonly sums: Uint32Array,
  ) {}

  slice(from: number, to: number): Int32Array {
    if (to <= from) return new Int32Array(0);
    const first = Math.floor(from / POSTING_BLOCK);
    const last = Math.floor((to - 1) / POSTING_BLOCK);
    this.load(first, last);
    if (first === last) {
      const block = this.blocks.get(first) ?? new Int32Array(0);
      return block.subarray(from - first * POSTING_BLOCK, to - first * POSTING_BLOCK);
    }
    const list = new Int32Array(to - from);
    for (let block = first; block <= last; block += 1) {
      const start = block * POSTING_BLOCK;
      const part = (this.blocks.get(block) ?? new Int32Array(0)).subarray(
        Math.max(from, start) - start,
        Math.min(to, start + POSTING_BLOCK) - start,
      );
      list.set(part, Math.max(from, start) - from);
    }
    return list;
  }

  /** Every block, read and checked in one go but not kept: a save or a check holds them once. */
  all(): Int32Array {
    if (this.length === 0) return new Int32Array(0);
    return this.readChecked(0, Math.floor((this.length - 1) / POSTING_BLOCK));
  }

  /** Blocks first..last into `blocks`: those not read yet, each run of them in one read, checked. */
  private load(first: number, last: number): void {
    for (let block = first; block <= last; block += 1) {
      if (this.blocks.has(block)) continue;
      let end = block;
      while (end < last && !this.blocks.has(end + 1)) end += 1;
      this.read(block, end);
      block = end;
    }
  }

  private read(first: number, last: number): void {
    const postings = this.readChecked(first, last);
    for (let block = first; block <= last; block += 1)
      this.blocks.set(
        block,
        postings.subarray((block - first) * POSTING_BLOCK, (block - first + 1) * POSTING_BLOCK),
      );
  }

  /** Blocks first..last in one read, each checked against its checksum. */
  private readChecked(first: number, last: number): Int32Array {
    const start = first * POSTING_BLOCK;
    const end = Math.min(this.length, (last + 1) * POSTING_BLOCK);
    const bytes = Buffer.allocUnsafeSlow((end - start) * 4);
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch (error) {
      throw new SnapshotUnreadable('The search snapshot is gone.', { cause: error });
    }
    try {
      const { size, mtimeMs, ino } = fstatSync(fd);
      if (size !== this.stamp.size || mtimeMs !== this.stamp.mtimeMs || ino !== this.stamp.ino)
        throw new SnapshotUnreadable('The search snapshot was replaced.');
      if (readSync(fd, bytes, 0, bytes.length, this.at + start * 4) !== bytes.length)
        throw new SnapshotUnreadable('The search snapshot is cut short.');
    } finally {
      closeSync(fd);
    }
    const postings = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    for (let block = first; block <= last; block += 1) {
      const part = postings.subarray((block - first) * POSTING_BLOCK, (block - first + 1) * POSTING_BLOCK);
      if (crc32(Buffer.from(part.buffer, part.byteOffset, part.byteLength)) !== this.sums[block])
        throw new SnapshotUnreadable('The search snapshot is damaged.');
    }
    this.blocksRead += last - first + 1;
    this.bytesRead += bytes.length;
    return postings;
  }
}

/** The file's stamp, for FilePostings. */
export function fileStamp(fd: number): FileStamp {
  const { size, mtimeMs, ino } = fstatSync(fd);
  return { size, mtimeMs, ino };
}
