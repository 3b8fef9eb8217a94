import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import type { PaperStatus } from '../../preload/api';

/** Bumped whenever what is saved, or how the index reads a text into terms, changes. */
export const SNAPSHOT_FORMAT = 1;
const MAGIC = 'SHELFIDX';

/** A paper as the index keeps it: everything but its abstract and notes, which are read by id. */
export type SnapshotDoc = [
  id: number,
  title: string,
  status: PaperStatus,
  tags: string[],
  authors: string,
  year: number | null,
  venue: string,
];

/** What the engine needs to answer without rebuilding: terms, their postings, the papers' short fields. */
export interface IndexState {
  terms: string[];
  /** Postings of term i are `postings[offsets[i] .. offsets[i + 1])`. */
  offsets: Uint32Array;
  postings: Int32Array;
  /** By document index; null where a paper was removed. */
  docs: (SnapshotDoc | null)[];
  removed: number;
}

/** Which library and which point of its undo log a snapshot covers. */
export interface SnapshotStamp {
  library: string;
  lastChange: number;
  lastReplay: number;
  /** A digest of the log row at lastChange: another file with as many rows differs there. */
  logMark: string;
}

interface Header extends SnapshotStamp {
  format: number;
  termBytes: number;
  terms: number;
  postings: number;
  docBytes: number;
  removed: number;
  crc: number;
}

function bytesOf(array: Uint32Array | Int32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

export function encodeSnapshot(state: IndexState, stamp: SnapshotStamp): Buffer {
  const terms = Buffer.from(state.terms.join('\n'), 'utf8');
  const docs = Buffer.from(JSON.stringify(state.docs), 'utf8');
  const body = [bytesOf(state.offsets), bytesOf(state.postings), terms, docs];
  let crc = 0;
  for (const part of body) crc = crc32(part, crc);
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    ...stamp,
    termBytes: terms.length,
    terms: state.terms.length,
    postings: state.postings.length,
    docBytes: docs.length,
    removed: state.removed,
    crc,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return Buffer.concat([Buffer.from(MAGIC), length, headerBytes, ...body]);
}

/**
 * The state saved in `bytes`, if it is whole, of this format and for this library; null
 * otherwise (the caller rebuilds: a snapshot is never trusted over the file).
 */
export function decodeSnapshot(
  bytes: Buffer,
  library: string,
): { state: IndexState; stamp: SnapshotStamp } | null {
  try {
    if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) return null;
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as Header;
    if (header.format !== SNAPSHOT_FORMAT || header.library !== library) return null;
    let at = 12 + headerLength;
    const offsetBytes = (header.terms + 1) * 4;
    const postingBytes = header.postings * 4;
    if (bytes.length !== at + offsetBytes + postingBytes + header.termBytes + header.docBytes) return null;
    const parts = [offsetBytes, postingBytes, header.termBytes, header.docBytes].map((size) => {
      const part = bytes.subarray(at, at + size);
      at += size;
      return part;
    });
    const [offsetPart, postingPart, termPart, docPart] = parts as [Buffer, Buffer, Buffer, Buffer];
    let crc = 0;
    for (const part of parts) crc = crc32(part, crc);
    if (crc !== header.crc) return null;
    // Copies: typed arrays must start on a multiple of four, which a slice of the file need not.
    const offsets = new Uint32Array(
      offsetPart.buffer.slice(offsetPart.byteOffset, offsetPart.byteOffset + offsetBytes),
    );
    const postings = new Int32Array(
      postingPart.buffer.slice(postingPart.byteOffset, postingPart.byteOffset + postingBytes),
    );
    const terms = header.terms === 0 ? [] : termPart.toString('utf8').split('\n');
    const docs = JSON.parse(docPart.toString('utf8')) as (SnapshotDoc | null)[];
    if (terms.length !== header.terms || offsets[header.terms] !== header.postings) return null;
    const { library: saved, lastChange, lastReplay, logMark } = header;
    return {
      state: { terms, offsets, postings, docs, removed: header.removed },
      stamp: { library: saved, lastChange, lastReplay, logMark },
    };
  } catch {
    return null;
  }
}

export function readSnapshot(path: string, library: string): ReturnType<typeof decodeSnapshot> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return decodeSnapshot(bytes, library);
}

/** Written beside and renamed over: a reader sees the old snapshot or the new one, never half. */
export function writeSnapshot(path: string, bytes: Buffer): void {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch {
    // A snapshot is only a head start: one that cannot be written is rebuilt next time.
    rmSync(temporary, { force: true });
  }
}
