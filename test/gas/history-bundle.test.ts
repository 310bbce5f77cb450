// The edit-history trigger inside build/Code.js, in a bare vm with only the fakes: as Apps Script calls it.
import { describe, expect, it } from '@jest/globals';
import { loadBuiltBundle } from './bundle';
import { exampleEnv } from './helpers';

describe('onLedgerEdit in the bundle', () => {
  it('set-up installs one trigger by name; the trigger logs a paste and leaves the ledger as typed', () => {
    const env = exampleEnv({ pinAsOf: true });
    const g = loadBuiltBundle(env);
    g.setupLedger();
    g.setupLedger();
    expect(env.triggers.all().filter((t) => t.handler === 'onLedgerEdit')).toHaveLength(1);
    env.setActiveUser('clerk@example.org');
    const range = env.calls.untracked(() => {
      const r = env.sheet('台账').getRange('J3:J4');
      r.setValues([['已完成'], ['未完成']]);
      return r;
    });
    const ledger = env.snapshot('台账');
    // Apps Script passes only the event: the services come from the globals.
    g.onLedgerEdit({ range, source: env.spreadsheet, authMode: 'FULL' });
    expect(
      env
        .values('修改记录')
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([
      ['clerk@example.org', 'J3', '2-1', '整改状态', '正在整改', '已完成'],
      ['clerk@example.org', 'J4', '2-2', '整改状态', '正在整改', '未完成'],
    ]);
    expect(env.snapshot('台账')).toEqual(ledger);
  });
});
