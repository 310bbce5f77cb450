// `rectify import`: a published notice or plan (.docx, .pdf, .txt, .md, .html) back to a ledger (.xlsx or .csv).
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { type Locale, shorten, tr } from '../../core';
import { type Figures, importedLedgerGrid, importJson, type UnplacedReason } from '../../core/import';
import { envLocale } from '../context';
import { CliError } from '../errors';
import { table } from '../format';
import { readImportSource } from '../import/read';
import { importOf, importWorkbook } from '../import/result';
import type { Io } from '../io';
import { sameFile, writeAtomically } from './colour';

type OutFormat = 'xlsx' | 'csv';

function outFormat(input: string, out: string | undefined, json: boolean, l: Locale): OutFormat | null {
  if (out === undefined || out === '') {
    if (json) return null;
    throw new CliError(
      tr(
        l,
        'rectify import：缺少 --out（写出的台账 .xlsx 或 .csv，如 --out 台账.xlsx）',
        'rectify import: missing --out (the ledger to write, .xlsx or .csv, e.g. --out ledger.xlsx)',
      ),
    );
  }
  const ext = extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv')
    throw new CliError(
      tr(l, `--out：“${out}”应以 .xlsx 或 .csv 结尾`, `--out: "${out}" must end in .xlsx or .csv`),
    );
  if (sameFile(input, out))
    throw new CliError(
      tr(
        l,
        `--out：“${out}”就是输入文件，请另取一个名字`,
        `--out: "${out}" is the input file; choose another name`,
      ),
    );
  // A ledger someone keeps must never be replaced by an import: the import writes a new file only.
  if (existsSync(out))
    throw new CliError(
      tr(
        l,
        `--out：“${out}”已存在；导入只写新文件，不覆盖已有台账，请另取一个名字`,
        `--out: "${out}" already exists; import writes a new file and never replaces a ledger, so choose another name`,
      ),
    );
  return ext === '.xlsx' ? 'xlsx' : 'csv';
}

/** A CSV cell as Excel reads it back: quoted when it holds a comma, quote or line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with a BOM, so Excel on Chinese Windows opens it as UTF-8 rather than GBK. */
export function csvBytes(grid: readonly (readonly string[])[]): Uint8Array {
  return Buffer.from(`\uFEFF${grid.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export { importWorkbook } from '../import/result';

function reasonText(reason: UnplacedReason, l: Locale): string {
  const zh: Record<UnplacedReason, [string, string]> = {
    frontMatter: [
      '标题或开头（生成通报时由设置写出）',
      'title or opening (the notice writes it from the settings)',
    ],
    summary: ['统计句（由台账计算，数字见下）', 'summary sentence (computed from the ledger; figures below)'],
    supervision: [
      '监督联系段（在设置中填联系方式）',
      'supervision paragraph (contact lines go in the settings)',
    ],
    signature: ['落款（在设置中填发文单位、通报日期）', 'signature (issuer and date go in the settings)'],
    heading: ['标题', 'heading'],
    orphan: ['未能归入任何问题', 'not part of any problem'],
  };
  return tr(l, zh[reason][0], zh[reason][1]);
}

function figuresLine(f: Figures, l: Locale): string {
  const v = (n: number | null) => (n === null ? '—' : String(n));
  return tr(
    l,
    `问题 ${v(f.total)}，已完成 ${v(f.done)}，正在整改 ${v(f.inProgress)}，未完成 ${v(f.notDone)}，长期坚持 ${v(f.longTerm)}`,
    `problems ${v(f.total)}, done ${v(f.done)}, in progress ${v(f.inProgress)}, not done ${v(f.notDone)}, long-term ${v(f.longTerm)}`,
  );
}

export async function importCommand(
  args: { input: string; out?: string; json?: boolean; lang?: string },
  io: Io,
): Promise<number> {
  if (args.lang !== undefined && !/^(zh|en)$/.test(args.lang))
    throw new CliError(`--lang: “${args.lang}”应为 zh 或 en / must be zh or en`);
  const l: Locale = (args.lang as Locale | undefined) ?? envLocale() ?? 'zh';
  const format = outFormat(args.input, args.out, args.json === true, l);
  const source = await readImportSource(args.input, l);
  const result = importOf(source, args.input, l);
  if (format && args.out) {
    const bytes =
      format === 'xlsx' ? await importWorkbook(result, l) : csvBytes(importedLedgerGrid(result.problems, l));
    writeAtomically(args.out, bytes, l);
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (args.json) {
    io.out(JSON.stringify(importJson(result), null, 2));
    return errors > 0 ? 1 : 0;
  }
  if (result.unplaced.length > 0) {
    io.out(
      tr(
        l,
        `未放入台账的段落（${result.unplaced.length}）：`,
        `Paragraphs not placed in the ledger (${result.unplaced.length}):`,
      ),
    );
    io.out(
      table(
        [tr(l, '段落', 'Paragraph'), tr(l, '类型', 'Kind'), tr(l, '内容', 'Text')],
        result.unplaced.map((u) => [String(u.paragraphs[0]), reasonText(u.reason, l), shorten(u.text, 60)]),
      ),
    );
    io.out('');
  }
  if (result.findings.length > 0) {
    io.out(
      table(
        [
          tr(l, '段落', 'Paragraph'),
          tr(l, '级别', 'Severity'),
          tr(l, '说明', 'Message'),
          tr(l, '原文', 'Source text'),
        ],
        result.findings.map((f) => [
          f.paragraph === undefined ? '' : String(f.paragraph),
          f.severity === 'error' ? tr(l, '错误', 'error') : tr(l, '提醒', 'warning'),
          f.message,
          f.quote ?? '',
        ]),
      ),
    );
    io.out('');
  }
  if (result.printedFigures) {
    io.out(
      tr(
        l,
        `通报印出：${figuresLine(result.printedFigures, l)}`,
        `The document prints: ${figuresLine(result.printedFigures, l)}`,
      ),
    );
    io.out(
      tr(
        l,
        `导入的行：${figuresLine(result.rowFigures, l)}`,
        `Imported rows:        ${figuresLine(result.rowFigures, l)}`,
      ),
    );
  }
  const where = args.out ?? '';
  const narrativeNote =
    format === 'csv' && result.narrative.length > 0
      ? tr(
          l,
          `；${result.narrative.length} 段通报正文未写入 .csv（写 .xlsx 可得到“通报正文”表）`,
          `; ${result.narrative.length} narrative paragraphs are not in a .csv (write .xlsx for the Narrative sheet)`,
        )
      : format === 'xlsx'
        ? tr(
            l,
            `，通报正文 ${result.narrative.length} 段`,
            `, ${result.narrative.length} narrative paragraphs`,
          )
        : '';
  io.out(
    tr(
      l,
      `已写出 ${where}：${result.problems.length} 个问题${narrativeNote}；${errors} 个错误，${result.findings.length - errors} 个提醒。`,
      `Wrote ${where}: ${result.problems.length} problems${narrativeNote}; ${errors} errors, ${result.findings.length - errors} warnings.`,
    ),
  );
  return errors > 0 ? 1 : 0;
}
