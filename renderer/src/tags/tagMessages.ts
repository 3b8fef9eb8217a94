import type { TagRenamePreview, TaggingResult } from '../../../preload/api';
import { plural } from '../plural';

/** When adding tags changed nothing, the undo toast would name an older change; say this instead. */
export function alreadyTaggedMessage(result: TaggingResult, paperCount: number): string | null {
  if (result.added > 0) return null;
  const who = paperCount === 1 ? 'The paper already has' : `All ${plural(paperCount, 'paper')} already have`;
  return `${who} ${result.tags.map((tag) => `“${tag}”`).join(', ')}.`;
}

/** The question asked before a rename merges two tags. */
export function mergeQuestion(preview: TagRenamePreview): string {
  const carry = preview.papers === 1 ? 'paper will carry' : 'papers will carry';
  return `Merge “${preview.from}” into “${preview.to}”? ${preview.papers} ${carry} “${preview.to}”.`;
}
