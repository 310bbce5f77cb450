// Jest global set-up: builds build/Code.js and dist/cli.js once, before any test reads them.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const root = join(__dirname, '..');
  // One build for the whole run: bundle tests in parallel workers must not rebuild the file others read.
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
};
