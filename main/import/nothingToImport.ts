import { ShelfmarkError } from '../library/ShelfmarkError';

/** The text held nothing Shelfmark could import; nothing was saved. */
export class NothingToImportError extends ShelfmarkError {
  /** Why, when the text was in a format that could be read but held no usable entry. */
  constructor(readonly reasons: string[] = []) {
    super(
      'nothing_to_import',
      reasons.length > 0
        ? `Found no paper to import. ${reasons.join(' ')} Nothing was imported.`
        : 'Found no paper titles in this text. Paste a page of paper titles, each optionally followed by its abstract, a list of titles, one per line, or a BibTeX file. Nothing was imported.',
      null,
    );
    this.name = 'NothingToImportError';
  }
}

/** Bytes of an image, an archive or another binary file, pasted or opened as if they were text. */
export class NotTextError extends ShelfmarkError {
  constructor() {
    super(
      'nothing_to_import',
      'This is not text: it holds control characters or bytes that are not valid text, as a pasted image or a binary file does. Paste or open the page, list or .bib file itself. Nothing was imported.',
      null,
    );
    this.name = 'NotTextError';
  }
}
