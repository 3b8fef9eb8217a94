/**
 * Why a library was not opened. The message is for the person and says what happened to the
 * file (nothing); each entry point adds how to go on in its own terms (a CLI flag, a button).
 */
export type OpenRefusal =
  | 'missing' // no file there, and creating one was not asked for
  | 'empty' // a zero-byte file, and creating one was not asked for
  | 'foreign' // not SQLite, or another program's SQLite file
  | 'future' // written by a newer Shelfmark
  | 'damaged' // failed SQLite's integrity check, or SQLite reports it corrupt
  | 'unopenable'; // permissions, a file where a folder should be, a lock, a full disk

export class LibraryOpenError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly refusal: OpenRefusal = 'unopenable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LibraryOpenError';
  }
}
