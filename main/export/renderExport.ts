import type { ExportFile, ExportFormat, ExportSelection, Paper, TagSummary } from '../../preload/api';
import { exportFileName } from './exportFileName';
import { writeBibtex } from './writeBibtex';
import { writeCslJson } from './writeCslJson';
import { writeCsv } from './writeCsv';
import { writeJson } from './writeJson';
import { writeMarkdown } from './writeMarkdown';
import { writeRis } from './writeRis';

export const EXPORT_FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  bibtex: { extension: 'bib', mimeType: 'application/x-bibtex' },
  biblatex: { extension: 'bib', mimeType: 'application/x-bibtex' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  json: { extension: 'json', mimeType: 'application/json' },
  'csl-json': { extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json' },
  ris: { extension: 'ris', mimeType: 'application/x-research-info-systems' },
};

export function renderExport(
  format: ExportFormat,
  papers: readonly Paper[],
  tags: readonly TagSummary[],
  now = new Date(),
  /** Which papers these are, for the file's name. */
  selection: ExportSelection = {},
): ExportFile {
  const content =
    format === 'bibtex' || format === 'biblatex'
      ? writeBibtex(papers, format)
      : format === 'markdown'
        ? writeMarkdown(papers)
        : format === 'csv'
          ? writeCsv(papers)
          : format === 'csl-json'
            ? writeCslJson(papers)
            : format === 'ris'
              ? writeRis(papers)
              : writeJson(papers, tags, now);
  const { extension, mimeType } = EXPORT_FILES[format];
  return {
    filename: exportFileName(selection, extension, now),
    mimeType,
    content,
    count: papers.length,
  };
}
