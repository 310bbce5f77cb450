// dailyReminders and previewReminders on the fakes: one digest per office, no resend, quota, escaping, failures, call counts.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Cell } from '../../src/core';
import { dailyReminders, previewReminders } from '../../src/gas/reminders/daily';
import { enableDailyReminders } from '../../src/gas/reminders/trigger';
import { GasException } from '../fakes';
import { EXAMPLE_NOW, exampleEnv, exampleGrid, servicesOf } from './helpers';

const LOG = '提醒记录';
const OFFICES: Record<string, string[]> = {
  'office@example.org': ['1', '4-3', '12-2', '12-3'],
  'liaison@example.org': ['2-1', '2-2', '2-3', '5'],
  'creation@example.org': ['3-1', '3-2', '3-3'],
  'finance@example.org': ['7-4'],
  'hr@example.org': ['10-1', '10-2', '10-3'],
};

const at = (date: string) => new Date(`${date}T08:00:00+08:00`);

/** The example spreadsheet with reminders turned on by its owner. */
function enabled(options: Parameters<typeof exampleEnv>[0] = {}) {
  const env = exampleEnv(options);
  enableDailyReminders(servicesOf(env));
  env.lock.endExecution();
  return env;
}

function run(env: ReturnType<typeof exampleEnv>, now: Date = EXAMPLE_NOW) {
  const result = dailyReminders(undefined, servicesOf(env, now));
  env.lock.endExecution();
  return result;
}

/** The 提醒记录 rows below the header as [recipient, status, items]. */
function logRows(env: ReturnType<typeof exampleEnv>): string[][] {
  return env
    .values(LOG)
    .slice(1)
    .map((r) => [String(r[2]), String(r[6]), String(r[4])]);
}

describe('dailyReminders on the example at 2024-10-30', () => {
  it('mails each of the five offices one digest naming all of its items, and logs each', () => {
    const env = enabled();
    const ledgerBefore = env.values('台账');
    const result = run(env);
    expect(result.status).toBe('done');
    expect(env.sentMail.map((m) => m.to).sort()).toEqual(Object.keys(OFFICES).sort());
    for (const mail of env.sentMail) {
      for (const id of OFFICES[mail.to]) {
        expect(mail.body).toContain(`编号${id}【`);
        expect(mail.htmlBody).toContain(`<td valign="top">${id}</td>`);
      }
      expect(mail.name).toBe('整改台账助手');
      expect(mail.from).toBe('owner@example.org');
    }
    const office = env.sentMail.find((m) => m.to === 'office@example.org')!;
    expect(office.subject).toBe('【整改提醒】办公室：4项已逾期（截至2024年10月30日）');
    expect(office.htmlBody).toContain(
      'href="https://docs.google.com/spreadsheets/d/1FakeSpreadsheetId0123456789abcdefghijklmno/edit#gid=',
    );
    expect(office.htmlBody).toMatch(/#gid=\d+&#38;range=A11"/);
    expect(logRows(env)).toHaveLength(5);
    expect(logRows(env).every((r) => r[1] === '已发送')).toBe(true);
    expect(logRows(env).find((r) => r[0] === 'finance@example.org')![2]).toBe('7-4（到期前1天）');
    // Text that Sheets would read as a date or formula stays text; the ledger is untouched.
    expect(env.values(LOG)[1][1]).toBe('2024-10-30');
    expect(env.values('台账')).toEqual(ledgerBefore);
  });

  it('sends nothing on a second run the same day, and writes no log row', () => {
    const env = enabled();
    run(env);
    const again = run(env, new Date('2024-10-30T20:00:00+08:00'));
    expect(again.sent).toEqual([]);
    expect(env.sentMail).toHaveLength(5);
    expect(logRows(env)).toHaveLength(5);
  });

  it('with a quota of 2 sends two, logs three deferred, and sends those first the next day', () => {
    const env = enabled({ mailQuota: 2 });
    const day1 = run(env);
    expect(day1.sent).toHaveLength(2);
    expect(day1.deferred).toHaveLength(3);
    expect(logRows(env).map((r) => r[1])).toEqual([
      '已发送',
      '已发送',
      '已推迟（超出当日邮件配额）',
      '已推迟（超出当日邮件配额）',
      '已推迟（超出当日邮件配额）',
    ]);
    env.mail.quota = 100; // a new day, a new quota
    const day2 = run(env, at('2024-10-31'));
    expect(day2.sent).toEqual(day1.deferred);
    expect(env.sentMail.slice(2).map((m) => m.to)).toEqual(day1.deferred);
    expect(new Set(env.sentMail.map((m) => m.to)).size).toBe(5);
    expect(run(env, at('2024-10-31')).sent).toEqual([]);
  });

  it('logs what went out when Google refuses mail before the quota it reported is spent', () => {
    const env = enabled();
    const real = env.MailApp.sendEmail.bind(env.MailApp);
    let calls = 0;
    env.MailApp.sendEmail = (...args: unknown[]) => {
      if (++calls > 2) throw new GasException('Service invoked too many times for one day: email.');
      real(...args);
    };
    const result = run(env);
    expect(result.sent).toHaveLength(2);
    expect(result.deferred).toHaveLength(3);
    expect(logRows(env).map((r) => r[1].slice(0, 3))).toEqual([
      '已发送',
      '已发送',
      '已推迟',
      '已推迟',
      '已推迟',
    ]);
  });

  it('escapes ledger text: an <img onerror> in a problem arrives as text in the HTML body', () => {
    const grid = exampleGrid('ledger');
    grid[6][3] = '<img src=x onerror="alert(1)">文艺阵地建设用力不够';
    const env = enabled({ ledger: { name: '台账', values: grid } });
    run(env);
    const mail = env.sentMail.find((m) => m.to === 'creation@example.org')!;
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;文艺阵地建设用力不够');
    expect(mail.body).toContain('<img src=x onerror="alert(1)">文艺阵地建设用力不够');
  });

  it('mails the deadline in force after an approved extension, and keeps an unapproved one overdue', () => {
    // 12-2 (due 2024-09-30) moved with approval to 2024-11-05; 4-3 moved without approval.
    const grid: Cell[][] = exampleGrid('ledger').map((r, i) => {
      if (i === 0) return [...r, '延期至', '延期批准'];
      if (r[0] === '12-2') return [...r, '2024-11-05', '党组会议纪要〔2024〕5号'];
      return [...r, r[0] === '4-3' ? '2024-11-05' : '', ''];
    });
    const env = enabled({ ledger: { name: '台账', values: grid } });
    run(env);
    const office = env.sentMail.find((m) => m.to === 'office@example.org')!;
    expect(office.subject).toBe('【整改提醒】办公室：3项已逾期、1项即将到期（截至2024年10月30日）');
    expect(office.body).toContain('编号12-2【还剩6天】');
    expect(office.body).toContain('整改时限：2024年11月5日（经批准延期，原定2024年9月30日）');
    expect(office.htmlBody).toContain('2024年11月5日（经批准延期，原定2024年9月30日）');
    expect(office.body).toMatch(/编号4-3【已逾期\d+天】/);
    expect(logRows(env).find((r) => r[0] === 'office@example.org')![2]).toContain('12-2（到期前7天）');
    expect(env.values('台账')).toEqual(grid);
  });

  it('escalates overdue items to the leader whose address 设置 gives', () => {
    const settings: Cell[][] = [...exampleGrid('settings').filter((r) => r[0] !== '统计截止日期')];
    settings.push(['牵头领导邮箱', '分管人事领导=hr-lead@example.org']);
    const env = enabled({ settings });
    run(env);
    const lead = env.sentMail.find((m) => m.to === 'hr-lead@example.org')!;
    expect(lead.subject).toBe('【整改逾期抄报】分管人事领导：3项已逾期（截至2024年10月30日）');
    expect(env.sentMail).toHaveLength(6);
  });

  it('reaches only the allowed domain and reports the rest', () => {
    const settings: Cell[][] = [...exampleGrid('settings').filter((r) => r[0] !== '统计截止日期')];
    settings.push(['允许的邮箱域名', 'example.gov.cn']);
    const env = enabled({ settings });
    const result = run(env);
    expect(result.skipped.filter((s) => s.reason === 'domain')).toHaveLength(15);
    // No office hears anything; the trigger's owner is told which rows were not sent, and why.
    expect(env.sentMail.map((m) => m.to)).toEqual(['owner@example.org']);
    expect(env.sentMail[0].body).toContain(
      '第2行的邮箱 office@example.org 不在允许的域名 example.gov.cn 内，未发送',
    );
    const skippedRows = env
      .values(LOG)
      .slice(1)
      .filter((r) => r[6] === '未发送（地址有误）');
    expect(skippedRows).toHaveLength(15);
    expect(skippedRows[0].slice(2, 4)).toEqual(['office@example.org', '运行']);
    expect(skippedRows[0][7]).toContain('不在允许的域名');
  });

  it('skips a malformed address, sends the rest, and reports the row once in 提醒记录 and to the owner', () => {
    const grid = exampleGrid('ledger');
    grid[10][7] = 'office-at-example.org'; // row 11 (4-3, overdue) of 办公室
    const env = enabled({ ledger: { name: '台账', values: grid } });
    const first = run(env);
    expect(first.status).toBe('done');
    expect(first.reported.map((k) => [k.row, k.reason])).toEqual([[11, 'malformed']]);
    // 办公室 still gets its other three items; 4-3 is in nobody's mail.
    const office = env.sentMail.find((m) => m.to === 'office@example.org')!;
    expect(office.body).not.toContain('编号4-3【');
    expect(office.body).toContain('编号12-2【');
    const owner = env.sentMail.filter((m) => m.to === 'owner@example.org');
    expect(owner).toHaveLength(1);
    expect(owner[0].body).toContain('第11行：邮箱地址格式不正确：office-at-example.org');
    const skipped = () =>
      env
        .values(LOG)
        .slice(1)
        .filter((r) => r[6] === '未发送（地址有误）');
    expect(skipped()).toHaveLength(1);
    expect(skipped()[0][7]).toBe('第11行：邮箱地址格式不正确：office-at-example.org（多个地址用分号隔开）');
    // The next days: still skipped, but not told again, neither in the log nor by mail.
    const later = run(env, at('2024-11-06'));
    expect(later.skipped.map((k) => k.row)).toEqual([11]);
    expect(later.reported).toEqual([]);
    expect(skipped()).toHaveLength(1);
    expect(env.sentMail.filter((m) => m.to === 'owner@example.org')).toHaveLength(1);
    // Fixed, then broken again: told again.
    env.calls.untracked(() => env.sheet('台账').getRange('H11').setValue('office@example.org'));
    expect(run(env, at('2024-11-13')).reported).toEqual([]);
    env.calls.untracked(() => env.sheet('台账').getRange('H11').setValue('office@example'));
    expect(run(env, at('2024-11-20')).reported.map((k) => k.row)).toEqual([11]);
    expect(skipped()).toHaveLength(2);
    expect(env.values('台账')[10][7]).toBe('office@example');
    // The preview names it too, and sends nothing.
    const mails = env.sentMail.length;
    previewReminders(servicesOf(env, at('2024-11-20')));
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      '无法提醒：\n- 第11行：邮箱地址格式不正确：office@example',
    );
    expect(env.sentMail).toHaveLength(mails);
  });

  it('writes subject, bodies and log in English when the 语言 setting says en', () => {
    const settings: Cell[][] = [...exampleGrid('settings').filter((r) => r[0] !== '统计截止日期')];
    settings.push(['语言', 'en']);
    const env = enabled({ settings });
    run(env);
    const office = env.sentMail.find((m) => m.to === 'office@example.org')!;
    expect(office.subject).toBe('[Rectification reminder] 办公室: 4 overdue (as of 30 October 2024)');
    expect(office.body).toContain('ID 4-3 [60 days overdue]');
    expect(office.htmlBody).toContain('<td valign="top">4-3</td>');
    expect(office.name).toBe('Rectify');
    expect(env.values(LOG)[0].slice(0, 3)).toEqual(['Time', 'Date', 'Recipient']);
    expect(env.values(LOG)[1][6]).toBe('sent');
  });
});

describe('stage progression in the sheet over simulated days', () => {
  it('announces an item 7 days before, 1 day before, when overdue, then weekly', () => {
    const grid = exampleGrid('ledger').slice(0, 2);
    grid[1][8] = '2024-11-20';
    const env = enabled({ ledger: { name: '台账', values: grid } });
    const days: string[] = [];
    for (let d = new Date('2024-11-01T08:00:00+08:00'); d < new Date('2024-12-06T00:00:00+08:00'); ) {
      const result = run(env, d);
      if (result.sent.length > 0) days.push(d.toISOString().slice(0, 10));
      d = new Date(d.getTime() + 86400000);
    }
    expect(days).toEqual(['2024-11-13', '2024-11-19', '2024-11-21', '2024-11-28', '2024-12-05']);
    expect(env.sentMail.map((m) => m.body.match(/【(.+?)】/)?.[0])).toEqual([
      '【还剩7天】',
      '【明天到期】',
      '【已逾期1天】',
      '【已逾期8天】',
      '【已逾期15天】',
    ]);
  });
});

describe('failures', () => {
  function failingFor(env: ReturnType<typeof exampleEnv>, address: string) {
    const real = env.MailApp.sendEmail.bind(env.MailApp);
    env.MailApp.sendEmail = (...args: unknown[]) => {
      const to = (args[0] as { to?: string }).to;
      if (to === address) throw new GasException(`Invalid email: ${address}`);
      real(...args);
    };
  }

  it('logs a failed digest, sends the others, and tells the trigger owner once a day', () => {
    const env = enabled();
    failingFor(env, 'hr@example.org');
    const first = run(env);
    expect(first.failed).toEqual([{ recipient: 'hr@example.org', message: 'Invalid email: hr@example.org' }]);
    expect(first.alerted).toBe(true);
    const alerts = () => env.sentMail.filter((m) => m.to === 'owner@example.org');
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0].body).toContain('发给 hr@example.org 失败：Invalid email: hr@example.org');
    const status = Object.fromEntries(logRows(env).map((r) => [r[0], r[1]]));
    expect(status).toEqual({
      'office@example.org': '已发送',
      'liaison@example.org': '已发送',
      'creation@example.org': '已发送',
      'finance@example.org': '已发送',
      'hr@example.org': '失败',
      'owner@example.org': '已发送',
    });
    // Later the same day it fails again: retried, logged, but the owner is not mailed twice.
    const second = run(env, new Date('2024-10-30T20:00:00+08:00'));
    expect(second.failed).toHaveLength(1);
    expect(second.alerted).toBe(false);
    expect(alerts()).toHaveLength(1);
    // The next day the owner hears again.
    expect(run(env, at('2024-10-31')).alerted).toBe(true);
    expect(alerts()).toHaveLength(2);
  });

  it('logs a run that cannot find the ledger and alerts the owner, once a day', () => {
    const env = enabled();
    env.calls.untracked(() => env.spreadsheet.deleteSheet(env.sheet('台账')));
    const result = run(env);
    expect(result.status).toBe('failed');
    expect(result.error).toContain('找不到台账');
    expect(env.sentMail.map((m) => m.to)).toEqual(['owner@example.org']);
    expect(
      env
        .values(LOG)
        .slice(1)
        .map((r) => [r[3], r[6]]),
    ).toEqual([
      ['运行', '失败'],
      ['故障通知', '已发送'],
    ]);
    run(env, new Date('2024-10-30T21:00:00+08:00'));
    expect(env.sentMail).toHaveLength(1);
  });

  it('sends nothing when the log sheet is protected against the trigger owner, and says so once', () => {
    // The spreadsheet belongs to someone else, who protected the log against its editors.
    const env = enabled({
      owner: 'boss@example.org',
      extraSheets: [
        {
          name: LOG,
          values: [['时间', '统计日期', '收件人', '类型', '事项', '阶段', '状态', '说明', '记录']],
        },
      ],
    });
    const protection = env.calls.untracked(() => env.sheet(LOG).protect());
    protection._editors = ['boss@example.org'];
    const result = run(env);
    expect(result.status).toBe('failed');
    expect(env.sentMail.map((m) => m.to)).toEqual(['owner@example.org']);
    expect(env.sentMail[0].body).toContain('受保护');
    run(env, new Date('2024-10-30T21:00:00+08:00'));
    expect(env.sentMail).toHaveLength(1);
  });

  it('waits for a running command and gives up without sending when the lock stays taken', () => {
    const env = enabled();
    env.lock.holdByOther('document');
    expect(run(env).status).toBe('busy');
    expect(env.sentMail).toHaveLength(0);
    expect(env.lock.attempts.at(-1)).toMatchObject({ method: 'tryLock', timeoutMs: 60000, acquired: false });
  });
});

describe('service calls per run', () => {
  /** A ledger of `rows` problems spread over `offices` addresses, all overdue or due soon at 2024-10-30. */
  function ledger(rows: number, offices: number): Cell[][] {
    const grid: Cell[][] = [exampleGrid('ledger')[0]];
    for (let i = 0; i < rows; i++) {
      const row = [...exampleGrid('ledger')[1]];
      row[0] = `${i + 1}`;
      row[3] = `第${i + 1}个问题`;
      row[7] = `office${i % offices}@example.org`;
      row[8] = i % 2 === 0 ? '2024-09-30' : '2024-10-31';
      grid.push(row);
    }
    return grid;
  }

  /** Calls of the 2024-10-30 run, after a run a week earlier has started the log. */
  function callsFor(rows: number, offices: number) {
    const env = enabled({ ledger: { name: '台账', values: ledger(rows, offices) } });
    run(env, at('2024-10-23'));
    env.calls.reset();
    const before = env.sentMail.length;
    run(env);
    expect(env.sentMail.length - before).toBe(offices);
    return { total: env.calls.total(), snapshot: env.calls.snapshot() };
  }

  it('do not grow with rows, and grow by one sendEmail per recipient', () => {
    const small = callsFor(20, 5);
    const large = callsFor(2000, 5);
    expect(large.snapshot).toEqual(small.snapshot);
    const more = callsFor(2000, 10);
    expect(more.total - large.total).toBe(5);
    expect(more.snapshot['MailApp.sendEmail']).toBe(10);
    expect(small.snapshot['Range.getValues']).toBe(3); // 设置, 台账, 提醒记录 — each read once
    expect(small.snapshot['Range.setValues']).toBe(1); // the whole log, once
    // 44 fixed calls (lock, user, three reads, links, quota, getMaxRows and getMaxColumns to grow the log
    // before it is written, one log write; the owner record from the spreadsheet's developer metadata — one
    // getDeveloperMetadata, a getKey and getValue per stored key — and the old document properties checked once
    // for a record to move) + 1 sendEmail a digest.
    expect(small.snapshot['Sheet.getMaxRows']).toBe(1);
    expect(small.snapshot['Spreadsheet.getDeveloperMetadata']).toBe(1);
    expect(small.total).toBe(44 + 5);
    expect(more.total).toBe(44 + 10);
  });
});

describe('previewReminders', () => {
  it('shows who would get what, sends and writes nothing', () => {
    const env = exampleEnv();
    const preview = previewReminders(servicesOf(env));
    expect(preview?.plan.digests).toHaveLength(5);
    expect(env.sentMail).toHaveLength(0);
    expect(env.spreadsheet._sheets.map((s) => s.getName())).not.toContain(LOG);
    const alert = env.ui.alerts.at(-1)!;
    expect(alert.title).toBe('预览今日提醒');
    expect(alert.prompt).toContain('截至 2024-10-30，今天将发送 5 封提醒邮件');
    expect(alert.prompt).toContain('office@example.org — 【整改提醒】办公室：4项已逾期');
    expect(alert.prompt).toContain('每日提醒尚未开启');
  });

  it('after a run, shows that nothing is left to send today, and who sends', () => {
    const env = enabled();
    run(env);
    previewReminders(servicesOf(env));
    const prompt = env.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain('今天没有需要发送的提醒');
    expect(prompt).toContain('另有 15 项已按阶段提醒过');
    expect(prompt).toContain('每天 8 点左右由 owner@example.org 的账号发送');
  });
});

describe('which trigger sends', () => {
  const TRIGGER_KEY = 'rectify.reminders.trigger';
  const OWNER = 'owner@example.org';
  const ids = (env: ReturnType<typeof exampleEnv>) =>
    env.triggers
      .all()
      .filter((t) => t.handler === 'dailyReminders')
      .map((t) => t.id);
  const fire = (env: ReturnType<typeof exampleEnv>, id: string) => {
    const result = dailyReminders(env.triggers.clockEvent(id), servicesOf(env));
    env.lock.endExecution();
    return result;
  };
  const duplicate = (env: ReturnType<typeof exampleEnv>) =>
    env.ScriptApp.newTrigger('dailyReminders').timeBased().atHour(8).everyDays(1).create().getUniqueId();

  describe.each([
    ['sheet-bound', false],
    ['add-on', true],
  ])('%s build', (_name, addon) => {
    beforeEach(() => {
      if (addon) (globalThis as { RECTIFY_ADDON?: boolean }).RECTIFY_ADDON = true;
    });
    afterEach(() => {
      delete (globalThis as { RECTIFY_ADDON?: boolean }).RECTIFY_ADDON;
    });

    it('a stray duplicate of the owner’s trigger sends nothing and deletes only itself when it fires', () => {
      const env = enabled();
      const recorded = env.metadata.get(TRIGGER_KEY)!;
      const stray = duplicate(env);
      const result = fire(env, stray);
      expect(result.status).toBe('not-owner');
      expect(env.sentMail).toHaveLength(0);
      expect(ids(env)).toEqual([recorded]);
      expect(fire(env, recorded).sent).toHaveLength(5);
      expect(ids(env)).toEqual([recorded]);
    });
  });

  it('reminders turned on before trigger ids were kept go on: the first trigger to fire becomes the recorded one', () => {
    const env = exampleEnv();
    const first = duplicate(env);
    const second = duplicate(env);
    env.properties.document.set('rectify.reminders.owner', OWNER);
    env.properties.document.set('rectify.reminders.hour', '8');
    expect(fire(env, first).sent).toHaveLength(5);
    expect(env.metadata.get(TRIGGER_KEY)).toBe(first);
    expect(fire(env, second).status).toBe('not-owner');
    expect(ids(env)).toEqual([first]);
    expect(env.sentMail).toHaveLength(5);
  });
});
