// The daily run's writes after sending, in their order: alert, remember it, write the log, remember the skips.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { dailyReminders } from '../../src/gas/reminders/daily';
import { enableDailyReminders } from '../../src/gas/reminders/trigger';
import { type FakeEnv, GasException } from '../fakes';
import { EXAMPLE_NOW, exampleEnv, exampleGrid, servicesOf } from './helpers';

const LOG = '提醒记录';
const HEADER = [
  '时间',
  '统计日期',
  '收件人',
  '类型',
  '事项',
  '阶段',
  '状态',
  '说明',
  '记录（程序用，请勿修改）',
];
const OWNER = 'owner@example.org';

/** The example with reminders on, row 11's address malformed, and an existing 提醒记录 holding its header. */
function setUp(): FakeEnv {
  const grid = exampleGrid('ledger');
  grid[10][7] = 'office-at-example.org';
  const env = exampleEnv({
    ledger: { name: '台账', values: grid },
    extraSheets: [{ name: LOG, values: [HEADER] }],
  });
  enableDailyReminders(servicesOf(env));
  env.lock.endExecution();
  return env;
}

/** Sheets refuses every write to 提醒记录 from now on, after the run has checked it could write (a rare race). */
function logWritesFail(env: FakeEnv): void {
  const sheet = env.sheet(LOG);
  const real = sheet.getRange.bind(sheet);
  sheet.getRange = ((...args: Parameters<typeof real>) => {
    const range = real(...args);
    range.setValues = () => {
      throw new GasException('Service Spreadsheets failed while accessing document');
    };
    return range;
  }) as typeof sheet.getRange;
}

function run(env: FakeEnv, now = EXAMPLE_NOW) {
  const result = dailyReminders(undefined, servicesOf(env, now));
  env.lock.endExecution();
  return result;
}

const ownerMail = (env: FakeEnv) => env.sentMail.filter((m) => m.to === OWNER);

describe('the daily run when 提醒记录 cannot be written after sending', () => {
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    jest.spyOn(console, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('has alerted the owner first and remembered it, but remembers no skip the log does not hold', () => {
    const env = setUp();
    logWritesFail(env);
    const result = run(env);
    expect(result.status).toBe('failed');
    expect(result.error).toBe('Service Spreadsheets failed while accessing document');
    // The digests went out before the write, and the owner was told of the skipped row.
    expect(result.sent).toHaveLength(5);
    expect(result.alerted).toBe(true);
    expect(ownerMail(env)).toHaveLength(1);
    expect(ownerMail(env)[0]?.body).toContain('第11行：邮箱地址格式不正确：office-at-example.org');
    // The one "alerted today" memory is in the document, not in the log that could not be written.
    expect(env.metadata.get('rectify.reminders.alertedOn')).toBe('2024-10-30');
    expect(env.metadata.has('rectify.reminders.skipsReported')).toBe(false);
    expect(env.values(LOG)).toEqual([HEADER]);
    // Apps Script's executions log says why.
    expect(logged).toEqual([
      'Rectify: the reminder log could not be written: Service Spreadsheets failed while accessing document',
    ]);
  });

  it('on the next run the same day: the skip is told again in the log, the owner is not mailed again', () => {
    const env = setUp();
    logWritesFail(env);
    run(env);
    env.calls.untracked(() => env.spreadsheet.deleteSheet(env.sheet(LOG)));
    const again = run(env, new Date('2024-10-30T20:00:00+08:00'));
    expect(again.status).toBe('done');
    expect(again.reported.map((k) => k.row)).toEqual([11]);
    expect(again.alerted).toBe(false);
    expect(ownerMail(env)).toHaveLength(1);
    const skipped = env
      .values(LOG)
      .slice(1)
      .filter((r) => r[6] === '未发送（地址有误）');
    expect(skipped).toHaveLength(1);
    expect(env.metadata.get('rectify.reminders.skipsReported')).toBeTruthy();
  });
});
