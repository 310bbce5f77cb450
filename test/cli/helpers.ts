// Test helpers for the command line: an Io that captures what a user would see, and scratch files in the OS temp dir.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io';

export interface CapturedIo extends Io {
  stdout: string[];
  stderr: string[];
  /** Everything written with errWrite (progress bars). */
  raw: string[];
  text(): string;
}

export function captureIo(isTty = false): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const raw: string[] = [];
  return {
    stdout,
    stderr,
    raw,
    isTty,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    errWrite: (text) => raw.push(text),
    text: () => stdout.join('\n'),
  };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'rectify-cli-'));
}

/** A ledger header with the accountability columns: 延期至, 延期批准, 销号审核人, 审核日期. */
export const ACCOUNTABILITY_HEADER =
  '编号,问题描述,整改措施,责任科室,整改时限,整改状态,完成日期,佐证材料,延期至,延期批准,销号审核人,审核日期';

/**
 * A five-row ledger with the accountability columns. At 2024-10-30: 1 on time and approved, 2 late and
 * not approved, 3 extended with approval, 4 extended without approval (30 days overdue), 5 overdue since
 * 2024-06-30 (122 days). Written as ledger.csv in `dir`; returns its path.
 */
export function accountabilityLedger(dir: string): string {
  const path = join(dir, 'ledger.csv');
  writeFileSync(
    path,
    [
      ACCOUNTABILITY_HEADER,
      '1,问题一,措施一,办公室,2024-09-30,已完成,2024-09-20,纪要.pdf,,,纪检组长,2024-09-25',
      '2,问题二,措施二,办公室,2024-09-30,已完成,2024-10-10,纪要.pdf,,,,',
      '3,问题三,措施三,宣传部,2024年9月底前,正在整改,,,2024-12-31,党组会议纪要5号,,',
      '4,问题四,措施四,宣传部,2024年9月底前,正在整改,,,2024-12-31,,,',
      '5,问题五,措施五,宣传部,2024-06-30,未完成,,,,,,',
    ].join('\n'),
  );
  return path;
}

/** GBK bytes for text, from the inverse of the WHATWG GBK decoder (Node has no GBK encoder). */
export function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
