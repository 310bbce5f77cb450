#!/usr/bin/env node
// Command-line entry: runs the bundled CLI, building it first when a fresh clone has no dist/ yet.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

// A failed write to stdout or stderr (a closed pipe, a full disk) is handled by dist/cli.js's io: exit 2, one line.
const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
