// Node-side helpers for bundle tests: a bare node:vm context whose only globals are the fakes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { FakeEnv } from './index';

/**
 * A context with only the env's globals (plus extra). Dates the fakes return are made with the
 * context's own Date, so `instanceof Date` holds inside the bundle, and templates see its globals.
 */
export function createVmContext(env: FakeEnv, extra: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...env.globals(), ...extra });
  env.setDateConstructor(vm.runInContext('Date', context) as DateConstructor);
  env.html.scope = context;
  return context;
}

/** Evaluates build/Code.js (or another file) in a fresh context and returns the context. */
export function loadBundle(
  env: FakeEnv,
  file = join(__dirname, '..', '..', 'build', 'Code.js'),
  extra: Record<string, unknown> = {},
  prelude?: string,
): vm.Context {
  const context = createVmContext(env, extra);
  if (prelude) vm.runInContext(prelude, context);
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return context;
}

/** Every *.html file of a directory as a name → content map for createFakeEnv({ htmlFiles }). */
export function htmlFilesFromDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.html')) files[f.slice(0, -'.html'.length)] = readFileSync(join(dir, f), 'utf8');
  }
  return files;
}
