// Formula and empty cells in an .xlsx ledger: the notice prints what Excel or WPS computed, or nothing, and says why.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main';
import { buildPackage } from '../ooxml/packages';
import { captureIo, scratchDir } from './helpers';

const HEADER = ['编号', '问题类别', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态'];

/** An inline-string cell. */
const s = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * A WPS-style ledger of four problems in one category: row 2 plain; row 3's 问题描述 a formula with the text
 * WPS computed and cached; row 4's 问题描述 a formula saved without a result (a program that does not
 * calculate wrote it); row 5's 问题描述 empty.
 */
function ledger(): string {
  const row = (n: number, problem: string) =>
    `<row r="${n}">${s(`A${n}`, String(n - 1))}${s(`B${n}`, '1. 学习')}${problem}${s(`D${n}`, `措施${n - 1}`)}${s(`E${n}`, '办公室')}${s(`F${n}`, '2024/12/31')}${s(`G${n}`, '正在整改')}</row>`;
  const header = `<row r="1">${HEADER.map((h, i) => s(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`;
  const bytes = buildPackage({
    producer: 'wps',
    sheets: [
      {
        name: '台账',
        body:
          header +
          row(2, s('C2', '问题一：学习不够')) +
          row(3, '<c r="C3" t="str"><f>"问题二："&amp;"制度未修订"</f><v>问题二：制度未修订</v></c>') +
          row(4, '<c r="C4" t="str"><f>"问题三："&amp;B4</f></c>') +
          row(5, '') +
          '</sheetData>',
      },
    ],
  });
  const path = join(scratchDir(), 'formulas.xlsx');
  writeFileSync(path, bytes);
  return path;
}

describe('formula and empty cells in the ledger', () => {
  test('the notice prints the cached value of a formula, never its text, and leaves out problems with no text', async () => {
    const path = ledger();
    const out = join(scratchDir(), 'notice.html');
    const io = captureIo();
    await main(['notice', path, '--out', out, '--as-of', '2024-10-30', '--lang', 'zh'], io);
    const html = readFileSync(out, 'utf8');
    const problems = [...html.matchAll(/<p class="problem"[^>]*>([^<]*)</g)].map((m) => m[1]);
    // The two problems with text, numbered without a gap; no bare “（3）” for the formula without a
    // result, no “（4）” for the empty cell, and no formula text anywhere.
    expect(problems).toEqual(['（1）问题一：学习不够', '（2）问题二：制度未修订']);
    expect(html).not.toMatch(/（3）|（4）|&#34;问题|&amp;B4|制度未修订&#34;/);
    expect(html).not.toContain('措施3');
    expect(html).not.toContain('措施4');
    expect(io.stderr).toEqual(
      expect.arrayContaining([
        '提醒：第4行（3）未填问题描述，通报中略去该问题',
        '提醒：第5行（4）未填问题描述，通报中略去该问题',
      ]),
    );
  });

  test('check names the formula saved without a result as a warning, and the empty cell as an error', async () => {
    const io = captureIo();
    await main(['check', ledger(), '--as-of', '2024-10-30', '--json', '--lang', 'zh'], io);
    const { findings } = JSON.parse(io.text()) as {
      findings: { row: number; column: number; severity: string; code: string; message: string }[];
    };
    const about = findings.filter((f) => f.column === 3).map((f) => [f.row, f.severity, f.code]);
    expect(about).toEqual([
      [4, 'warning', 'cell.formula-uncached'],
      [5, 'error', 'cell.required'],
    ]);
    expect(findings.find((f) => f.code === 'cell.formula-uncached')?.message).toBe(
      '问题描述是公式，但文件中没有保存它的计算结果，按空白处理；请在 Excel 或 WPS 中打开并保存后再运行',
    );
  });
});
