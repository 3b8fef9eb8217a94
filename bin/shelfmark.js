#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'out', 'main');
const cli = join(built, 'cli.js');
const loader = join(built, 'loadBundle.js');
// Both, or a build older than the code (cli.js made before loadBundle.js existed) would fail with a stack.
if (!existsSync(cli) || !existsSync(loader)) {
  process.stderr.write(
    'shelfmark: the CLI is not built yet, or was built from older code. Run `npm install` (or `npm run build`) in the Shelfmark folder.\n',
  );
  process.exit(1);
}
// `shelfmark list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
// The CLI is one bundled file, compiled with V8's code cache kept in the user's cache folder
// (out/main/loadBundle.js), one per command: made on a command's first run, used by the next ones.
const args = process.argv.slice(2);
const command = args.find((word, index) => !word.startsWith('-') && args[index - 1] !== '--db');
const variant = /^[a-z]{1,20}$/.test(command ?? '') ? command : 'other';
const bundle = require(loader).loadBundle(cli, process.env, variant);
void bundle.exports.runCli(args).then((code) => {
  process.exitCode = code;
  bundle.saveCache();
});
