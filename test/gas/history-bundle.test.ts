// The edit-history trigger inside build/Code.js, in a bare vm with only the fakes: as Apps Script calls it.
import { describe, expect, it } from '@jest/globals';
import { EditEvents } from '../fakes/edits';
import { loadBuiltBundle } from './bundle';
import { exampleEnv } from './helpers';

describe('onLedgerEdit in the bundle', () => {
  it('set-up installs one trigger by name; the trigger logs a paste and leaves the ledger as typed', () => {
    const env = exampleEnv({ pinAsOf: true });
    const g = loadBuiltBundle(env);
    g.setupLedger();
    g.setupLedger();
    expect(env.triggers.all().filter((t) => t.handler === 'onLedgerEdit')).toHaveLength(1);
    env.lock.endExecution();
    const edits = new EditEvents(env, 'owner@example.org');
    edits.edit({ email: 'clerk@example.org', kind: 'sameDomain' }, '台账', 'J3:J4', [['已完成'], ['未完成']]);
    edits.edit({ email: 'clerk@example.org', kind: 'sameDomain' }, '台账', 'P3', [['补充说明']]);
    const ledger = env.snapshot('台账');
    // Apps Script passes only the event: the services come from the globals. The one-cell edit is delivered
    // first, though it was made second.
    edits.deliver((e) => g.onLedgerEdit(e), 1);
    edits.deliver((e) => g.onLedgerEdit(e));
    expect(
      env
        .values('修改记录')
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([
      ['clerk@example.org', 'P3', '2-1', '佐证材料', '', '补充说明'],
      // The paste was found by the first run's whole-sheet diff; a paste's event cannot say who pasted what.
      ['编辑者未知', 'J3', '2-1', '整改状态', '正在整改', '已完成'],
      ['编辑者未知', 'J4', '2-2', '整改状态', '正在整改', '未完成'],
    ]);
    expect(env.snapshot('台账')).toEqual(ledger);
  });
});
