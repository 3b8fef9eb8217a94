import type { ExportSelection } from '../../preload/api';

const MAX_SLUG = 40;

/** "Deep Learning" → "deep-learning"; accents dropped, anything else that is not a letter or digit a dash. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name says what was exported: `shelfmark-tag-rl-2026-11-30.bib`,
 * `shelfmark-unread-…`, `shelfmark-search-…`, `shelfmark-selection-…`, or `shelfmark-all-…`.
 */
export function exportFileName(selection: ExportSelection, extension: string, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  const tag = selection.tag === undefined ? '' : slug(selection.tag);
  const scope =
    selection.ids !== undefined
      ? ['selection']
      : [
          selection.query?.trim() ? 'search' : '',
          selection.status ?? '',
          selection.tag === undefined ? '' : tag ? `tag-${tag}` : 'tag',
        ].filter(Boolean);
  return ['shelfmark', ...(scope.length > 0 ? scope : ['all']), date].join('-') + `.${extension}`;
}
