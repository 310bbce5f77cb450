// Nothing from a ledger reaches the terminal raw: escape sequences, C1 controls and bidi overrides are shown,
// not obeyed; hidden characters in a cell are a warning naming it, and stay out of the notice and the mails.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main';
import { terminalText } from '../../src/cli/terminal';
import { DEFAULT_SETTINGS, parseLedger, planReminders } from '../../src/core';
import { captureIo, scratchDir } from '../cli/helpers';

const HEADER = '编号,问题描述,整改措施,责任科室,整改时限,整改状态,责任人邮箱';
const CLEAR = '\u001b[2J\u001b[H';
const FAKE_OK = '\u001b[32m台账检查通过，0 个错误\u001b[0m';
const TITLE = '\u001b]0;pwned\u0007';
const CSI_C1 = '\u009b31m';
const RLO = '\u202e';
const ZWSP = '\u200b';

/** Any character a terminal could obey. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/;

function hostileLedger(): string {
  const dir = scratchDir();
  const file = join(dir, 'hostile.csv');
  writeFileSync(
    file,
    [
      HEADER,
      `1,"问题${CLEAR}${FAKE_OK}${TITLE}",措施,"办公室${CSI_C1}",下个月${CLEAR},正在整改,a@example.org`,
      `2,问题${RLO}二,措施,"宣传部${RLO}txt.exe",2024-09-30,正在整改,b@example.org`,
      `3,问题三,措施,宣传部,2024-09-30${ZWSP},正在整改,b@example.org`,
    ].join('\n'),
  );
  return file;
}

describe('terminalText', () => {
  it('shows C0 controls as control pictures and C1, DEL and bidi as \\u escapes', () => {
    expect(terminalText('a\u001b[2Jb\rc\u0007')).toBe('a␛[2Jb␍c␇');
    expect(terminalText('x\u009b31m\u007f')).toBe('x\\u009b31m\\u007f');
    expect(terminalText(`${RLO}abc${ZWSP}`)).toBe('\\u202eabc\\u200b');
    expect(terminalText('行一\n\t行二')).toBe('行一\n\t行二');
  });
});

describe('check and totals print no control character from the ledger', () => {
  it('check: the escape sequences are visible, the fake "passed" line is not coloured', async () => {
    const io = captureIo();
    const code = await main(['check', hostileLedger(), '--as-of', '2024-10-30'], io);
    expect(code).toBe(1);
    const all = [...io.stdout, ...io.stderr].join('\n');
    expect(all).not.toMatch(RAW_CONTROL);
    expect(all).toContain('下个月␛[2J␛[H');
  });

  it('totals: office names with C1 and bidi controls are printed escaped', async () => {
    const io = captureIo();
    await main(['totals', hostileLedger(), '--as-of', '2024-10-30'], io);
    const all = [...io.stdout, ...io.stderr].join('\n');
    expect(all).not.toMatch(RAW_CONTROL);
    expect(all).toContain('办公室\\u009b31m');
  });

  it('check --json still reads back as the very same text', async () => {
    const io = captureIo();
    await main(['check', hostileLedger(), '--as-of', '2024-10-30', '--json'], io);
    const text = io.stdout.join('\n');
    expect(text).not.toMatch(RAW_CONTROL);
    const json = JSON.parse(text) as { findings: { message: string }[] };
    expect(json.findings.some((f) => f.message.includes(`下个月${CLEAR}`))).toBe(true);
  });
});

describe('hidden characters (bidi overrides, zero-width)', () => {
  it('are a warning naming the cell, and the deadline is read without them', async () => {
    const io = captureIo();
    await main(['check', hostileLedger(), '--as-of', '2024-10-30', '--json'], io);
    const { findings } = JSON.parse(io.stdout.join('\n')) as {
      findings: { cell: string; code: string; severity: string; message: string }[];
    };
    const hidden = findings.filter((f) => f.code === 'cell.hidden-characters');
    expect(hidden.map((f) => [f.cell, f.severity])).toEqual([
      ['B3', 'warning'],
      ['D3', 'warning'],
      ['E4', 'warning'],
    ]);
    expect(hidden[0].message).toContain('U+202E');
    expect(hidden[2].message).toContain('U+200B');
    expect(findings.filter((f) => f.cell === 'E4').map((f) => f.code)).toEqual(['cell.hidden-characters']);
  });

  it('stay out of the notice', async () => {
    const out = join(scratchDir(), 'notice.html');
    await main(['notice', hostileLedger(), '--as-of', '2024-10-30', '--out', out], captureIo());
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('问题二');
    expect(html).not.toMatch(/[\u202e\u200b]/);
  });

  it('stay out of mail subjects and bodies', () => {
    const grid = [
      HEADER.split(','),
      ['1', `问题${RLO}一`, '措施', `办公室${ZWSP}`, '2024-09-30', '正在整改', `a${ZWSP}@example.org`],
    ];
    const { ledger } = parseLedger(grid, { asOf: '2024-10-30' });
    const plan = planReminders({
      problems: ledger!.problems,
      asOf: '2024-10-30',
      settings: DEFAULT_SETTINGS,
      ledgerName: `台账${RLO}`,
    });
    const d = plan.digests[0];
    expect(d.recipient).toBe('a@example.org');
    expect(`${d.subject}\n${d.text}\n${d.html}`).not.toMatch(/[\u202e\u200b]/);
    expect(d.text).toContain('问题一');
  });
});

describe('hidden characters in 设置', () => {
  it('a notice title with U+202E is a warning on its 设置 cell and reaches the notice without it', async () => {
    const dir = scratchDir();
    const ledger = join(dir, 'ledger.csv');
    writeFileSync(
      ledger,
      '问题描述,整改措施,责任科室,整改时限,整改状态\n问题,措施,办公室,2024-09-30,正在整改\n',
    );
    const settings = join(dir, 'settings.csv');
    writeFileSync(settings, `项目,值\n发文单位,"中共某某${RLO}党组"\n`);
    const io = captureIo();
    await main(['check', ledger, '--settings', settings, '--as-of', '2024-10-30', '--json'], io);
    const { findings } = JSON.parse(io.stdout.join('\n')) as {
      findings: { sheet?: string; cell: string; code: string; severity: string }[];
    };
    expect(findings.map((f) => [f.sheet, f.cell, f.code, f.severity])).toEqual([
      ['settings.csv', 'B2', 'cell.hidden-characters', 'warning'],
    ]);
    const out = join(dir, 'notice.html');
    await main(
      ['notice', ledger, '--settings', settings, '--as-of', '2024-10-30', '--out', out],
      captureIo(),
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('中共某某党组');
    expect(html).not.toMatch(/[\u202e]/);
  });
});
