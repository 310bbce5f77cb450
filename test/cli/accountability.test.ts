// `rectify totals --json` and `rectify check` with the accountability columns and 销号需审核 in a settings file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main';
import { accountabilityLedger, captureIo, scratchDir } from './helpers';

function files(review: boolean): { ledger: string; settings: string } {
  const dir = scratchDir();
  const ledger = accountabilityLedger(dir);
  const settings = join(dir, 'settings.csv');
  writeFileSync(settings, `项目,值\n销号需审核,${review ? '是' : '否'}\n`);
  return { ledger, settings };
}

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n') };
}

describe('rectify totals --json shows the accountability figures', () => {
  it('with 销号需审核 = 是: pending approval, extensions, on-time rate, overdue days and ageing', async () => {
    const f = files(true);
    const { out } = await run(
      'totals',
      f.ledger,
      '--settings',
      f.settings,
      '--as-of',
      '2024-10-30',
      '--json',
    );
    const t = JSON.parse(out);
    expect(t).toMatchObject({
      total: 5,
      pendingApproval: 1,
      extended: 1,
      extensionsUnapproved: 1,
      overdue: 2,
      completionRate: 0.2,
      onTime: { measured: 2, onTime: 1, late: 1, undated: 0, rate: 0.5 },
      ageing: { days1to30: 1, days31to90: 0, over90: 1 },
      completionsByMonth: [
        { month: '2024-09', count: 1 },
        { month: '2024-10', count: 1 },
      ],
    });
    expect(t.overdueDays.map((o: { id: string; daysOverdue: number }) => [o.id, o.daysOverdue])).toEqual([
      ['5', 122],
      ['4', 30],
    ]);
    expect(t.sentence).toContain('已完成整改1个，待审核1个');
  });

  it('with 销号需审核 = 否: every done row is closed', async () => {
    const f = files(false);
    const { out } = await run(
      'totals',
      f.ledger,
      '--settings',
      f.settings,
      '--as-of',
      '2024-10-30',
      '--json',
    );
    expect(JSON.parse(out)).toMatchObject({ pendingApproval: 0, completionRate: 0.4 });
  });
});

describe('rectify check reports the closing and extension rules', () => {
  it('names the cells: missing approval, the unapproved extension', async () => {
    const f = files(true);
    const { out } = await run('check', f.ledger, '--settings', f.settings, '--as-of', '2024-10-30', '--json');
    const codes = JSON.parse(out)
      .findings.map((x: { cell: string; code: string }) => `${x.cell} ${x.code}`)
      .filter((x: string) => /closure|extension/.test(x));
    expect(codes).toEqual(['K3 closure.no-approver', 'L3 closure.no-date', 'J5 extension.unapproved']);
  });
});
