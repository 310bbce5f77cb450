// Jest transformer: compiles TypeScript test and source files to CommonJS with esbuild.
const { transformSync } = require('esbuild');
const crypto = require('node:crypto');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: filename.endsWith('x') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      // Lazily loaded modules (`await import('exceljs')`) become require() calls, as in the CLI bundle:
      // Jest's module registry cannot run a real dynamic import without --experimental-vm-modules.
      supported: { 'dynamic-import': false },
    });
    return { code: result.code };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(source).update(filename).update('v2').digest('hex');
  },
};
