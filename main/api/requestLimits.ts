/** Pasted pages are a few hundred kilobytes; this leaves room for a whole .bib file and no more. */
export const MAX_IMPORT_TEXT = 20 * 1024 * 1024;
