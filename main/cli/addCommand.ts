import type { Command } from './command';
import { addByIdCommand } from './lookupCommands';
import { addByHandCommand } from './recordCommands';

/** `add ID ...` looks papers up by identifier; `add --title T ...` (no identifiers) types one in by hand. */
export const addCommand: Command = {
  usage: `${addByIdCommand.usage}\n  ${addByHandCommand.usage}`,
  options: [...new Set([...addByIdCommand.options, ...addByHandCommand.options])],
  prepare(args, values, io) {
    return (args.length > 0 ? addByIdCommand : addByHandCommand).prepare(args, values, io);
  },
};
