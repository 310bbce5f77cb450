// The document lock is taken only through runLocked: each entry point takes it once, with its kind's wait.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { onLedgerEdit } from '../../src/gas/history/edits';
import { LOCK_WAIT_BY_KIND, type RunKind, runLocked } from '../../src/gas/platform/run-locked';
import { type Services, withServices } from '../../src/gas/platform/services';
import { dailyReminders } from '../../src/gas/reminders/daily';
import { enableDailyReminders } from '../../src/gas/reminders/trigger';
import { saveSettings } from '../../src/gas/sidebar/settings';
import type { FakeEnv } from '../fakes';
import { exampleEnv, servicesOf } from './helpers';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Files (relative to src) whose code, comments aside, contains the call. */
function callers(call: RegExp): string[] {
  return sourceFiles(SRC)
    .filter((path) => {
      const code = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      return call.test(code);
    })
    .map((path) => relative(SRC, path).split('\\').join('/'));
}

interface LockCall {
  /** The function that asked LockService for the document lock, and the one that called it. */
  frames: string[];
}

/**
 * Services whose LockService notes, for every getDocumentLock, the functions on the stack: the fake lock still
 * decides, so behaviour is the real one.
 */
function countingLocks(env: FakeEnv): { s: Services; calls: LockCall[] } {
  const base = servicesOf(env);
  const calls: LockCall[] = [];
  const lock = {
    getDocumentLock: () => {
      const stack = String(new Error().stack ?? '');
      const frames = [...stack.matchAll(/at (?:Object\.)?([\w$]+) \(/g)].map((m) => m[1] ?? '');
      calls.push({ frames });
      return base.lock.getDocumentLock();
    },
    getScriptLock: () => base.lock.getScriptLock(),
    getUserLock: () => base.lock.getUserLock(),
  } as unknown as Services['lock'];
  return { s: withServices(base, { lock }), calls };
}

/** Runs one entry point on the example and returns its lock calls and attempts. */
function entry(prepare: (env: FakeEnv) => void, run: (s: Services, env: FakeEnv) => void) {
  const env = exampleEnv();
  prepare(env);
  env.lock.endExecution();
  const before = env.lock.attempts.length;
  const { s, calls } = countingLocks(env);
  run(s, env);
  return { calls, attempts: env.lock.attempts.slice(before) };
}

const nothing = () => undefined;

const ENTRY_POINTS: {
  name: string;
  kind: RunKind;
  prepare: (env: FakeEnv) => void;
  run: (s: Services, env: FakeEnv) => void;
}[] = [
  { name: 'a menu command (标记逾期)', kind: 'menu', prepare: nothing, run: (s) => colourLedger(s) },
  { name: 'the sidebar saving settings', kind: 'sidebar', prepare: nothing, run: (s) => saveSettings({}, s) },
  {
    name: 'the daily trigger',
    kind: 'daily',
    prepare: (env) => enableDailyReminders(servicesOf(env)),
    run: (s) => dailyReminders(undefined, s),
  },
  {
    name: 'the edit trigger',
    kind: 'edit',
    prepare: (env) => setupLedger(servicesOf(env)),
    run: (s, env) => {
      const range = env.sheet('台账').getRange('J3');
      onLedgerEdit({ range, source: env.spreadsheet, authMode: 'FULL' } as never, s);
    },
  },
];

describe('the document lock', () => {
  it('is asked of LockService only in sheet-executor, and withDocumentLock is called only by runLocked', () => {
    expect(callers(/\.getDocumentLock\(/)).toEqual(['gas/platform/sheet-executor.ts']);
    expect(callers(/withDocumentLock\s*(<[^>]*>)?\(/)).toEqual([
      'gas/platform/run-locked.ts',
      'gas/platform/sheet-executor.ts',
    ]);
  });

  for (const e of ENTRY_POINTS) {
    it(`is taken once by ${e.name}, through runLocked, waiting ${LOCK_WAIT_BY_KIND[e.kind]} ms`, () => {
      const { calls, attempts } = entry(e.prepare, e.run);
      expect(calls).toHaveLength(1);
      const frames = calls[0]?.frames ?? [];
      const at = frames.indexOf('withDocumentLock');
      expect(at).toBeGreaterThan(0);
      expect(frames[at + 1]).toBe('runLocked');
      expect(attempts).toEqual([
        { scope: 'document', method: 'tryLock', timeoutMs: LOCK_WAIT_BY_KIND[e.kind], acquired: true },
      ]);
    });
  }

  it('gives a person at the screen the shortest wait and the daily trigger the longest', () => {
    expect(LOCK_WAIT_BY_KIND.menu).toBeLessThanOrEqual(LOCK_WAIT_BY_KIND.edit);
    expect(LOCK_WAIT_BY_KIND.sidebar).toBeLessThanOrEqual(LOCK_WAIT_BY_KIND.edit);
    expect(LOCK_WAIT_BY_KIND.edit).toBeLessThan(LOCK_WAIT_BY_KIND.daily);
  });

  it('is taken again after a dialog with the wait of the run that lost it', () => {
    const env = exampleEnv();
    const ran = runLocked(servicesOf(env), 'edit', (relock) => {
      // A dialog suspends the script and its lock is gone when the person answers.
      env.lock.endExecution();
      relock();
      return env.lock.state('document');
    });
    expect(ran).toEqual({ ran: true, value: 'self' });
    expect(env.lock.attempts.map((a) => [a.method, a.timeoutMs, a.acquired])).toEqual([
      ['tryLock', LOCK_WAIT_BY_KIND.edit, true],
      ['tryLock', LOCK_WAIT_BY_KIND.edit, true],
    ]);
  });
});
