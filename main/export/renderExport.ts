import type { ExportFile, ExportFormat, ExportSelection, Paper, TagSummary } from '../../preload/api';
import { EXPORT_FILES } from './exportFiles';
import { exportFileName } from './exportFileName';
import { writeBibtex } from './writeBibtex';
import { writeCslJson } from './writeCslJson';
import { writeCsv } from './writeCsv';
import { writeJson } from './writeJson';
import { writeMarkdown } from './writeMarkdown';
import { writeRis } from './writeRis';

export { EXPORT_FILES };

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
