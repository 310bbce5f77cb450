// The bundle targets ES2020: it runs with every newer built-in deleted, and its stack traces name our functions.
import vm from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { loadBuiltBundle } from './bundle';
import { exampleEnv } from './helpers';
import { runWholeSession } from './session';

/**
 * Built-ins added after ES2020 (ES2021 to ES2025), by the object that carries them. esbuild lowers syntax to
 * the target but never polyfills a built-in, so a call to one of these would throw in an older runtime.
 */
const NEWER_THAN_ES2020: Record<string, string[]> = {
  Object: ['hasOwn', 'groupBy'],
  Map: ['groupBy'],
  Promise: ['any', 'withResolvers'],
  'Array.prototype': ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'],
  Array: ['fromAsync'],
  'String.prototype': ['at', 'replaceAll', 'isWellFormed', 'toWellFormed'],
  'Object.getPrototypeOf(Int8Array.prototype)': [
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
    'with',
  ],
  'Set.prototype': [
    'union',
    'intersection',
    'difference',
    'symmetricDifference',
    'isSubsetOf',
    'isSupersetOf',
    'isDisjointFrom',
  ],
  'ArrayBuffer.prototype': ['resize', 'transfer', 'transferToFixedLength'],
  Atomics: ['waitAsync'],
  globalThis: ['AggregateError', 'WeakRef', 'FinalizationRegistry', 'Iterator', 'structuredClone'],
};

const PRELUDE = Object.entries(NEWER_THAN_ES2020)
  .flatMap(([owner, names]) => names.map((n) => `delete (${owner})[${JSON.stringify(n)}];`))
  .join('\n');

describe('ES2020 only', () => {
  it('runs every command, sidebar call and trigger with the built-ins newer than ES2020 deleted', () => {
    const { context } = runWholeSession({ withTemplate: true, prelude: PRELUDE });
    // The deletions held: a bundle that needed any of them would have thrown above.
    expect(
      vm.runInContext('typeof Object.hasOwn + typeof [].at + typeof "".replaceAll + typeof WeakRef', context),
    ).toBe('undefinedundefinedundefinedundefined');
  });
});

describe('stack traces in the executions log', () => {
  it('name our functions, internal ones included (esbuild keepNames), not minified letters', () => {
    const env = exampleEnv();
    const context = loadBuiltBundle(env);
    env.spreadsheet.getSheetByName = () => {
      throw new Error('boom');
    };
    let stack = '';
    try {
      vm.runInContext('validateLedger()', context);
    } catch (error) {
      stack = String((error as Error).stack);
    }
    expect(stack).toMatch(/at sheetByNames \(/);
    expect(stack).toMatch(/at readSettingsSheet \(/);
    expect(stack).toMatch(/at loadLedger \(/);
    expect(stack).toMatch(/at validateLedger \(/);
    expect(stack).toMatch(/at runCommand \(/);
  });
});
