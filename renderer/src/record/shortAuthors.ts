import type { PaperSummary } from '../../../preload/api';

/** "Zhang", "Zhang and Li", "Zhang et al.", as a list row cites its authors; null without authors. */
export function shortAuthors(
  paper: Pick<PaperSummary, 'firstAuthor' | 'secondAuthor' | 'authorCount'>,
): string | null {
  if (!paper.firstAuthor) return null;
  if (paper.authorCount >= 3 || (paper.authorCount === 2 && !paper.secondAuthor))
    return `${paper.firstAuthor} et al.`;
  if (paper.authorCount === 2) return `${paper.firstAuthor} and ${paper.secondAuthor}`;
  return paper.firstAuthor;
}
