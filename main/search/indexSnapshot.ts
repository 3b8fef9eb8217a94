import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { isAscii } from 'node:buffer';
import { AsciiColumn, columnsFit, type DocColumns, type TextColumn } from './docColumns';
import {
  ArrayPostings,
  FilePostings,
  POSTING_BLOCK,
  blockChecksums,
  fileStamp,
  type PostingSource,
} from './savedPostings';

/**
 * Bumped whenever what is saved, or how the index reads a text into terms, changes: a snapshot
 * of another format is never read, and rebuilt. 3: the postings come last, checked per block.
 */
export const SNAPSHOT_FORMAT = 3;
const MAGIC = 'SHELFIDX';
/** Every section starts on a multiple of this, so it is read as a typed array in place. */
const ALIGN = 8;

/** What the engine needs to answer without rebuilding: terms, their postings, the papers' short fields. */
export interface IndexState {
  /** In code-unit order (as Array.prototype.sort leaves them): prefixes are found without sorting. */
  terms: string[];
  /** Postings of term i are `postings[offsets[i] .. offsets[i + 1])`. */
  offsets: Uint32Array;
  postings: Int32Array;
  /** By document index. */
  docs: DocColumns;
  removed: number;
}

/** A state as read back: its postings are read from the file when a query needs them. */
export type LoadedState = Omit<IndexState, 'postings'> & { postings: PostingSource };

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
  terms: number;
  docs: number;
  removed: number;
  tagNames: string[];
  /** Byte length of each section, in SECTIONS order; the postings follow them. */
  sections: number[];
  /** Of the sections (the postings have a checksum per block, in the block-sums section). */
  crc: number;
  postings: number;
}

type Typed = Uint32Array | Int32Array | Uint8Array;
type Section =
  | { kind: 'u32' | 'i32' | 'u8'; get: (state: IndexState) => Typed }
  | { kind: 'text'; get: (state: IndexState) => string }
  | { kind: 'column'; get: (state: IndexState) => string };

/**
 * The sections read at load, in order; a text section is UTF-8, its offsets are those of the
 * decoded string. A papers' column (titles, authors, venues) all in ASCII is not decoded at load
 * (AsciiColumn). The postings (most of the file) come after them and are read by term.
 */
const SECTIONS: readonly Section[] = [
  { kind: 'u32', get: (state) => state.offsets },
  { kind: 'u32', get: (state) => blockChecksums(state.postings) },
  { kind: 'text', get: (state) => state.terms.join('\n') },
  { kind: 'i32', get: (state) => state.docs.ids },
  { kind: 'u8', get: (state) => state.docs.statuses },
  { kind: 'i32', get: (state) => state.docs.years },
  { kind: 'u32', get: (state) => state.docs.titles.starts },
  { kind: 'column', get: (state) => state.docs.titles.text },
  { kind: 'u32', get: (state) => state.docs.authors.starts },
  { kind: 'column', get: (state) => state.docs.authors.text },
  { kind: 'u32', get: (state) => state.docs.venues.starts },
  { kind: 'column', get: (state) => state.docs.venues.text },
  { kind: 'u32', get: (state) => state.docs.tagStarts },
  { kind: 'u32', get: (state) => state.docs.tagRefs },
];

/** Empty parts are skipped: crc32 of an empty view of an empty ArrayBuffer answers 0, whatever came before. */
function checksum(parts: readonly Buffer[]): number {
  let crc = 0;
  for (const part of parts) if (part.length > 0) crc = crc32(part, crc);
  return crc;
}

function padded(length: number): number {
  return Math.ceil(length / ALIGN) * ALIGN;
}

export function encodeSnapshot(state: IndexState, stamp: SnapshotStamp): Buffer {
  const body = SECTIONS.map((section) => {
    if (section.kind === 'text' || section.kind === 'column') return Buffer.from(section.get(state), 'utf8');
    const array = section.get(state);
    return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  });
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    ...stamp,
    terms: state.terms.length,
    docs: state.docs.ids.length,
    removed: state.removed,
    tagNames: state.docs.tagNames,
    sections: body.map((part) => part.length),
    crc: checksum(body),
    postings: state.postings.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = padded(12 + headerBytes.length);
  const postingsAt = body.reduce((at, part) => padded(at + part.length), start);
  const bytes = Buffer.alloc(padded(postingsAt + state.postings.byteLength));
  bytes.write(MAGIC, 0, 'latin1');
  bytes.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(bytes, 12);
  body.reduce((at, part) => {
    part.copy(bytes, at);
    return padded(at + part.length);
  }, start);
  Buffer.from(state.postings.buffer, state.postings.byteOffset, state.postings.byteLength).copy(
    bytes,
    postingsAt,
  );
  return bytes;
}

/** Typed arrays over the file's own bytes (no copy): they need an aligned start. */
function aligned(bytes: Buffer): Buffer {
  if (bytes.byteOffset % ALIGN === 0) return bytes;
  const copy = Buffer.alloc(bytes.length);
  bytes.copy(copy);
  return copy;
}

/** The header at the start of `head` (the file's first bytes), if it is of this format and library. */
function readHeader(head: Buffer, library: string): { header: Header; start: number } | null {
  if (head.length < 12 || head.toString('latin1', 0, 8) !== MAGIC) return null;
  const headerLength = head.readUInt32LE(8);
  if (head.length < 12 + headerLength) return null;
  const header = JSON.parse(head.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.format !== SNAPSHOT_FORMAT || header.library !== library) return null;
  if (header.sections.length !== SECTIONS.length) return null;
  return { header, start: padded(12 + headerLength) };
}

/** Where the postings start and where the file ends, for this header. */
function layout(header: Header, start: number): { postingsAt: number; end: number } {
  const postingsAt = header.sections.reduce((at, length) => padded(at + length), start);
  return { postingsAt, end: padded(postingsAt + header.postings * 4) };
}

/** The sections in `body` (read from `start`), checked and decoded; the postings from `postings`. */
function decodeSections(
  body: Buffer,
  header: Header,
  postings: (sums: Uint32Array) => PostingSource | null,
): { state: LoadedState; stamp: SnapshotStamp } | null {
  let at = 0;
  const parts = header.sections.map((length) => {
    const part = body.subarray(at, at + length);
    at = padded(at + length);
    return part;
  });
  if (parts.some((part, index) => part.length !== header.sections[index])) return null;
  if (checksum(parts) !== header.crc) return null;
  const values = parts.map((part, index) => {
    const { kind } = SECTIONS[index] as Section;
    const { buffer, byteOffset, length } = part;
    if (kind === 'text') return part.toString('utf8');
    if (kind === 'column') return isAscii(part) ? part : part.toString('utf8');
    if (kind === 'u8') return new Uint8Array(buffer, byteOffset, length);
    if (kind === 'u32') return new Uint32Array(buffer, byteOffset, length / 4);
    return new Int32Array(buffer, byteOffset, length / 4);
  });
  const [offsets, sums, terms, ids, statuses, years, titleStarts, titles] = values;
  const [, , , , , , , , authorStarts, authors, venueStarts, venues, tagStarts, tagRefs] = values;
  const column = (starts: unknown, text: unknown): TextColumn =>
    text instanceof Buffer
      ? new AsciiColumn(text, starts as Uint32Array)
      : { starts: starts as Uint32Array, text: text as string };
  const docs = {
    ids,
    statuses,
    years,
    titles: column(titleStarts, titles),
    authors: column(authorStarts, authors),
    venues: column(venueStarts, venues),
    tagStarts,
    tagRefs,
    tagNames: header.tagNames,
  } as DocColumns;
  const termList = header.terms === 0 ? [] : (terms as string).split('\n');
  const offsetList = offsets as Uint32Array;
  if (termList.length !== header.terms || offsetList.length !== header.terms + 1) return null;
  if (offsetList[header.terms] !== header.postings || !columnsFit(docs, header.docs)) return null;
  if ((sums as Uint32Array).length !== Math.ceil(header.postings / POSTING_BLOCK)) return null;
  const source = postings(sums as Uint32Array);
  if (!source || source.length !== header.postings) return null;
  const { library: saved, lastChange, lastReplay, logMark } = header;
  return {
    state: { terms: termList, offsets: offsetList, postings: source, docs, removed: header.removed },
    stamp: { library: saved, lastChange, lastReplay, logMark },
  };
}

/**
 * The state saved in `bytes` (a whole file), if it is whole, of this format and for this
 * library; null otherwise (the caller rebuilds: a snapshot is never trusted over the file).
 */
export function decodeSnapshot(
  input: Buffer,
  library: string,
): { state: LoadedState; stamp: SnapshotStamp } | null {
  try {
    const bytes = aligned(input);
    const read = readHeader(bytes, library);
    if (!read) return null;
    const { header, start } = read;
    const { postingsAt, end } = layout(header, start);
    if (end !== bytes.length) return null;
    const postings = new Int32Array(bytes.buffer, bytes.byteOffset + postingsAt, header.postings);
    return decodeSections(bytes.subarray(start, postingsAt), header, (sums) => {
      const found = blockChecksums(postings);
      return found.every((sum, block) => sum === sums[block]) ? new ArrayPostings(postings) : null;
    });
  } catch {
    return null;
  }
}

/**
 * The snapshot at `path`, as decodeSnapshot reads it, but reading only its header, terms and
 * papers' columns: the postings stay in the file, read per term when a query needs them.
 */
export function readSnapshot(path: string, library: string): ReturnType<typeof decodeSnapshot> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const stamp = fileStamp(fd);
    const head = Buffer.allocUnsafeSlow(Math.min(stamp.size, 64 * 1024));
    readSync(fd, head, 0, head.length, 0);
    const headerLength = head.length >= 12 ? head.readUInt32LE(8) : 0;
    const whole = 12 + headerLength > head.length ? Buffer.allocUnsafeSlow(12 + headerLength) : head;
    if (whole !== head && readSync(fd, whole, 0, whole.length, 0) !== whole.length) return null;
    const read = readHeader(whole, library);
    if (!read) return null;
    const { header, start } = read;
    const { postingsAt, end } = layout(header, start);
    if (end !== stamp.size) return null;
    // Allocated apart (not from the pool), so its sections start aligned for typed arrays.
    const body = Buffer.allocUnsafeSlow(postingsAt - start);
    if (readSync(fd, body, 0, body.length, start) !== body.length) return null;
    return decodeSections(
      body,
      header,
      (sums) => new FilePostings(path, stamp, postingsAt, header.postings, sums),
    );
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
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
