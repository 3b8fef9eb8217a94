import type { Paper, TagSummary } from '../../preload/api';
import { JSON_FORMAT, JSON_VERSION, type ShelfmarkJson } from '../import/shelfmarkJson';

/**
 * Everything Shelfmark knows, in the shape its own import reads back: papers in reading
 * order (Unread's "up next" first), with statuses, times, tags and anchored notes, and the
 * tags' colors.
 */
export function writeJson(papers: readonly Paper[], tags: readonly TagSummary[], now = new Date()): string {
  const used = new Set(papers.flatMap((paper) => paper.tags.map((tag) => tag.toLowerCase())));
  const document: ShelfmarkJson = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: now.toISOString(),
    tags: tags.filter((tag) => used.has(tag.name.toLowerCase())).map(({ name, color }) => ({ name, color })),
    papers: papers.map((paper) => ({
      citekey: paper.citekey,
      title: paper.title,
      abstract: paper.abstract,
      url: paper.url,
      codeUrl: paper.codeUrl,
      arxivId: paper.arxivId,
      authors: paper.authors,
      year: paper.year,
      venue: paper.venue,
      doi: paper.doi,
      status: paper.status,
      tags: paper.tags,
      notes: paper.notes.map(({ body, quote }) => ({ body, quote })),
      addedAt: paper.addedAt,
      readingAt: paper.readingAt,
      readAt: paper.readAt,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
