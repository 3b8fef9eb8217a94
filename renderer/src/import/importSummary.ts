import type { ImportPreview } from '../../../preload/api';
import { plural } from '../plural';

/** What a preview found, telling a title repeated in the paste apart from one already in the library. */
export function duplicateSummary(preview: Pick<ImportPreview, 'candidates'>): string {
  let inLibrary = 0;
  let inPaste = 0;
  for (const candidate of preview.candidates) {
    if (candidate.duplicateOf?.kind === 'library') inLibrary += 1;
    else if (candidate.duplicateOf?.kind === 'paste') inPaste += 1;
  }
  const repeated = inPaste > 0 ? `, ${inPaste} repeated in this paste` : '';
  return `${inLibrary} already in your library${repeated}`;
}

export function foundSummary(preview: Pick<ImportPreview, 'candidates'>): string {
  return `found ${plural(preview.candidates.length, 'paper')}`;
}
