// `rectify notice`: writes .docx or .html from the example workbook, reports warnings, rejects bad --out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';

const EXAMPLE = resolve(__dirname, '..', '..', 'examples');

describe('rectify notice', () => {
  test('writes the example notice as .docx; exit 0, one summary line, no warnings', async () => {
    const dir = scratchDir();
    const out = join(dir, 'sub', 'notice.docx');
    const io = captureIo();
    const code = await main(
      ['notice', join(EXAMPLE, 'ledger.xlsx'), '--out', out, '--as-of', '2024-10-30'],
      io,
    );
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout).toEqual([`已写出 ${out}：5 个部分，38 个问题条目（统计截止 2024-10-30）`]);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('截至10月30日，巡察反馈的34个具体问题');
    expect(xml).toContain('2024年12月20日');
  });

  test('a CSV ledger with --settings and --narrative gives the same notice as the workbook, as HTML', async () => {
    const dir = scratchDir();
    const out = join(dir, 'notice.html');
    const io = captureIo();
    const code = await main(
      [
        'notice',
        join(EXAMPLE, 'ledger.csv'),
        '--settings',
        join(EXAMPLE, 'settings.csv'),
        '--narrative',
        join(EXAMPLE, 'narrative.csv'),
        '--out',
        out,
      ],
      io,
    );
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<p class="heading1"/g)).toHaveLength(5);
    expect(html).toContain('五、下一步整改工作安排');
  });

  test('without a narrative the missing sections are reported on stderr, not printed as placeholders', async () => {
    const dir = scratchDir();
    const out = join(dir, 'notice.html');
    const io = captureIo();
    await main(
      ['notice', join(EXAMPLE, 'ledger.csv'), '--settings', join(EXAMPLE, 'settings.csv'), '--out', out],
      io,
    );
    expect(io.stderr).toEqual([
      '提醒：通报正文中没有“党组及主要负责人组织整改落实情况”的段落，第一部分已略去',
      '提醒：通报正文中没有“下一步整改工作安排”的段落，第五部分已略去',
    ]);
    expect(readFileSync(out, 'utf8')).toContain('一、市委书记点人点事问题整改情况');
  });

  test('--out must be .docx or .html, and is required; the ledger file is never changed', async () => {
    const dir = scratchDir();
    const ledger = join(dir, 'ledger.csv');
    writeFileSync(ledger, readFileSync(join(EXAMPLE, 'ledger.csv')));
    const before = readFileSync(ledger);
    const io = captureIo();
    expect(await main(['notice', ledger, '--out', join(dir, 'n.pdf')], io)).toBe(2);
    expect(io.stderr[0]).toContain('--out');
    expect(io.stderr[0]).toContain('.docx 或 .html');
    expect(await main(['notice', ledger], io)).toBe(2);
    expect(io.stderr[1]).toContain('缺少 --out');
    expect(await main(['notice', ledger, '--out', join(dir, 'n.docx')], io)).toBe(0);
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });

  test('a ledger with errors: the notice is still written, exit 1, and stderr says to run rectify check', async () => {
    const dir = scratchDir();
    const ledger = join(dir, 'bad.csv');
    writeFileSync(
      ledger,
      '问题类别,问题描述,整改措施,责任科室,整改时限,整改状态\n1. 作风,会议过多,精简会议,办公室,下个月吧,正在整改\n',
    );
    const out = join(dir, 'notice.html');
    const io = captureIo();
    expect(await main(['notice', ledger, '--out', out, '--as-of', '2024-10-30', '--lang', 'zh'], io)).toBe(1);
    expect(io.stdout[0]).toContain(`已写出 ${out}`);
    expect(io.stderr.at(-1)).toBe('注意：台账有 1 个错误，通报中的数字可能不准，运行 rectify check 查看。');
    // The deadline is printed as the clerk wrote it, for the reader to see what is wrong.
    expect(readFileSync(out, 'utf8')).toContain('<strong>整改时限：</strong>下个月吧');
  });

  test('English with --lang en', async () => {
    const dir = scratchDir();
    const io = captureIo();
    await main(
      [
        'notice',
        join(EXAMPLE, 'ledger.xlsx'),
        '--out',
        join(dir, 'n.html'),
        '--lang',
        'en',
        '--as-of',
        '2024-10-30',
      ],
      io,
    );
    expect(io.stdout[0]).toMatch(/^Wrote .*n\.html: 5 sections, 38 problem blocks \(as of 2024-10-30\)$/);
  });
});
