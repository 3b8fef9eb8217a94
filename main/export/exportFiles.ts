import type { ExportFormat } from '../../preload/api';

/** Each format's file extension and MIME type. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  bibtex: { extension: 'bib', mimeType: 'application/x-bibtex' },
  biblatex: { extension: 'bib', mimeType: 'application/x-bibtex' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  json: { extension: 'json', mimeType: 'application/json' },
  'csl-json': { extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json' },
  ris: { extension: 'ris', mimeType: 'application/x-research-info-systems' },
};
