import type { TaggingResult } from '../../preload/api';
import { UsageError } from '../cliArgs';
import type { LibraryDb } from '../db/openLibrary';
import { getPaper } from '../db/paperQueries';
import { addNote } from '../library/notes';
import { resolvePaperRef } from '../library/paperRefs';
import { setStatus } from '../library/queues';
import { addTags, removeTags } from '../library/tags';
import { redo, undo } from '../library/undo';
import type { CliIo, Command, Values } from './command';
import { parseStatus } from './listCommand';

/** After a change, --json prints the paper in the `list --json` shape; otherwise one line says what happened. */
function report(db: LibraryDb, id: number, values: Values, io: CliIo, message: string): void {
  io.stdout(values.json ? JSON.stringify(getPaper(db, id), null, 2) : message);
}

export const statusCommand: Command = {
  usage: 'status ID|CITEKEY unread|reading|read [--json]',
  options: ['json'],
  prepare(args, values, io) {
    const [ref, raw, ...extra] = args;
    if (ref === undefined || raw === undefined || extra.length > 0) {
      throw new UsageError('status takes a paper (id or citation key) and a queue: unread, reading or read.');
    }
    const status = parseStatus(raw, 'the queue') ?? 'unread';
    return (db) => {
      const id = resolvePaperRef(db, ref);
      setStatus(db, [id], status);
      report(db, id, values, io, `Moved ${getPaper(db, id)?.citekey ?? ref} to ${status}.`);
    };
  },
};

export interface TagChanges {
  add: string[];
  remove: string[];
}

/** `+name` adds, `-name` removes, a bare name adds; a quoted name may hold spaces. */
export function parseTagChanges(words: readonly string[]): TagChanges {
  const changes: TagChanges = { add: [], remove: [] };
  for (const word of words) {
    if (word.startsWith('-')) changes.remove.push(word.slice(1));
    else changes.add.push(word.startsWith('+') ? word.slice(1) : word);
  }
  return changes;
}

/** What the person could not see from the tag list alone: an existing tag used for a typed name, or nothing new. */
function describeTagging(result: TaggingResult, paper: string): string[] {
  const lines = result.existing.map(({ typed, tag }) => `Added the existing tag “${tag}” for “${typed}”.`);
  if (result.added === 0) lines.push(`${paper} already has ${result.tags.join(', ')}.`);
  return lines;
}

export const tagCommand: Command = {
  usage: 'tag ID|CITEKEY +name -name ... [--json]   add and remove tags ("+deep learning" with quotes)',
  options: ['json'],
  prepare(args, values, io) {
    const [ref, ...words] = args;
    if (ref === undefined || words.length === 0)
      throw new UsageError('tag takes a paper and at least one +name or -name.');
    const { add, remove } = parseTagChanges(words);
    return (db) => {
      const id = resolvePaperRef(db, ref);
      const tagging = add.length > 0 ? addTags(db, [id], add) : null;
      if (remove.length > 0) removeTags(db, [id], remove);
      const paper = getPaper(db, id);
      if (tagging && !values.json)
        for (const line of describeTagging(tagging, paper?.citekey ?? ref)) io.stdout(line);
      report(db, id, values, io, `${paper?.citekey ?? ref}: ${paper?.tags.join(', ') || 'no tags'}`);
    };
  },
};

export const noteCommand: Command = {
  usage: 'note ID|CITEKEY TEXT [--quote SPAN] [--json]   add a note, optionally on a span of the abstract',
  options: ['quote', 'json'],
  prepare(args, values, io) {
    const [ref, ...words] = args;
    const body = words.join(' ');
    if (ref === undefined || body.trim() === '')
      throw new UsageError('note takes a paper and the text of the note.');
    return (db) => {
      const id = resolvePaperRef(db, ref);
      addNote(db, id, body, values.quote ?? null);
      report(db, id, values, io, `Added a note to ${getPaper(db, id)?.citekey ?? ref}.`);
    };
  },
};

function historyCommand(name: 'undo' | 'redo', run: (db: LibraryDb) => string): Command {
  return {
    usage: `${name} [--json]`,
    options: ['json'],
    prepare(args, values, io) {
      if (args.length > 0) throw new UsageError(`${name} takes no arguments.`);
      return (db) => {
        const label = run(db);
        io.stdout(
          values.json
            ? JSON.stringify({ [name === 'undo' ? 'undone' : 'redone']: label })
            : `${name === 'undo' ? 'Undid' : 'Redid'}: ${label}`,
        );
      };
    },
  };
}

export const undoCommand = historyCommand('undo', undo);
export const redoCommand = historyCommand('redo', redo);
