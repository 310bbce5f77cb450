// Bench of the command line on a generated 10,000-row .xlsx ledger: check, colour and notice, time and peak memory.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Io } from '../src/cli/io';
import { main } from '../src/cli/main';
import { generateLedger } from './generate';
import { measure, report } from './measure';

const ROWS = 10_000;
const AS_OF = '2024-10-30';

const quiet: Io = { out() {}, err() {}, isTty: false };

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  // A title banner above the header, as real ledgers have.
  sheet.mergeCells('A1:P1');
  sheet.getCell('A1').value = '巡察整改台账（基准测试）';
  for (const row of generateLedger(ROWS)) sheet.addRow(row);
  sheet.getRow(2).font = { bold: true };
  await workbook.xlsx.writeFile(path);
}

async function main_(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-bench-'));
  try {
    const input = join(dir, 'ledger-10000.xlsx');
    const made = await measure(() => writeWorkbook(input));
    report(
      `generate ${ROWS.toLocaleString('en')}-row workbook`,
      made,
      `${(statSync(input).size / 2 ** 20).toFixed(1)} MB`,
    );
    const runs: [string, string[]][] = [
      ['rectify check', ['check', input, '--as-of', AS_OF, '--json']],
      ['rectify colour', ['colour', input, '--out', join(dir, 'coloured.xlsx'), '--as-of', AS_OF]],
      ['rectify notice (.docx)', ['notice', input, '--out', join(dir, 'notice.docx'), '--as-of', AS_OF]],
      ['rectify notice (.html)', ['notice', input, '--out', join(dir, 'notice.html'), '--as-of', AS_OF]],
    ];
    for (const [label, argv] of runs) {
      const m = await measure(() => main(argv, quiet));
      const rate = Math.round(ROWS / (m.ms / 1000)).toLocaleString('en');
      report(`${label} ${ROWS.toLocaleString('en')} rows`, m, `exit ${m.result}, ${rate} rows/s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main_();
