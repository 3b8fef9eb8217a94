#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(
    'shelfmark: the CLI is not built yet. Run `npm install` (or `npm run build`) in the Shelfmark folder.\n',
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
const bundle = require(join(__dirname, '..', 'out', 'main', 'loadBundle.js')).loadBundle(
  cli,
  process.env,
  variant,
);
void bundle.exports.runCli(args).then((code) => {
  process.exitCode = code;
  bundle.saveCache();
});
