// `rectify rollup` on generated unit ledgers whose figures are known: mixed formats, a damaged file, a duplicate unit.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { publishRollup, rollupFiles } from '../../src/cli/commands/rollup';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';
import { AS_OF, FOLDER_UNITS, writeRollupFolder, writeUnitXlsx } from './rollup-fixtures';

type Json = {
  total: number;
  byStatus: { done: number; inProgress: number; notDone: number; longTerm: number };
  completionRate: number;
  overdue: number;
  sentence: string;
  units: {
    unit: string;
    file: string;
    total: number;
    byStatus: Json['byStatus'];
    completionRate: number;
    overdue: number;
    dueSoon: number;
  }[];
  unreadable: { file: string; reason: string }[];
  duplicates: { unit: string; files: string[] }[];
};

describe('rectify rollup on a folder of four units in four forms and a damaged file', () => {
  let dir: string;
  let paths: Awaited<ReturnType<typeof writeRollupFolder>>;
  let json: Json;
  let code: number;
  let io: ReturnType<typeof captureIo>;

  beforeAll(async () => {
    dir = scratchDir();
    paths = await writeRollupFolder(dir);
    io = captureIo();
    code = await main(['rollup', dir, '--as-of', AS_OF, '--json'], io);
    json = JSON.parse(io.text());
  });

  test('every readable unit is named from 设置, its title row, or its file name, in folder order', () => {
    expect(json.units.map((u) => [u.unit, u.file])).toEqual([
      ['市财政局党组', paths.finance],
      ['市教育局党组', paths.education],
      ['Water Bureau', paths.water],
      ['市卫健委', paths.health],
    ]);
  });

  test('each unit row has the figures its ledger was generated with', () => {
    const byUnit = Object.fromEntries(json.units.map((u) => [u.unit, u]));
    expect(byUnit.市财政局党组).toEqual({
      unit: '市财政局党组',
      file: paths.finance,
      total: 13,
      byStatus: { done: 8, inProgress: 3, notDone: 1, longTerm: 1 },
      completionRate: 0.6154,
      overdue: 2,
      dueSoon: 1,
    });
    expect(byUnit.市教育局党组).toMatchObject({ total: 9, overdue: 0, dueSoon: 2 });
    expect(byUnit.市卫健委).toMatchObject({
      total: 8,
      byStatus: { done: 3, inProgress: 3, notDone: 0, longTerm: 2 },
      overdue: 3,
    });
    expect(byUnit['Water Bureau']).toMatchObject({
      total: 11,
      byStatus: { done: 10, inProgress: 1 },
      overdue: 1,
    });
  });

  test('the totals are the sums of the four units, and the sentence reads as the published example', () => {
    expect(json).toMatchObject({
      total: 41,
      byStatus: { done: 26, inProgress: 9, notDone: 3, longTerm: 3 },
      completionRate: 0.6341,
      overdue: 6,
    });
    expect(json.sentence).toBe(
      '截至10月30日，4家被巡察党组织巡察反馈的41个问题，已完成整改26个，正在整改9个，未完成3个，长期坚持3个，总体完成率63.41%，追赃挽损1.75万元。',
    );
  });

  test('the damaged workbook is listed with its reason, the others still roll up, and the exit code is 1', () => {
    expect(code).toBe(1);
    expect(json.unreadable).toEqual([{ file: paths.damaged, reason: expect.stringContaining('已损坏') }]);
    expect(io.stderr.join('\n')).toContain(`未汇总：${paths.damaged}：工作簿已损坏`);
  });
});

describe('two files of one unit', () => {
  test('are reported and neither is added, so the unit is not counted twice', async () => {
    const dir = scratchDir();
    const paths = await writeRollupFolder(dir);
    mkdirSync(join(dir, '旧版'));
    const copy = await writeUnitXlsx(join(dir, '旧版', '财政-旧.xlsx'), FOLDER_UNITS.education, {
      inspectedUnit: '市财政局党组',
    });
    const io = captureIo();
    const code = await main(['rollup', dir, '--as-of', AS_OF, '--json'], io);
    const json = JSON.parse(io.text()) as Json;
    expect(code).toBe(1);
    expect(json.duplicates).toEqual([{ unit: '市财政局党组', files: [paths.finance, copy] }]);
    expect(json.units.map((u) => u.unit)).toEqual(['市教育局党组', 'Water Bureau', '市卫健委']);
    expect(json.total).toBe(9 + 11 + 8);
    expect(io.stderr.join('\n')).toContain('都是“市财政局党组”的台账，不能相加');
  });
});

describe('the overview workbook and the notice', () => {
  let dir: string;
  let out: string;
  let paths: Awaited<ReturnType<typeof writeRollupFolder>>;
  let io: ReturnType<typeof captureIo>;

  beforeAll(async () => {
    dir = scratchDir();
    paths = await writeRollupFolder(dir);
    out = join(dir, 'out');
    io = captureIo();
    await main(
      [
        'rollup',
        paths.finance,
        paths.education,
        paths.health,
        paths.water,
        '--as-of',
        AS_OF,
        '--out',
        join(out, '汇总.xlsx'),
        '--notice',
        join(out, '汇总通报.docx'),
      ],
      io,
    );
  });

  test('各单位汇总 has one row per unit and a totals row that sums them', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '汇总.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '各单位汇总',
      '按逾期排名',
      '按完成率排名',
      '逾期问题',
      '共性问题',
      '图表',
    ]);
    const sheet = workbook.getWorksheet('各单位汇总') as ExcelJS.Worksheet;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '序号',
      '单位',
      '问题数',
      '已完成',
      '正在整改',
      '未完成',
      '长期坚持',
      '状态不明',
      '完成率',
      '按期完成率',
      '已逾期',
      '即将到期',
      '追赃挽损（万元）',
      '台账错误',
      '文件',
    ]);
    const unitRow = (r: number) => (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(2, 9);
    expect(unitRow(4)).toEqual(['市财政局党组', 13, 8, 3, 1, 1, 0]);
    expect(unitRow(7)).toEqual(['Water Bureau', 11, 10, 1, 0, 0, 0]);
    expect(sheet.getCell('B8').value).toBe('合计');
    expect(sheet.getCell('C8').value).toEqual({ formula: 'SUM(C4:C7)', result: 41 });
    expect(sheet.getCell('D8').value).toEqual({ formula: 'SUM(D4:D7)', result: 26 });
    expect(sheet.getCell('K8').value).toEqual({ formula: 'SUM(K4:K7)', result: 6 });
    expect(sheet.getCell('I8').value).toBeCloseTo(26 / 41, 10);
    expect(sheet.getCell('I8').numFmt).toBe('0.00%');
    expect(sheet.getCell('A2').value).toContain('总体完成率63.41%');
  });

  test('the ranked, overdue and 共性问题 sheets list what the units hold', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '汇总.xlsx'));
    const column = (name: string, col: number) =>
      (workbook.getWorksheet(name) as ExcelJS.Worksheet).getColumn(col).values.slice(2);
    // 卫健委 3 overdue, 财政局 2, Water 1, 教育局 0.
    expect(column('按逾期排名', 2)).toEqual(['市卫健委', '市财政局党组', 'Water Bureau', '市教育局党组']);
    expect(column('按逾期排名', 1)).toEqual([1, 2, 3, 4]);
    // Water 10/11, 财政局 8/13, 教育局 5/9, 卫健委 3/8.
    expect(column('按完成率排名', 2)).toEqual(['Water Bureau', '市财政局党组', '市教育局党组', '市卫健委']);
    const overdue = workbook.getWorksheet('逾期问题') as ExcelJS.Worksheet;
    expect(overdue.rowCount).toBe(1 + 6);
    expect((overdue.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      '市财政局党组',
      '9',
      '办公室',
      new Date(Date.UTC(2024, 8, 30)),
      30,
      11,
    ]);
    // “1. 政治建设” and “一、政治建设” are one category across units.
    const common = workbook.getWorksheet('共性问题') as ExcelJS.Worksheet;
    expect(column('共性问题', 1)).toEqual(['政治建设', '作风建设', '财务管理']);
    expect((common.getRow(2).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual([
      '政治建设',
      4,
      5 + 3 + 3 + 4,
    ]);
  });

  test('the chart is a real DrawingML bar chart on 图表, reading the unit rows of 各单位汇总', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, '汇总.xlsx')));
    const chart = await zip.file('xl/charts/chart1.xml')?.async('string');
    expect(chart).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain("<c:f>'各单位汇总'!$B$4:$B$7</c:f>");
    expect(chart).toContain("<c:f>'各单位汇总'!$D$4:$D$7</c:f>");
    const types = await zip.file('[Content_Types].xml')?.async('string');
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    const sheet6 = await zip.file('xl/worksheets/sheet6.xml')?.async('string');
    expect(sheet6).toMatch(/<drawing r:id="rIdRectifyChart1"\/><\/worksheet>$/);
    const rels = await zip.file('xl/worksheets/_rels/sheet6.xml.rels')?.async('string');
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
  });

  test('the notice has the sentence, the table of units, one overdue table per unit and 共性问题', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, '汇总通报.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) as string;
    // Zero-width spaces are the renderer's break opportunities after Chinese punctuation, not text.
    const text = xml
      .replace(/<w:p[ >]/g, '\n$&')
      .replace(/<[^>]+>/g, '')
      .replace(/\u200b/g, '');
    expect(text).toContain('关于4家被巡察党组织巡察\n整改进展情况的通报');
    expect(text).toContain('截至10月30日，4家被巡察党组织巡察反馈的41个问题，已完成整改26个');
    expect(text).toContain('（一）市财政局党组：逾期未完成2个');
    expect(text).toContain('（二）市卫健委：逾期未完成3个');
    expect(text).toContain('（三）Water Bureau：逾期未完成1个');
    // The table of units, three overdue tables (教育局 has none), 共性问题.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(5);
  });
});

describe('the reconciliation check', () => {
  test('a totals row that disagrees with its unit rows is an error and nothing is written', async () => {
    const dir = scratchDir();
    const paths = await writeRollupFolder(dir);
    const r = await rollupFiles([paths.finance, paths.water], { asOf: AS_OF, locale: 'zh' });
    r.totals.byStatus.done += 1;
    const out = join(dir, 'overview.xlsx');
    const notice = join(dir, 'overview.html');
    const io = captureIo();
    await expect(publishRollup(r, { out, notice }, undefined, io)).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringContaining('合计行“已完成”为19，各单位相加为18'),
    });
    expect(existsSync(out)).toBe(false);
    expect(existsSync(notice)).toBe(false);
    expect(io.stdout).toEqual([]);
  });
});

describe('arguments', () => {
  test('an --out that names one of the ledgers is refused before anything is read', async () => {
    const dir = scratchDir();
    const paths = await writeRollupFolder(dir);
    const before = readFileSync(paths.finance);
    const io = captureIo();
    expect(await main(['rollup', paths.finance, paths.water, '--out', paths.finance], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('这是要汇总的台账之一');
    expect(readFileSync(paths.finance).equals(before)).toBe(true);
  });

  test('an overview written into the folder is not rolled up again on the next run', async () => {
    const dir = scratchDir();
    await writeRollupFolder(dir);
    const out = join(dir, 'overview.xlsx');
    await main(['rollup', dir, '--as-of', AS_OF, '--out', out], captureIo());
    const io = captureIo();
    await main(['rollup', dir, '--as-of', AS_OF, '--out', out, '--json'], io);
    expect((JSON.parse(io.text()) as Json).unreadable.map((u) => u.file)).not.toContain(out);
  });

  test('a folder without ledgers is a usage error naming it', async () => {
    const dir = scratchDir();
    const io = captureIo();
    expect(await main(['rollup', dir], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(`${dir}：文件夹中没有台账文件`);
  });
});

describe('in English', () => {
  test('--lang en writes the sentence, the sheets and the reasons in English', async () => {
    const dir = scratchDir();
    await writeRollupFolder(dir);
    const out = join(dir, 'out', 'overview.xlsx');
    const io = captureIo();
    expect(await main(['rollup', dir, '--as-of', AS_OF, '--lang', 'en', '--out', out, '--json'], io)).toBe(1);
    const json = JSON.parse(io.text()) as Json;
    expect(json.sentence).toBe(
      'As of 30 October 2024, of the 41 problems fed back to 4 inspected party organisations, 26 have been rectified, 9 are in progress, 3 are not done, 3 are long-term tasks; the overall completion rate is 63.41%, and CNY 17,500 in losses has been recovered.',
    );
    expect(json.unreadable[0].reason).toContain('damaged');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Units',
      'By overdue',
      'By completion',
      'Overdue',
      'Common problems',
      'Chart',
      'Not included',
    ]);
  });
});
