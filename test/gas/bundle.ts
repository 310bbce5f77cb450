// The built add-on (build/Code.js, made once by Jest's global set-up) loaded into a bare vm with the fakes.
import { join } from 'node:path';
import type vm from 'node:vm';
import type { FakeEnv } from '../fakes';
import { loadBundle } from '../fakes/vm';

export const BUNDLE = join(__dirname, '..', '..', 'build', 'Code.js');

export type BundleGlobals = Record<string, (...args: unknown[]) => unknown>;

/** The bundle evaluated with only the fakes' globals, as Apps Script runs it; its top-level functions. */
export function loadBuiltBundle(env: FakeEnv): vm.Context & BundleGlobals {
  return loadBundle(env, BUNDLE) as vm.Context & BundleGlobals;
}
