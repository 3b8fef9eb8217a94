import type { DocColumns, TextColumn } from './docColumns';
import type { IndexState } from './indexSnapshot';

/** Postings are `document × 32 + field mask` (SearchIndex's MASK_BITS). */
const DOC_SHIFT = 32;

function joinText(first: TextColumn, second: TextColumn): TextColumn {
  const count = first.starts.length - 1;
  const starts = new Uint32Array(count + second.starts.length);
  starts.set(first.starts.subarray(0, count));
  const shift = first.text.length;
  for (let at = 0; at < second.starts.length; at += 1) starts[count + at] = (second.starts[at] ?? 0) + shift;
  return { text: first.text + second.text, starts };
}

function joinTyped<T extends Int32Array | Uint8Array>(first: T, second: T, make: (length: number) => T): T {
  const joined = make(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/** The papers of `second` after those of `first`; tags are named in the order first met, as one build names them. */
function joinColumns(first: DocColumns, second: DocColumns): DocColumns {
  const tagNames = [...first.tagNames];
  const refOf = new Map(tagNames.map((name, ref) => [name, ref]));
  const remap = second.tagNames.map((name) => {
    let ref = refOf.get(name);
    if (ref === undefined) {
      ref = tagNames.push(name) - 1;
      refOf.set(name, ref);
    }
    return ref;
  });
  const count = first.ids.length;
  const tagStarts = new Uint32Array(count + second.ids.length + 1);
  tagStarts.set(first.tagStarts.subarray(0, count));
  const shift = first.tagRefs.length;
  for (let at = 0; at < second.tagStarts.length; at += 1)
    tagStarts[count + at] = (second.tagStarts[at] ?? 0) + shift;
  const tagRefs = new Uint32Array(first.tagRefs.length + second.tagRefs.length);
  tagRefs.set(first.tagRefs);
  for (let at = 0; at < second.tagRefs.length; at += 1)
    tagRefs[shift + at] = remap[second.tagRefs[at] ?? 0] ?? 0;
  return {
    ids: joinTyped(first.ids, second.ids, (length) => new Int32Array(length)),
    statuses: joinTyped(first.statuses, second.statuses, (length) => new Uint8Array(length)),
    years: joinTyped(first.years, second.years, (length) => new Int32Array(length)),
    titles: joinText(first.titles, second.titles),
    authors: joinText(first.authors, second.authors),
    venues: joinText(first.venues, second.venues),
    tagStarts,
    tagRefs,
    tagNames,
  };
}

/**
 * One index of the papers of `first` then those of `second`, each built apart (on two threads):
 * the terms merged in order, a term's postings those of `first` then those of `second`
 * renumbered after them. The same state one build of all the papers in that order exports.
 */
export function mergeStates(first: IndexState, second: IndexState): IndexState {
  const shift = first.docs.ids.length * DOC_SHIFT;
  const terms: string[] = [];
  const offsets: number[] = [];
  const postings = new Int32Array(first.postings.length + second.postings.length);
  let at = 0;
  let a = 0;
  let b = 0;
  while (a < first.terms.length || b < second.terms.length) {
    const termA = first.terms[a];
    const termB = second.terms[b];
    const takeA = termA !== undefined && (termB === undefined || termA <= termB);
    const takeB = termB !== undefined && (termA === undefined || termB <= termA);
    terms.push((takeA ? termA : termB) ?? '');
    offsets.push(at);
    if (takeA) {
      const list = first.postings.subarray(first.offsets[a], first.offsets[a + 1]);
      postings.set(list, at);
      at += list.length;
      a += 1;
    }
    if (takeB) {
      const end = second.offsets[b + 1] ?? 0;
      for (let from = second.offsets[b] ?? 0; from < end; from += 1)
        postings[at++] = (second.postings[from] ?? 0) + shift;
      b += 1;
    }
  }
  offsets.push(at);
  return {
    terms,
    offsets: Uint32Array.from(offsets),
    postings,
    docs: joinColumns(first.docs, second.docs),
    removed: first.removed + second.removed,
  };
}
