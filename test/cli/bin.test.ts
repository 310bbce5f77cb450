// The installed command itself: `node bin/rectify.js` exits with the code main() returns (0, 1, 2).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { scratchDir } from './helpers';

const root = join(__dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'rectify.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' },
  });

describe('bin/rectify.js', () => {
  test('exit codes: 0 clean, 1 ledger errors, 2 bad input; progress never on a pipe', () => {
    const dir = scratchDir();
    const good = join(dir, 'good.csv');
    writeFileSync(good, '问题描述,整改措施,责任科室,整改时限,整改状态\n问题,措施,办公室,2024-09-30,已完成\n');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '问题描述,整改措施,责任科室,整改时限,整改状态\n问题,措施,办公室,下个月,正在整改\n');

    const clean = run(['check', good, '--as-of', '2024-10-30']);
    expect([clean.status, clean.stderr]).toEqual([0, '']);
    expect(run(['check', bad, '--as-of', '2024-10-30']).status).toBe(1);
    const missing = run(['colour', join(dir, 'none.xlsx'), '--out', join(dir, 'x.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([`${join(dir, 'none.xlsx')}: 文件不存在`]);
    expect(run(['colour', good, '--out', join(dir, 'c.xlsx'), '--as-of', '2024-10-30']).status).toBe(0);
  });

  test('--version prints the version of the installed package, from the built dist/cli.js', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-v']) {
      const r = run([flag]);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, `rectify ${version}\n`, '']);
    }
  });
});
