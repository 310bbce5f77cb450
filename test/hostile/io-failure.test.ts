// Every failed write is exit 2 with one line, stdout and stderr alike: a full disk (> /dev/full), a closed pipe.
// Exit 1 keeps its one meaning, "the ledger has errors".
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ioFailureLine } from '../../src/cli/io';
import { scratchDir } from '../cli/helpers';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'rectify.js');
const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' };
const HEADER = '编号,问题描述,整改措施,责任科室,整改时限,整改状态';

/** A ledger with `n` rows, each with an unreadable deadline: `check` prints a finding per row and exits 1. */
function ledgerWithErrors(n: number): string {
  const file = join(scratchDir(), 'errors.csv');
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(`${i},问题${i},措施,办公室,尽快,正在整改`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('ioFailureLine', () => {
  it('names the stream and the cause in the reader language', () => {
    expect(ioFailureLine('stdout', { code: 'ENOSPC' }, 'zh')).toBe(
      'rectify: 无法写入标准输出（磁盘已满，ENOSPC）',
    );
    expect(ioFailureLine('stderr', { code: 'EIO' }, 'en')).toBe(
      'rectify: cannot write to standard error (input/output error, EIO)',
    );
  });
});

const devFull = existsSync('/dev/full');

describe('bin/rectify.js with a failing stdout or stderr', () => {
  (devFull ? it : it.skip)('check > /dev/full: exit 2 and one line on stderr, no stack trace', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'check', ledgerWithErrors(3), '--as-of', '2024-10-30'], {
        cwd: root,
        env,
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      expect([r.status, r.stderr]).toEqual([2, 'rectify: 无法写入标准输出（磁盘已满，ENOSPC）\n']);
    } finally {
      closeSync(fd);
    }
  });

  (devFull ? it : it.skip)('2> /dev/full: exit 2 and the one line on stdout', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'check', join(scratchDir(), 'none.csv')], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', fd],
        encoding: 'utf8',
      });
      expect([r.status, r.stdout]).toEqual([2, 'rectify: 无法写入标准错误输出（磁盘已满，ENOSPC）\n']);
    } finally {
      closeSync(fd);
    }
  });

  it('a reader that closes the pipe early: exit 2 and one line naming EPIPE', async () => {
    const file = ledgerWithErrors(20_000);
    const child = spawn(process.execPath, [bin, 'check', file, '--as-of', '2024-10-30'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect([status, stderr]).toEqual([2, 'rectify: 无法写入标准输出（读取输出的程序已关闭管道，EPIPE）\n']);
  }, 60_000);
});
