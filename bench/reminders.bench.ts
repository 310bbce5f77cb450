// Bench of reminders: the planner on 1k–100k rows, a year of 提醒记录 as memory, and a full run over the fakes.
import {
  addDays,
  type Cell,
  DEFAULT_SETTINGS,
  type LogEntry,
  logRow,
  parseLedger,
  planReminders,
  readReminderLog,
} from '../src/core';
import { dailyReminders } from '../src/gas/reminders/daily';
import { enableDailyReminders } from '../src/gas/reminders/trigger';
import { createFakeEnv } from '../test/fakes';
import { servicesOf } from '../test/gas/helpers';
import { generateLedger, HEADERS } from './generate';
import { measure, report } from './measure';

const AS_OF = '2024-10-30';

/** A 提醒记录 grid of `days` daily runs to `recipients` addresses, 5 items each. */
function yearOfLog(days: number, recipients: number): Cell[][] {
  const grid: Cell[][] = [['时间', '统计日期', '收件人', '类型', '事项', '阶段', '状态', '说明', '记录']];
  for (let d = 0; d < days; d++) {
    const date = addDays('2024-01-01', d);
    for (let r = 0; r < recipients; r++) {
      const entry: LogEntry = {
        date,
        recipient: `office${r}@example.org`,
        kind: 'office',
        status: 'sent',
        items: Array.from({ length: 5 }, (_, i) => ({
          key: `${d}-${r}-${i}`,
          id: `${d}-${r}-${i}`,
          due: date,
          stage: 'overdue' as const,
        })),
        note: '',
      };
      grid.push(logRow(entry, date, 'zh'));
    }
  }
  return grid;
}

async function main() {
  for (const rows of [1_000, 10_000, 100_000]) {
    const { ledger } = parseLedger(generateLedger(rows), { asOf: AS_OF });
    if (!ledger) throw new Error('no ledger');
    const m = await measure(() =>
      planReminders({ problems: ledger.problems, asOf: AS_OF, settings: DEFAULT_SETTINGS }),
    );
    const items = m.result.digests.reduce((n, d) => n + d.items.length, 0);
    report(
      `reminder plan ${rows.toLocaleString('en')} rows`,
      m,
      `${m.result.digests.length} digests, ${items} items`,
    );
  }

  const log = yearOfLog(365, 50);
  const m = await measure(() => readReminderLog(log));
  report(
    `read 提醒记录 of ${(log.length - 1).toLocaleString('en')} rows`,
    m,
    `${m.result.size.toLocaleString('en')} memories`,
  );

  for (const [rows, offices] of [
    [1_000, 6],
    [10_000, 6],
    [10_000, 60],
  ] as const) {
    const grid = generateLedger(rows).map((r, i) =>
      i === 0
        ? r
        : r.map((c, col) => (HEADERS[col] === '责任人邮箱' ? `office${i % offices}@example.org` : c)),
    );
    const env = createFakeEnv({ sheets: [{ name: '台账', values: grid }], mailQuota: 1000 });
    enableDailyReminders(servicesOf(env));
    env.lock.endExecution();
    env.calls.reset();
    const run = await measure(() => dailyReminders(undefined, servicesOf(env)));
    report(
      `dailyReminders over fakes ${rows.toLocaleString('en')} rows, ${offices} offices`,
      run,
      `${run.result.sent.length} mails, ${env.calls.total()} service calls (${env.calls.count('MailApp.sendEmail')} sendEmail)`,
    );
  }
}

void main();
