// afterSends: what the daily run logs, whom it alerts and what it remembers, whatever went wrong and when.
import { describe, expect, it } from '@jest/globals';
import {
  afterSends,
  type Digest,
  MAX_SKIP_ROWS,
  MAX_SKIPS_MAILED,
  type ReminderPlan,
  type RunFacts,
  type SendOutcome,
  type Skipped,
  skipMark,
} from '../../src/core';

const ASOF = '2024-10-30';

function digest(recipient: string, ids: string[]): Digest {
  const items = ids.map((id, n) => ({
    key: id,
    id,
    row: n + 2,
    problem: `问题${id}`,
    department: '办公室',
    lead: '',
    due: '2024-10-01',
    deadlineText: '2024-10-01',
    daysLeft: -29,
    stage: 'overdue' as const,
    role: 'owner' as const,
    link: null,
  }));
  return {
    recipient,
    kind: 'office',
    names: ['办公室'],
    items,
    waiting: false,
    heldOver: 0,
    subject: 's',
    text: 't',
    html: 'h',
  };
}

function skip(row: number, reason: Skipped['reason'] = 'domain'): Skipped {
  return {
    row,
    id: `${row}`,
    reason,
    address: `x${row}@other.org`,
    message: `第${row}行的邮箱不在允许的域名内`,
  };
}

const PLAN: ReminderPlan = {
  asOf: ASOF,
  digests: [
    digest('a@example.org', ['1', '2']),
    digest('b@example.org', ['3']),
    digest('c@example.org', ['4']),
  ],
  skipped: [],
  alreadyAnnounced: 0,
  unreadableLogRows: [],
};

const SENT: SendOutcome = { status: 'sent' };

function facts(over: Partial<RunFacts> = {}): RunFacts {
  return {
    asOf: ASOF,
    plan: PLAN,
    outcomes: [SENT, SENT, SENT],
    error: null,
    memory: { alertedOn: null, skipsReported: [] },
    owner: 'owner@example.org',
    ledgerUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    locale: 'zh',
    ...over,
  };
}

const rows = (r: ReturnType<typeof afterSends>) =>
  r.entries.map((e) => [e.recipient, e.kind, e.status, e.note]);

describe('afterSends when every digest went', () => {
  it('logs one sent row per digest with its items, alerts nobody and leaves the skip memory alone', () => {
    const r = afterSends(facts());
    expect(r.sent).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
    expect(rows(r)).toEqual([
      ['a@example.org', 'office', 'sent', ''],
      ['b@example.org', 'office', 'sent', ''],
      ['c@example.org', 'office', 'sent', ''],
    ]);
    expect(r.entries[0]?.items).toEqual([
      { key: '1', id: '1', due: '2024-10-01', stage: 'overdue' },
      { key: '2', id: '2', due: '2024-10-01', stage: 'overdue' },
    ]);
    expect(r.alert).toBeNull();
    expect(r.skipsReported).toBeNull();
  });
});

describe('afterSends when some sends fail', () => {
  const failed: SendOutcome = { status: 'failed', message: 'Invalid email: b@example.org' };

  it('logs the failure where it happened and alerts the owner, naming it, with a row kept for after the mail', () => {
    const r = afterSends(facts({ outcomes: [SENT, failed, SENT] }));
    expect(rows(r).map((x) => x[2])).toEqual(['sent', 'failed', 'sent']);
    expect(r.entries[1]?.note).toBe('Invalid email: b@example.org');
    expect(r.failed).toEqual([{ recipient: 'b@example.org', message: 'Invalid email: b@example.org' }]);
    expect(r.alert?.to).toBe('owner@example.org');
    expect(r.alert?.subject).toBe('【整改台账助手】每日提醒出错（2024年10月30日）');
    expect(r.alert?.body).toContain('- 发给 b@example.org 失败：Invalid email: b@example.org');
    expect(r.alert?.body).toContain('台账：https://docs.google.com/spreadsheets/d/abc/edit');
    // The alert's own row is not among the entries: it is logged only once the mail went out.
    expect(r.entries.some((e) => e.kind === 'alert')).toBe(false);
    expect(r.alert?.entry).toEqual({
      date: ASOF,
      recipient: 'owner@example.org',
      kind: 'alert',
      status: 'sent',
      items: [],
      note: '发给 b@example.org 失败：Invalid email: b@example.org',
    });
    expect(r.alert?.alertedOn).toBe(ASOF);
  });

  it('alerts once a day: the one memory says the owner was told today', () => {
    const r = afterSends(
      facts({ outcomes: [SENT, failed, SENT], memory: { alertedOn: ASOF, skipsReported: [] } }),
    );
    expect(r.alert).toBeNull();
    expect(rows(r).map((x) => x[2])).toEqual(['sent', 'failed', 'sent']);
    const yesterday = afterSends(
      facts({ outcomes: [SENT, failed, SENT], memory: { alertedOn: '2024-10-29', skipsReported: [] } }),
    );
    expect(yesterday.alert).not.toBeNull();
  });

  it('alerts nobody when Google did not say who the owner is', () => {
    expect(afterSends(facts({ outcomes: [failed, SENT, SENT], owner: '' })).alert).toBeNull();
  });

  it('says it in English for an English ledger', () => {
    const r = afterSends(facts({ outcomes: [SENT, failed], locale: 'en' }));
    expect(r.alert?.subject).toBe('[Rectify] Daily reminders failed (2024-10-30)');
    expect(r.alert?.body).toContain('- To b@example.org: Invalid email: b@example.org');
    expect(r.entries[2]?.note).toBe('over the daily mail quota; goes first next run');
  });
});

describe('afterSends when the run stopped part-way', () => {
  it('logs the digests not tried as deferred, after the ones that went, and deferral alone alerts nobody', () => {
    const r = afterSends(facts({ outcomes: [SENT] }));
    expect(rows(r)).toEqual([
      ['a@example.org', 'office', 'sent', ''],
      ['b@example.org', 'office', 'deferred', '超出今日邮件配额，下次优先发送'],
      ['c@example.org', 'office', 'deferred', '超出今日邮件配额，下次优先发送'],
    ]);
    expect(r.deferred).toEqual(['b@example.org', 'c@example.org']);
    expect(r.alert).toBeNull();
  });

  it('logs what stopped the run, alerts with it first, and remembers no skips', () => {
    const plan = { ...PLAN, skipped: [skip(5)] };
    const r = afterSends(facts({ plan, outcomes: [SENT], error: 'Service invoked too many times' }));
    expect(rows(r)).toEqual([
      ['a@example.org', 'office', 'sent', ''],
      ['b@example.org', 'office', 'deferred', '超出今日邮件配额，下次优先发送'],
      ['c@example.org', 'office', 'deferred', '超出今日邮件配额，下次优先发送'],
      ['', 'run', 'failed', 'Service invoked too many times'],
      ['x5@other.org', 'run', 'skipped', '第5行的邮箱不在允许的域名内'],
    ]);
    expect(r.alert?.entry.note).toBe('Service invoked too many times');
    expect(r.alert?.body.indexOf('Service invoked')).toBeLessThan(r.alert?.body.indexOf('第5行') ?? 0);
    // Not remembered: the skip is told again once a run completes.
    expect(r.skipsReported).toBeNull();
  });

  it('before planning: logs and alerts the failure alone', () => {
    const r = afterSends(facts({ plan: null, outcomes: [], error: '找不到台账' }));
    expect(rows(r)).toEqual([['', 'run', 'failed', '找不到台账']]);
    expect(r.alert?.body).toContain('- 找不到台账');
    expect(r.sent).toEqual([]);
  });

  it('before knowing the date: writes, alerts and remembers nothing', () => {
    const r = afterSends(facts({ asOf: null, plan: null, outcomes: [], error: 'boom' }));
    expect(r).toMatchObject({ entries: [], alert: null, skipsReported: null });
  });
});

describe('afterSends and skipped addresses', () => {
  it('reports each skip once: logged and mailed the first time, then only remembered', () => {
    const plan = { ...PLAN, skipped: [skip(5), skip(6)] };
    const first = afterSends(facts({ plan }));
    expect(first.reported.map((k) => k.row)).toEqual([5, 6]);
    expect(rows(first).filter((x) => x[2] === 'skipped')).toHaveLength(2);
    expect(first.alert?.body).toContain('- 第6行的邮箱不在允许的域名内');
    expect(first.skipsReported).toEqual([skipMark(skip(5)), skipMark(skip(6))]);
    const next = afterSends(
      facts({ plan, memory: { alertedOn: null, skipsReported: first.skipsReported ?? [] } }),
    );
    expect(next.reported).toEqual([]);
    expect(next.alert).toBeNull();
    expect(next.skipsReported).toBeNull();
  });

  it('logs a leader title with no address but does not mail it', () => {
    const plan = { ...PLAN, skipped: [skip(7, 'noLeaderAddress')] };
    const r = afterSends(facts({ plan }));
    expect(rows(r).filter((x) => x[2] === 'skipped')).toHaveLength(1);
    expect(r.alert).toBeNull();
  });

  it('caps the rows and the mailed lines, and counts the rest', () => {
    const many = Array.from({ length: MAX_SKIP_ROWS + 5 }, (_v, i) => skip(i + 2));
    const r = afterSends(facts({ plan: { ...PLAN, skipped: many } }));
    const skipped = rows(r).filter((x) => x[2] === 'skipped');
    expect(skipped).toHaveLength(MAX_SKIP_ROWS + 1);
    expect(skipped.at(-1)?.[3]).toBe('另有 5 项无法提醒，见“预览今日提醒”');
    const lines = (r.alert?.body ?? '').split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(MAX_SKIPS_MAILED + 1);
    expect(r.alert?.body).toContain(`- ……另有 ${many.length - MAX_SKIPS_MAILED} 条，见“提醒记录”`);
  });
});
