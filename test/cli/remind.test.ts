// `rectify remind --dry-run`: the digests the trigger would send, as text or JSON, honouring a downloaded 提醒记录.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { todayInShanghai } from '../../src/cli/context';
import { main } from '../../src/cli/main';
import { logHeader, logRow, REMINDER_LOG_SHEET } from '../../src/core';
import { captureIo, scratchDir } from './helpers';

const EXAMPLE_XLSX = join(__dirname, '..', '..', 'examples', 'ledger.xlsx');
const EXAMPLE_CSV = join(__dirname, '..', '..', 'examples', 'ledger.csv');
const OFFICES = [
  'creation@example.org',
  'finance@example.org',
  'hr@example.org',
  'liaison@example.org',
  'office@example.org',
];

interface JsonPlan {
  dryRun: boolean;
  sent: number;
  asOf: string;
  digests: {
    recipient: string;
    kind: string;
    items: { id: string; key: string; due: string; stage: string }[];
    subject: string;
    html: string;
  }[];
  skipped: { row: number; reason: string; message: string }[];
  alreadyAnnounced: number;
}

async function json(...argv: string[]): Promise<JsonPlan> {
  const io = captureIo();
  expect(await main(['remind', ...argv, '--dry-run', '--json'], io)).toBe(0);
  return JSON.parse(io.text()) as JsonPlan;
}

describe('rectify remind', () => {
  it('lists one digest for each of the five offices on the example, and sends nothing', async () => {
    const io = captureIo();
    const before = readFileSync(EXAMPLE_XLSX);
    expect(await main(['remind', EXAMPLE_XLSX, '--dry-run', '--as-of', '2024-10-30'], io)).toBe(0);
    const out = io.text();
    expect(out).toContain('截至 2024-10-30，每日提醒将发送 5 封邮件；命令行不发送任何邮件');
    for (const office of OFFICES) expect(out).toContain(`收件人: ${office}（责任人）`);
    expect(out).toContain('主题: 【整改提醒】组织联络部：4项即将到期（截至2024年10月30日）');
    expect(readFileSync(EXAMPLE_XLSX).equals(before)).toBe(true);
  });

  it('rehearses today, as the daily reminder runs, not the pinned 统计截止日期 — and says so', async () => {
    // The example's 设置 pins 统计截止日期 to 2024-10-30; totals and the notice use it, reminders do not.
    const io = captureIo();
    const before = todayInShanghai();
    expect(await main(['remind', EXAMPLE_XLSX, '--dry-run', '--lang', 'zh'], io)).toBe(0);
    const days = new Set([before, todayInShanghai()]); // the test may straddle midnight in Shanghai
    const out = io.text();
    const day = /^演练（--dry-run）：截至 (\d{4}-\d{2}-\d{2})，/.exec(out)?.[1];
    expect(days).toContain(day);
    expect(day).not.toBe('2024-10-30');
    expect(out).toContain(
      `（提醒按今天 ${day} 演练，与每日提醒一致；设置中的统计截止日期 2024-10-30 只用于统计和通报。要演练别的日期，请加 --as-of。）`,
    );
    const plan = await json(EXAMPLE_XLSX);
    expect(days).toContain(plan.asOf);
  });

  it('prints the core plan as JSON, bodies included', async () => {
    const plan = await json(EXAMPLE_CSV, '--as-of', '2024-10-30');
    expect(plan.dryRun).toBe(true);
    expect(plan.sent).toBe(0);
    expect(plan.digests.map((d) => d.recipient).sort()).toEqual(OFFICES);
    const liaison = plan.digests.find((d) => d.recipient === 'liaison@example.org')!;
    expect(liaison.items.map((i) => `${i.id} ${i.due} ${i.stage}`)).toEqual([
      '2-1 2024-10-31 d1',
      '2-2 2024-10-31 d1',
      '2-3 2024-10-31 d1',
      '5 2024-10-31 d1',
    ]);
    expect(liaison.html).toContain('<table');
  });

  it('follows --as-of: a week earlier the October items are at the 7-day stage', async () => {
    const plan = await json(EXAMPLE_CSV, '--as-of', '2024-10-24');
    const finance = plan.digests.find((d) => d.recipient === 'finance@example.org')!;
    expect(finance.items.map((i) => i.stage)).toEqual(['d7']);
  });

  it('writes the digests in English with --lang en', async () => {
    const plan = await json(EXAMPLE_CSV, '--as-of', '2024-10-30', '--lang', 'en');
    expect(plan.digests[0].subject).toMatch(
      /^\[Rectification reminder\] .*overdue \(as of 30 October 2024\)$/,
    );
  });

  it('refuses to run without --dry-run, naming the flag', async () => {
    const io = captureIo();
    expect(await main(['remind', EXAMPLE_CSV, '--lang', 'zh'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('请加 --dry-run');
  });

  it('skips what the 提醒记录 sheet of a downloaded workbook says was already sent', async () => {
    const first = await json(EXAMPLE_XLSX, '--as-of', '2024-10-30');
    const sent = first.digests.filter((d) => d.recipient !== 'hr@example.org');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EXAMPLE_XLSX);
    const log = workbook.addWorksheet(REMINDER_LOG_SHEET);
    log.addRow(logHeader('zh'));
    for (const d of sent) {
      const items = d.items.map((i) => ({ key: i.key, id: i.id, due: i.due, stage: i.stage as 'overdue' }));
      const cells = logRow(
        { date: '2024-10-30', recipient: d.recipient, kind: 'office', status: 'sent', items, note: '' },
        new Date(Date.UTC(2024, 9, 30, 0, 0)),
        'zh',
      );
      log.addRow(cells.map((c) => (c === null || c === undefined ? '' : c)));
    }
    const file = join(scratchDir(), 'downloaded.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const second = await json(file, '--as-of', '2024-10-30');
    expect(second.digests.map((d) => d.recipient)).toEqual(['hr@example.org']);
    expect(second.alreadyAnnounced).toBe(12);
  });

  it('is part of the demo, which writes out/reminders.json', () => {
    // Run the built command (Jest's global set-up builds dist/cli.js) as `npm start` does.
    const root = join(__dirname, '..', '..');
    const out = scratchDir();
    execFileSync(process.execPath, [join(root, 'bin', 'rectify.js'), 'demo', '--out', out], { cwd: root });
    const plan = JSON.parse(readFileSync(join(out, 'reminders.json'), 'utf8')) as JsonPlan;
    expect(plan.digests.map((d) => d.recipient).sort()).toEqual(OFFICES);
  });
});
