import type { Paper } from '../../preload/api';

/**
 * A JSON array written as `JSON.stringify(items, null, 2)` writes it at `depth` (1 for a
 * top-level array, 2 for an object's property), one chunk per batch: "[" first, items indented
 * and separated by commas, "]" last, "[]" when empty. JSON strings never hold a raw line end, so
 * indenting every line of an item is safe.
 */
export function* jsonArrayChunks(
  batches: Iterable<readonly Paper[]>,
  toItem: (paper: Paper) => unknown,
  depth: number,
): Generator<string> {
  const indent = '  '.repeat(depth);
  const closing = '  '.repeat(depth - 1);
  let first = true;
  for (const batch of batches) {
    let chunk = '';
    for (const paper of batch) {
      const item = JSON.stringify(toItem(paper), null, 2).replace(/\n/g, `\n${indent}`);
      chunk += `${first ? '[' : ','}\n${indent}${item}`;
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield first ? '[]' : `\n${closing}]`;
}
