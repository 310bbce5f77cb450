// Reminder planner: one digest per address, stages announced once, weekly overdue repeats, quota, escaping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseCsv } from '../../src/cli/csv';
import {
  addDays,
  type CalendarDate,
  type Cell,
  DEFAULT_SETTINGS,
  type Digest,
  type LogEntry,
  logRow,
  MAX_DIGEST_ITEMS,
  type Problem,
  parseLedger,
  planReminders,
  type ReminderPlan,
  type ReminderSettings,
  readReminderLog,
  splitByQuota,
  stageOf,
} from '../../src/core';
import { parse as parseAcc } from './accountability-grid';
import { grid, row } from './grid';

const SETTINGS: ReminderSettings = DEFAULT_SETTINGS;
const LINK = { url: 'https://docs.google.com/spreadsheets/d/abc/edit', gid: 42 };

function parse(cells: Cell[][], asOf: CalendarDate = '2024-10-30') {
  const { ledger, findings } = parseLedger(cells, { asOf });
  if (!ledger) throw new Error('no ledger');
  return { problems: ledger.problems, findings };
}

function example(): Problem[] {
  const text = readFileSync(join(__dirname, '..', '..', 'examples', 'ledger.csv'), 'utf8');
  return parse(parseCsv(text)).problems;
}

const ids = (d: Digest) => d.items.map((i) => i.id).sort();
const byRecipient = (plan: ReminderPlan) =>
  Object.fromEntries(plan.digests.map((d) => [d.recipient, ids(d)]));

function entry(d: Digest, date: CalendarDate, status: LogEntry['status']): LogEntry {
  return {
    date,
    recipient: d.recipient,
    kind: d.kind,
    status,
    items: d.items.map((i) => ({ key: i.key, id: i.id, due: i.due, stage: i.stage })),
    note: '',
  };
}

/** A 提醒记录 sheet held as rows, grown the way the Apps Script adapter grows it. */
class Log {
  readonly rows: Cell[][] = [['时间', '统计日期', '收件人', '类型', '事项', '阶段', '状态', '说明', '记录']];
  record(digests: Digest[], date: CalendarDate, status: LogEntry['status']): void {
    for (const d of digests) this.rows.push(logRow(entry(d, date, status), `${date} 08:00`, 'zh'));
  }
  get memory() {
    return readReminderLog(this.rows);
  }
}

describe('planReminders on the example ledger at 2024-10-30', () => {
  const problems = example();

  it('gives the five offices with due or overdue items one digest each, naming all their items', () => {
    const plan = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS, link: LINK });
    expect(byRecipient(plan)).toEqual({
      'office@example.org': ['1', '12-2', '12-3', '4-3'],
      'liaison@example.org': ['2-1', '2-2', '2-3', '5'],
      'creation@example.org': ['3-1', '3-2', '3-3'],
      'finance@example.org': ['7-4'],
      'hr@example.org': ['10-1', '10-2', '10-3'],
    });
    // 9-3 (due in December) and every done item stay out.
    expect(plan.digests.flatMap((d) => d.items.map((i) => i.id))).not.toContain('9-3');
    const office = plan.digests.find((d) => d.recipient === 'office@example.org')!;
    expect(office.items.map((i) => i.daysLeft)).toEqual([-60, -30, -30, -30]);
    expect(office.subject).toBe('【整改提醒】办公室：4项已逾期（截至2024年10月30日）');
    expect(office.text).toContain('编号4-3【已逾期60天】');
    expect(office.text).toContain(`${LINK.url}#gid=42&range=A11`);
    expect(office.html).toContain(`href="${LINK.url}#gid=42&#38;range=A11"`);
  });

  it('sends nothing new on a second run the same day', () => {
    const log = new Log();
    const first = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS });
    log.record(first.digests, '2024-10-30', 'sent');
    const second = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS, memory: log.memory });
    expect(second.digests).toHaveLength(0);
    expect(second.alreadyAnnounced).toBe(15);
  });

  it('with a quota of 2 sends two, defers three, and sends the three first the next day', () => {
    const log = new Log();
    const day1 = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS, memory: log.memory });
    const { send, defer } = splitByQuota(day1.digests, 2);
    expect(send).toHaveLength(2);
    expect(defer).toHaveLength(3);
    log.record(send, '2024-10-30', 'sent');
    log.record(defer, '2024-10-30', 'deferred');
    const day2 = planReminders({ problems, asOf: '2024-10-31', settings: SETTINGS, memory: log.memory });
    expect(day2.digests.map((d) => d.recipient).sort()).toEqual(defer.map((d) => d.recipient).sort());
    expect(day2.digests.every((d) => d.waiting)).toBe(true);
    log.record(day2.digests, '2024-10-31', 'sent');
    const day3 = planReminders({ problems, asOf: '2024-10-31', settings: SETTINGS, memory: log.memory });
    expect(day3.digests).toHaveLength(0);
  });
});

describe('waiting digests go first', () => {
  it('puts a deferred digest before a more urgent new one', () => {
    const { problems } = parse(
      grid(
        row({ 编号: 'A', 责任人邮箱: 'a@example.org', 整改时限: '2024-11-06' }),
        row({ 编号: 'B', 责任人邮箱: 'b@example.org', 整改时限: '2024-09-01' }, 2),
      ),
    );
    const log = new Log();
    const first = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS });
    expect(first.digests.map((d) => d.recipient)).toEqual(['b@example.org', 'a@example.org']);
    const { send, defer } = splitByQuota(first.digests, 1);
    log.record(send, '2024-10-30', 'sent');
    log.record(defer, '2024-10-30', 'deferred');
    // A week later B repeats (overdue) and is the more urgent, but A has waited since yesterday.
    const later = planReminders({ problems, asOf: '2024-11-06', settings: SETTINGS, memory: log.memory });
    expect(later.digests.map((d) => [d.recipient, d.waiting])).toEqual([
      ['a@example.org', true],
      ['b@example.org', false],
    ]);
  });

  it('treats quota 0, negative or NaN as nothing to send', () => {
    const digests = planReminders({ problems: example(), asOf: '2024-10-30', settings: SETTINGS }).digests;
    for (const quota of [0, -3, Number.NaN]) expect(splitByQuota(digests, quota).send).toHaveLength(0);
    expect(splitByQuota(digests, 100).send).toHaveLength(5);
  });
});

describe('stage progression over simulated days', () => {
  const { problems } = parse(grid(row({ 编号: 'X-1', 整改时限: '2024-11-20' })));

  function run(days: CalendarDate[], settings: ReminderSettings = SETTINGS) {
    const log = new Log();
    const sent: string[] = [];
    for (const day of days) {
      const plan = planReminders({ problems, asOf: day, settings, memory: log.memory });
      log.record(plan.digests, day, 'sent');
      for (const d of plan.digests) for (const i of d.items) sent.push(`${day} ${i.stage}`);
    }
    return sent;
  }

  const everyDay = (from: CalendarDate, to: CalendarDate) => {
    const out: CalendarDate[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
    return out;
  };

  it('announces 7 days before, 1 day before, the day after, then weekly', () => {
    expect(run(everyDay('2024-11-01', '2024-12-10'))).toEqual([
      '2024-11-13 d7',
      '2024-11-19 d1',
      '2024-11-21 overdue',
      '2024-11-28 overdue',
      '2024-12-05 overdue',
    ]);
  });

  it('catches up on the stage reached when a run was missed, without sending the missed stage late', () => {
    expect(run(['2024-11-19', '2024-11-20', '2024-11-25', '2024-11-26', '2024-12-02'])).toEqual([
      '2024-11-19 d1',
      '2024-11-25 overdue',
      '2024-12-02 overdue',
    ]);
  });

  it('follows the settings: stages 3 and 0, repeat every 2 days', () => {
    const settings = { ...SETTINGS, reminderStages: [3, 0], overdueRepeatDays: 2 };
    expect(run(everyDay('2024-11-15', '2024-11-25'), settings)).toEqual([
      '2024-11-17 d3',
      '2024-11-20 d0',
      '2024-11-21 overdue',
      '2024-11-23 overdue',
      '2024-11-25 overdue',
    ]);
  });

  it('counts days across a year end and a leap day', () => {
    const across = parse(grid(row({ 编号: 'Y', 整改时限: '2025-01-02' }))).problems;
    const leap = parse(grid(row({ 编号: 'L', 整改时限: '2024-03-01' }))).problems;
    const runOn = (ps: Problem[], days: CalendarDate[]) => {
      const log = new Log();
      const sent: string[] = [];
      for (const day of days) {
        // Each day runs twice, as a re-run trigger would: the second run must send nothing.
        for (let n = 0; n < 2; n++) {
          const plan = planReminders({ problems: ps, asOf: day, settings: SETTINGS, memory: log.memory });
          log.record(plan.digests, day, 'sent');
          for (const d of plan.digests) for (const i of d.items) sent.push(`${day} ${i.stage}`);
        }
      }
      return sent;
    };
    expect(runOn(across, everyDay('2024-12-20', '2025-01-20'))).toEqual([
      '2024-12-26 d7',
      '2025-01-01 d1',
      '2025-01-03 overdue',
      '2025-01-10 overdue',
      '2025-01-17 overdue',
    ]);
    expect(runOn(leap, everyDay('2024-02-20', '2024-03-03'))).toEqual([
      '2024-02-23 d7',
      '2024-02-29 d1',
      '2024-03-02 overdue',
    ]);
  });

  it('starts the stages again when the deadline moves', () => {
    const log = new Log();
    log.record(
      planReminders({ problems, asOf: '2024-11-19', settings: SETTINGS }).digests,
      '2024-11-19',
      'sent',
    );
    const moved = parse(grid(row({ 编号: 'X-1', 整改时限: '2024-12-20' }))).problems;
    const plan = planReminders({
      problems: moved,
      asOf: '2024-12-13',
      settings: SETTINGS,
      memory: log.memory,
    });
    expect(plan.digests[0].items.map((i) => i.stage)).toEqual(['d7']);
  });

  it('stops once the item is done', () => {
    const done = parse(
      grid(row({ 编号: 'X-1', 整改时限: '2024-11-20', 整改状态: '已完成', 完成日期: '2024-11-18' })),
      '2024-11-19',
    );
    expect(
      planReminders({ problems: done.problems, asOf: '2024-11-19', settings: SETTINGS }).digests,
    ).toEqual([]);
  });

  it('never announces a numbered stage twice nor repeats an overdue item sooner than the setting', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (offsets, repeat) => {
          const days = offsets.sort((a, b) => a - b).map((o) => addDays('2024-11-01', o));
          const sent = run(days, { ...SETTINGS, overdueRepeatDays: repeat });
          const numbered = sent.filter((s) => !s.endsWith('overdue')).map((s) => s.split(' ')[1]);
          expect(new Set(numbered).size).toBe(numbered.length);
          const overdue = sent.filter((s) => s.endsWith('overdue')).map((s) => s.split(' ')[0]);
          for (let i = 1; i < overdue.length; i++)
            expect(addDays(overdue[i - 1], repeat) <= overdue[i]).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a large office', () => {
  it('lists at most 100 items in one mail, most urgent first, and the rest the next day', () => {
    const rows = Array.from({ length: 130 }, (_, i) =>
      row({ 编号: `B-${i + 1}`, 整改时限: addDays('2024-10-01', i % 28) }, i + 1),
    );
    const { problems } = parse(grid(...rows));
    const log = new Log();
    const [first] = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS }).digests;
    expect(first.items).toHaveLength(MAX_DIGEST_ITEMS);
    expect(first.heldOver).toBe(30);
    expect(first.items[0].daysLeft).toBe(-29);
    expect(first.text).toContain('另有 30 项到期或逾期事项将在下一次提醒中列出');
    log.record([first], '2024-10-30', 'sent');
    const [next] = planReminders({
      problems,
      asOf: '2024-10-31',
      settings: SETTINGS,
      memory: log.memory,
    }).digests;
    expect(next.items).toHaveLength(30);
    expect(new Set([...first.items, ...next.items].map((i) => i.id)).size).toBe(130);
  });
});

describe('stageOf', () => {
  it('picks the nearest stage reached', () => {
    expect([10, 8, 7, 5, 2, 1, 0, -1].map((d) => stageOf(d, [7, 1]))).toEqual([
      null,
      null,
      'd7',
      'd7',
      'd7',
      'd1',
      'd1',
      'overdue',
    ]);
    expect(stageOf(3, [])).toBeNull();
  });
});

describe('recipients', () => {
  it('sends one address both its own items and the overdue items it leads, in two sections', () => {
    const { problems } = parse(
      grid(
        row({ 编号: 'O', 责任人邮箱: 'sec@example.org', 牵头领导: '副主席', 整改时限: '2024-10-31' }),
        row({ 编号: 'L', 责任人邮箱: 'office@example.org', 牵头领导: '党组书记', 整改时限: '2024-10-01' }, 2),
        row({ 编号: 'S', 责任人邮箱: 'office@example.org', 牵头领导: '党组书记', 整改时限: '2024-11-02' }, 3),
      ),
    );
    const settings = { ...SETTINGS, leaderEmails: { 党组书记: 'sec@example.org' } };
    const plan = planReminders({ problems, asOf: '2024-10-30', settings });
    const sec = plan.digests.find((d) => d.recipient === 'sec@example.org')!;
    expect(sec.kind).toBe('both');
    expect(sec.items.map((i) => `${i.id}:${i.role}`)).toEqual(['O:owner', 'L:leader']);
    expect(sec.text).toContain('您负责的事项（1项）');
    expect(sec.text).toContain('您牵头的已逾期事项（1项）');
    // Only overdue items are escalated: S is due soon and stays with its office.
    expect(byRecipient(plan)['office@example.org']).toEqual(['L', 'S']);
  });

  it('escalates overdue items to the leader named in 设置, once a week like the office', () => {
    const { problems } = parse(
      grid(
        row({ 编号: 'L', 牵头领导: '党组成员、副主席', 整改时限: '2024-10-01' }),
        row({ 编号: 'M', 牵头领导: '纪检组长', 整改时限: '2024-10-02' }, 2),
      ),
    );
    const settings = { ...SETTINGS, leaderEmails: { 副主席: 'vice@example.org' } };
    const log = new Log();
    const plan = planReminders({ problems, asOf: '2024-10-30', settings });
    const leader = plan.digests.find((d) => d.recipient === 'vice@example.org')!;
    expect(leader.kind).toBe('leader');
    expect(ids(leader)).toEqual(['L']);
    expect(leader.subject).toBe('【整改逾期抄报】副主席：1项已逾期（截至2024年10月30日）');
    expect(leader.html).toContain('责任科室');
    expect(plan.skipped.map((s) => s.message)).toEqual([
      '牵头领导“纪检组长”在设置“牵头领导邮箱”中没有邮箱，第3行的逾期事项未抄报',
    ]);
    log.record(plan.digests, '2024-10-30', 'sent');
    const after = planReminders({ problems, asOf: '2024-11-05', settings, memory: log.memory });
    expect(after.digests).toEqual([]);
    const week = planReminders({ problems, asOf: '2024-11-06', settings, memory: log.memory });
    expect(week.digests.map((d) => d.recipient).sort()).toEqual(['office@example.org', 'vice@example.org']);
  });

  it('keeps the memory per address: a deferred co-owner still gets the item after the other was sent', () => {
    const { problems } = parse(
      grid(row({ 编号: 'T', 责任人邮箱: 'a@example.org; b@example.org', 整改时限: '2024-10-31' })),
    );
    const log = new Log();
    const day1 = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS });
    const { send, defer } = splitByQuota(day1.digests, 1);
    log.record(send, '2024-10-30', 'sent');
    log.record(defer, '2024-10-30', 'deferred');
    const day2 = planReminders({ problems, asOf: '2024-10-31', settings: SETTINGS, memory: log.memory });
    expect(day2.digests.map((d) => d.recipient)).toEqual(defer.map((d) => d.recipient));
  });

  it('skips and reports malformed addresses, rows without one, and addresses outside the allowed domain', () => {
    const { problems, findings } = parse(
      grid(
        row({ 编号: 'M', 责任人邮箱: 'not-an-address; ok@example.org', 整改时限: '2024-10-31' }),
        row({ 编号: 'N', 责任人邮箱: '', 整改时限: '2024-10-31' }, 2),
        row({ 编号: 'D', 责任人邮箱: 'someone@gmail.com', 整改时限: '2024-10-31' }, 3),
        row({ 编号: 'F', 责任人邮箱: 'far@gmail.com', 整改时限: '2025-06-30' }, 4),
      ),
    );
    const settings = { ...SETTINGS, allowedDomain: '@example.org' };
    const plan = planReminders({ problems, asOf: '2024-10-30', settings, findings });
    expect(byRecipient(plan)).toEqual({ 'ok@example.org': ['M'] });
    expect(plan.skipped.map((s) => [s.row, s.reason, s.address])).toEqual([
      [2, 'malformed', ''],
      [3, 'noAddress', ''],
      [4, 'domain', 'someone@gmail.com'],
    ]);
    expect(plan.skipped[0].message).toContain('not-an-address');
    expect(plan.skipped[2].message).toBe(
      '第4行的邮箱 someone@gmail.com 不在允许的域名 @example.org 内，未发送',
    );
  });

  it('treats addresses differing only in case as one mailbox, and allows subdomains of the allowed domain', () => {
    const { problems } = parse(
      grid(
        row({ 编号: 'A', 责任人邮箱: 'Office@Dept.Example.org', 整改时限: '2024-10-31' }),
        row({ 编号: 'B', 责任人邮箱: 'office@dept.example.org', 整改时限: '2024-10-01' }, 2),
        row({ 编号: 'C', 责任人邮箱: 'x@notexample.org', 整改时限: '2024-10-01' }, 3),
      ),
    );
    const plan = planReminders({
      problems,
      asOf: '2024-10-30',
      settings: { ...SETTINGS, allowedDomain: 'EXAMPLE.org' },
    });
    expect(byRecipient(plan)).toEqual({ 'Office@Dept.Example.org': ['A', 'B'] });
    expect(plan.skipped.map((s) => [s.id, s.reason])).toEqual([['C', 'domain']]);
  });

  it('names the row of a malformed address, so the clerk can find it', () => {
    const { problems, findings } = parse(
      grid(row({ 编号: 'M', 责任人邮箱: 'office-at-example.org', 整改时限: '2024-10-31' }, 1)),
    );
    const plan = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS, findings });
    expect(plan.skipped.map((s) => s.message)).toEqual([
      '第2行：邮箱地址格式不正确：office-at-example.org（多个地址用分号隔开）',
    ]);
  });

  it('orders digests by their most urgent item, leader items included', () => {
    const { problems } = parse(
      grid(
        row({ 编号: 'S', 牵头领导: '', 责任人邮箱: 'soon@example.org', 整改时限: '2024-10-20' }),
        row({ 编号: 'O', 牵头领导: '', 责任人邮箱: 'boss@example.org', 整改时限: '2024-11-01' }, 2),
        row({ 编号: 'L', 牵头领导: '副主席', 责任人邮箱: 'other@example.org', 整改时限: '2024-09-01' }, 3),
      ),
    );
    const settings = { ...SETTINGS, leaderEmails: { 副主席: 'boss@example.org' } };
    const plan = planReminders({ problems, asOf: '2024-10-30', settings });
    // boss@ owns O (due in 2 days) and leads L (59 days overdue): L makes it the most urgent digest.
    expect(plan.digests.map((d) => d.recipient)).toEqual([
      'boss@example.org',
      'other@example.org',
      'soon@example.org',
    ]);
  });

  it('does not let a leader address outside the allowed domain receive mail', () => {
    const { problems } = parse(grid(row({ 编号: 'L', 整改时限: '2024-10-01' })));
    const settings = {
      ...SETTINGS,
      allowedDomain: 'example.org',
      leaderEmails: { 党组书记: 'boss@gmail.com' },
    };
    const plan = planReminders({ problems, asOf: '2024-10-30', settings });
    expect(plan.digests.map((d) => d.recipient)).toEqual(['office@example.org']);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['leaderDomain']);
  });
});

describe('digest bodies', () => {
  const evil = '<img src=x onerror="alert(1)"> & 未落实';
  const { problems } = parse(
    grid(row({ 编号: '<b>1</b>', 问题描述: evil, 责任科室: '办公室<script>', 整改时限: '2024-10-31' })),
  );

  it('escapes every ledger text in HTML, so markup arrives as text', () => {
    const [digest] = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS, link: LINK }).digests;
    expect(digest.html).not.toMatch(/<img|<script|<b>1/);
    expect(digest.html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; 未落实');
    expect(digest.html).toContain('办公室&#60;script&#62;');
    expect(digest.text).toContain(evil);
  });

  it('never links anything but an http(s) URL', () => {
    const [digest] = planReminders({
      problems,
      asOf: '2024-10-30',
      settings: SETTINGS,
      link: { url: 'javascript:alert(1)//', gid: 0 },
    }).digests;
    expect(digest.html).not.toContain('href=');
    expect(digest.html).toContain('第2行');
  });

  it('keeps the subject on one line', () => {
    const multi = parse(
      grid(row({ 责任科室: '办公室\r\nBcc: x@evil.org', 整改时限: '2024-10-31' })),
    ).problems;
    const [digest] = planReminders({ problems: multi, asOf: '2024-10-30', settings: SETTINGS }).digests;
    expect(digest.subject).not.toMatch(/[\r\n]/);
  });

  it('writes English for English settings', () => {
    const [digest] = planReminders({
      problems: example(),
      asOf: '2024-10-30',
      settings: { ...SETTINGS, language: 'en' },
    }).digests;
    expect(digest.subject).toBe('[Rectification reminder] 办公室: 4 overdue (as of 30 October 2024)');
    expect(digest.text).toContain('ID 4-3 [60 days overdue]');
    expect(digest.text).toContain('once 7 days, 1 day before the deadline, then every 7 days while overdue.');
  });
});

describe('the 提醒记录 log', () => {
  it('writes readable columns and a record the next run reads back, whatever people do to the rest', () => {
    const [digest] = planReminders({ problems: example(), asOf: '2024-10-30', settings: SETTINGS }).digests;
    const cells = logRow(entry(digest, '2024-10-30', 'sent'), 'T', 'zh');
    expect(cells.slice(1, 8)).toEqual([
      '2024-10-30',
      'office@example.org',
      '责任人',
      '4-3（逾期）、1（逾期）、12-2（逾期）、12-3（逾期）',
      '逾期',
      '已发送',
      '',
    ]);
    // Sheets turns the date column into a Date and someone clears the human columns: the record still counts.
    const edited: Cell[] = [new Date(), new Date(), '', '', '', '', '', '', cells[8]];
    const memory = readReminderLog([
      ['header'],
      edited,
      ['', '', 'hand-written note'],
      ['x', '{"v":1,broken'],
    ]);
    expect(memory.lastSent('OFFICE@example.org', '4-3', '2024-08-31', 'overdue')).toBe('2024-10-30');
    expect(memory.unreadableRows).toEqual([3, 4]);
  });

  it('remembers the day the trigger owner was told of a failure', () => {
    const alert = logRow(
      {
        date: '2024-10-30',
        recipient: 'me@example.org',
        kind: 'alert',
        status: 'sent',
        items: [],
        note: 'x',
      },
      'T',
      'zh',
    );
    const memory = readReminderLog([['h'], alert]);
    expect(memory.alertedOn('2024-10-30')).toBe(true);
    expect(memory.alertedOn('2024-10-31')).toBe(false);
  });
});

describe('deadline extensions (#8)', () => {
  // Both due 2024-09-30 and moved to 2024-12-31; only E-1's move is approved.
  const { problems } = parseAcc([
    { 编号: 'E-1', 整改时限: '2024-09-30', 延期至: '2024-12-31', 延期批准: '党组会议纪要〔2024〕5号' },
    { 编号: 'E-2', 整改时限: '2024-09-30', 延期至: '2024-12-31' },
  ]);
  const items = (plan: ReminderPlan) => plan.digests.flatMap((d) => d.items);

  it('an approved extension takes the item out of the overdue digest; an unapproved one does not', () => {
    const plan = planReminders({ problems, asOf: '2024-10-30', settings: SETTINGS });
    expect(items(plan).map((i) => [i.id, i.stage, i.due])).toEqual([['E-2', 'overdue', '2024-09-30']]);
    expect(plan.digests[0].text).toContain('已逾期30天');
    expect(plan.digests[0].text).not.toContain('经批准延期');
  });

  it('announces the approved item by the stages of its new deadline, printing the date in force and the original', () => {
    const plan = planReminders({ problems, asOf: '2024-12-24', settings: SETTINGS });
    const extended = items(plan).find((i) => i.id === 'E-1')!;
    expect([extended.stage, extended.due, extended.daysLeft]).toEqual(['d7', '2024-12-31', 7]);
    expect(items(plan).find((i) => i.id === 'E-2')!.stage).toBe('overdue');
    const [digest] = plan.digests;
    expect(digest.text).toContain('整改时限：2024年12月31日（经批准延期，原定2024年9月30日）');
    expect(digest.html).toContain('2024年12月31日（经批准延期，原定2024年9月30日）');
    // The unapproved one keeps its original date, with no word of an extension.
    expect(digest.text).toContain('整改时限：2024年9月30日\n');
  });

  it('says it in English for English settings', () => {
    const plan = planReminders({ problems, asOf: '2024-12-24', settings: { ...SETTINGS, language: 'en' } });
    expect(plan.digests[0].text).toContain(
      'Deadline: 31 December 2024 (extended with approval; originally 30 September 2024)',
    );
  });
});
