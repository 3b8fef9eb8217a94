import type { Paper, PaperEdit, RekeyChange } from '../../preload/api';
import { UsageError } from '../cliArgs';
import { getPaper } from '../db/paperQueries';
import { addPaper, editPaper } from '../library/editPaper';
import { plural, resolvePaperRef } from '../library/paperRefs';
import { applyRekey, previewRekey } from '../library/rekey';
import type { CliIo, Command, Values } from './command';
import { applyCreatorOptions, applyExtraOptions, parseFieldOptions } from './editOptions';
import { formatPaperRecord } from './formatPapers';

const EDIT_OPTIONS = ['title', 'type', 'set', 'extra', 'author', 'editor', 'translator', 'json'] as const;

function print(paper: Paper, values: Values, io: CliIo): void {
  io.stdout(values.json ? JSON.stringify(paper, null, 2) : formatPaperRecord(paper));
}

function withPaperParts(
  values: Values,
  edit: PaperEdit,
  paper: Pick<Paper, 'creators' | 'extraFields'>,
): PaperEdit {
  const creators = applyCreatorOptions(values, paper.creators);
  const extraFields = applyExtraOptions(values, paper.extraFields);
  return { ...edit, ...(creators ? { creators } : {}), ...(extraFields ? { extraFields } : {}) };
}

export const editCommand: Command = {
  usage: `edit ID|CITEKEY [--set FIELD=VALUE ...] [--author NAME ...] [--editor NAME ...] [--type TYPE]
           [--title T] [--extra NAME=VALUE ...] [--json]   change a paper's record (one undo step)`,
  options: EDIT_OPTIONS,
  prepare(args, values, io) {
    const [ref, ...extra] = args;
    if (ref === undefined || extra.length > 0)
      throw new UsageError('edit takes one paper (id or citation key) and options.');
    const edit = parseFieldOptions(values);
    const touches =
      Object.keys(edit).length > 0 ||
      EDIT_OPTIONS.some((option) => option !== 'json' && values[option] !== undefined);
    if (!touches)
      throw new UsageError(
        'edit needs something to change: --set FIELD=VALUE, --author NAME, --type TYPE ...',
      );
    return (db) => {
      const id = resolvePaperRef(db, ref);
      const paper = getPaper(db, id) as Paper;
      print(editPaper(db, id, withPaperParts(values, edit, paper)), values, io);
    };
  },
};

export const addByHandCommand: Command = {
  usage: `add --title T [--set FIELD=VALUE ...] [--author NAME ...] [--type TYPE] [--json]   add a paper by hand`,
  options: EDIT_OPTIONS,
  prepare(args, values, io) {
    if (args.length > 0) throw new UsageError(`add takes only options, got "${args.join(' ')}".`);
    if (values.title === undefined) throw new UsageError('add needs --title.');
    const { title = values.title, ...edit } = parseFieldOptions(values);
    return (db) =>
      print(addPaper(db, title, withPaperParts(values, edit, { creators: [], extraFields: [] })), values, io);
  },
};

function formatChanges(changes: readonly RekeyChange[]): string[] {
  const width = Math.max(...changes.map((change) => change.from.length));
  return changes.map((change) => `  ${change.from.padEnd(width)}  ->  ${change.to}   ${change.title}`);
}

export const rekeyCommand: Command = {
  usage: `rekey ID|CITEKEY ... | --only-provisional [--yes] [--json]   show the keys papers would get now; --yes applies them`,
  options: ['only-provisional', 'yes', 'json'],
  prepare(args, values, io) {
    const onlyProvisional = values['only-provisional'] === true;
    if (onlyProvisional === args.length > 0) {
      throw new UsageError(
        'rekey takes papers (ids or citation keys), or --only-provisional for every provisional key.',
      );
    }
    return (db) => {
      const ids = onlyProvisional ? undefined : args.map((ref) => resolvePaperRef(db, ref));
      const apply = values.yes === true;
      const changes = apply ? applyRekey(db, ids) : previewRekey(db, ids);
      if (values.json) {
        io.stdout(JSON.stringify({ applied: apply && changes.length > 0, changes }, null, 2));
        return;
      }
      if (changes.length === 0) {
        io.stdout('No citation key would change.');
        return;
      }
      const count = plural(changes.length, 'citation key');
      io.stdout(
        apply
          ? [`Changed ${count}:`, ...formatChanges(changes)].join('\n')
          : [
              `Would change ${count}:`,
              ...formatChanges(changes),
              'Nothing was changed; run again with --yes to apply.',
            ].join('\n'),
      );
    };
  },
};
