// Generated unit ledgers whose figures are known at 2024-10-30, written as .xlsx, GBK CSV or English-header CSV.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { gbk } from './helpers';

export const AS_OF = '2024-10-30';

/** How many problems of each kind a unit has; each kind has one deadline and status, so its figures are known. */
export interface UnitSpec {
  /** Done on 2024-09-20 against a 2024-09-30 deadline: on time. */
  done: number;
  /** In progress, deadline 2024-09-30: 30 days overdue at the as-of date. */
  overdue: number;
  /** In progress, deadline 2024-11-03: due within the default 7 lead days. */
  dueSoon: number;
  /** Not done, deadline 2025-06-30: neither overdue nor due soon. */
  notDone: number;
  /** 长期坚持 status and deadline. */
  longTerm: number;
  /** 追赃挽损 on the first row, 万元. */
  recovered?: number;
  /** How this unit numbers its categories: '1. ' or '一、'. */
  numbering?: 'arabic' | 'chinese';
}

const CATEGORIES = ['政治建设', '作风建设', '财务管理'];
const CHINESE = ['一', '二', '三'];

/** A unit ledger's header, in Chinese and in English: the same columns the rows of unitRows fill. */
export const HEADER_ZH = [
  '编号',
  '问题类别',
  '问题描述',
  '整改措施',
  '责任科室',
  '整改时限',
  '整改状态',
  '完成日期',
  '追赃挽损（万元）',
];
export const HEADER_EN = [
  'ID',
  'Category',
  'Problem',
  'Measures',
  'Department',
  'Deadline',
  'Status',
  'Done date',
  'Recovered (10k CNY)',
];

/** The rows of a unit's ledger (without header), kinds in a fixed order, categories in rotation. */
export function unitRows(spec: UnitSpec, english = false): string[][] {
  const kinds: [number, string, string, string][] = [
    [spec.done, '2024-09-30', english ? 'Done' : '已完成', '2024-09-20'],
    [spec.overdue, '2024-09-30', english ? 'In progress' : '正在整改', ''],
    [spec.dueSoon, '2024-11-03', english ? 'In progress' : '正在整改', ''],
    [spec.notDone, '2025-06-30', english ? 'Not done' : '未完成', ''],
    [spec.longTerm, '长期坚持', '长期坚持', ''],
  ];
  const rows: string[][] = [];
  for (const [count, deadline, status, doneDate] of kinds) {
    for (let i = 0; i < count; i++) {
      const n = rows.length;
      const c = n % CATEGORIES.length;
      const category =
        spec.numbering === 'chinese' ? `${CHINESE[c]}、${CATEGORIES[c]}` : `${c + 1}. ${CATEGORIES[c]}`;
      rows.push([
        String(n + 1),
        category,
        `问题${n + 1}`,
        `措施${n + 1}`,
        n % 2 === 0 ? '办公室' : '财务科',
        deadline,
        status,
        doneDate,
        n === 0 && spec.recovered ? String(spec.recovered) : '',
      ]);
    }
  }
  return rows;
}

export function specTotal(s: UnitSpec): number {
  return s.done + s.overdue + s.dueSoon + s.notDone + s.longTerm;
}

/**
 * An .xlsx ledger on sheet 台账 below a title banner, optionally behind a cover sheet, optionally with a 设置
 * sheet that names the unit.
 */
export async function writeUnitXlsx(
  path: string,
  spec: UnitSpec,
  options: { title?: string; inspectedUnit?: string; cover?: boolean } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  if (options.cover) workbook.addWorksheet('封面').getCell('A1').value = '整改台账（封面）';
  // A WPS-style sheet name, so the ledger is found by its header, not its name.
  const sheet = workbook.addWorksheet(options.cover ? 'Sheet1' : '台账');
  if (options.title) {
    sheet.mergeCells('A1:I1');
    sheet.getCell('A1').value = options.title;
  }
  sheet.addRow(HEADER_ZH);
  for (const row of unitRows(spec)) {
    // Dates as the strings clerks type and amounts as numbers, as an office's workbook holds them.
    sheet.addRow(row.map((v, i) => (i === 8 && v !== '' ? Number(v) : v)));
  }
  if (options.inspectedUnit !== undefined) {
    const settings = workbook.addWorksheet('设置');
    settings.addRow(['设置项', '值']);
    settings.addRow(['被巡察单位', options.inspectedUnit]);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

function csvText(rows: string[][]): string {
  return rows.map((r) => r.join(',')).join('\r\n');
}

/** A CSV ledger as Excel saves it on Chinese Windows: GBK, comma-separated. */
export function writeUnitCsvGbk(path: string, spec: UnitSpec): string {
  writeFileSync(path, gbk(csvText([HEADER_ZH, ...unitRows(spec)])));
  return path;
}

/** A UTF-8 CSV ledger with English headers and statuses. */
export function writeUnitCsvEnglish(path: string, spec: UnitSpec): string {
  writeFileSync(path, csvText([HEADER_EN, ...unitRows(spec, true)]));
  return path;
}

/** A workbook cut off halfway: the zip's central directory is gone, as after an interrupted download. */
export function writeDamagedXlsx(path: string, from: Buffer): string {
  writeFileSync(path, from.subarray(0, Math.floor(from.length / 2)));
  return path;
}

export const FOLDER_UNITS = {
  finance: { done: 8, overdue: 2, dueSoon: 1, notDone: 1, longTerm: 1, recovered: 1.5 },
  education: { done: 5, overdue: 0, dueSoon: 2, notDone: 2, longTerm: 0, numbering: 'chinese' as const },
  health: { done: 3, overdue: 3, dueSoon: 0, notDone: 0, longTerm: 2, recovered: 0.25 },
  water: { done: 10, overdue: 1, dueSoon: 0, notDone: 0, longTerm: 0 },
} satisfies Record<string, UnitSpec>;

/**
 * The acceptance folder: four units in four forms (settings-named .xlsx with a title, a title-named .xlsx behind a
 * cover sheet, a GBK CSV named by its file, an English CSV), one damaged workbook, and a second file of the
 * finance bureau in a subfolder. Returns the paths by role.
 */
export async function writeRollupFolder(dir: string) {
  const finance = await writeUnitXlsx(join(dir, '01-财政.xlsx'), FOLDER_UNITS.finance, {
    title: '中共××市财政局党组关于市委第一巡察组巡察反馈意见整改落实台账',
    inspectedUnit: '市财政局党组',
  });
  const education = await writeUnitXlsx(join(dir, '02-教育.xlsx'), FOLDER_UNITS.education, {
    title: '市教育局党组巡察整改台账',
    cover: true,
  });
  const health = writeUnitCsvGbk(join(dir, '市卫健委.csv'), FOLDER_UNITS.health);
  const water = writeUnitCsvEnglish(join(dir, 'Water Bureau.csv'), FOLDER_UNITS.water);
  const damaged = writeDamagedXlsx(join(dir, '市交通局.xlsx'), readFileSync(finance));
  return { finance, education, health, water, damaged };
}
