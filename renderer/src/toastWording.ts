/**
 * The window's toasts share one style: what happened, in the past tense, no final period
 * ("Imported 249 papers", "Moved 1 paper to Reading", "Exported 3 papers"). The core names
 * each change in the imperative ("Import 249 papers"), which the CLI and undo also print.
 */
const PAST_TENSE: Record<string, string> = {
  Add: 'Added',
  Change: 'Changed',
  Color: 'Colored',
  Delete: 'Deleted',
  Edit: 'Edited',
  Import: 'Imported',
  Look: 'Looked',
  Move: 'Moved',
  Reject: 'Rejected',
  Rename: 'Renamed',
  Reorder: 'Reordered',
  Tag: 'Tagged',
  Untag: 'Untagged',
  Update: 'Updated',
};

/** "Move 1 paper to Read" → "Moved 1 paper to Read"; a label with a verb not listed is shown as it is. */
export function doneMessage(label: string): string {
  const space = label.indexOf(' ');
  const verb = space === -1 ? label : label.slice(0, space);
  const past = PAST_TENSE[verb];
  return past ? past + label.slice(verb.length) : label;
}

/** "Undid: Move 1 paper to Read", as the CLI says it. */
export function stepMessage(direction: 'undo' | 'redo', label: string): string {
  return `${direction === 'undo' ? 'Undid' : 'Redid'}: ${label}`;
}
