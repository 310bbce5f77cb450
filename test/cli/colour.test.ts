// `rectify colour`: the copy gains urgency fills, notes and a legend, and nothing else in the workbook changes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { LEGEND_TITLES, NOTE_MARKS } from '../../src/cli/xlsx-colour';
import { PALETTE } from '../../src/core';
import { fixtureWorkbook, PERSON_FILL, THEME_FILL, validations } from './fixtures';
import { captureIo, scratchDir } from './helpers';

const AS_OF = '2024-10-30';

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

async function writeFixture(dir: string): Promise<string> {
  const path = join(dir, '台账.xlsx');
  await fixtureWorkbook().xlsx.writeFile(path);
  return path;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Everything about a cell except its fill and note, as a comparable string. */
function cellShape(cell: ExcelJS.Cell | undefined): string {
  if (!cell) return 'absent';
  return JSON.stringify({
    value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
    formula: cell.formula,
    numFmt: cell.numFmt ?? null,
    font: cell.font ?? null,
    alignment: cell.alignment ?? null,
    border: cell.border ?? null,
    protection: cell.protection ?? null,
  });
}

function fillOf(cell: ExcelJS.Cell | undefined): string {
  const fill = cell?.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.pattern === 'none' || !fill.pattern) return 'none';
  return JSON.stringify(fill.fgColor);
}

const paletteFill = (colour: string) => JSON.stringify({ argb: `FF${colour.slice(1).toUpperCase()}` });

function bounds(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet) {
  return {
    rows: Math.max(a.rowCount, b.rowCount, 1),
    columns: Math.max(a.columnCount, b.columnCount, 1),
  };
}

async function colourFixture(extra: string[] = []) {
  const dir = scratchDir();
  const input = await writeFixture(dir);
  const before = sha(input);
  const out = join(dir, '台账-着色.xlsx');
  const io = captureIo();
  // A repeated option is refused: --lang zh is the default only when `extra` names no language.
  const lang = extra.includes('--lang') ? [] : ['--lang', 'zh'];
  const code = await main(['colour', input, '--out', out, '--as-of', AS_OF, ...lang, ...extra], io);
  return { dir, input, out, io, code, inputUnchanged: sha(input) === before };
}

describe('rectify colour round trip', () => {
  test('only urgency fills and notes are added; values, formulas, styles, merges, widths and sheets are kept', async () => {
    const { input, out, io, code, inputUnchanged } = await colourFixture();
    expect(inputUnchanged).toBe(true);
    // G8 holds an unreadable deadline and F9 a malformed address: ledger errors, so exit 1 with the findings.
    expect(code).toBe(1);
    expect(io.text()).toContain('G8');
    expect(io.text()).toContain('F9');

    const a = await load(input);
    const b = await load(out);
    expect(b.worksheets.map((s) => s.name)).toEqual([...a.worksheets.map((s) => s.name), '图例']);

    // Expected row colours at 2024-10-30 with the default 7 lead days.
    const rowFill: Record<number, string> = {
      3: paletteFill(PALETTE.overdue),
      4: paletteFill(PALETTE.dueSoon),
      5: paletteFill(PALETTE.done),
      6: paletteFill(PALETTE.longTerm),
      7: 'none',
      8: 'none',
      9: 'none',
    };
    for (const sa of a.worksheets) {
      const sb = b.getWorksheet(sa.name)!;
      expect(sb.model.merges).toEqual(sa.model.merges);
      expect(sb.views).toEqual(sa.views);
      expect(validations(sb).model).toEqual(validations(sa).model);
      if (sa.name === '台账') expect(Object.keys(validations(sa).model)).toHaveLength(7);
      const { rows, columns } = bounds(sa, sb);
      for (let c = 1; c <= columns + 2; c++) {
        expect([sc(sb, c)]).toEqual([sc(sa, c)]);
      }
      for (let r = 1; r <= rows + 2; r++) {
        expect(sb.getRow(r).height).toEqual(sa.getRow(r).height);
        for (let c = 1; c <= columns + 2; c++) {
          const ca = sa.findCell(r, c);
          const cb = sb.findCell(r, c);
          const where = `${sa.name}!${sb.getCell(r, c).address}`;
          // Cells that gained only a fill may exist in the copy and not in the original.
          if (ca || cb?.value !== null) expect([where, cellShape(cb)]).toEqual([where, cellShape(ca)]);
          const inTable = sa.name === '台账' && r >= 3 && r <= 9 && c <= 11;
          const personFill = fillOf(ca) !== 'none';
          const slave = cb?.isMerged && cb.master !== cb;
          if (inTable && !personFill && !slave) {
            expect([where, fillOf(cb)]).toEqual([where, rowFill[r]]);
          } else {
            expect([where, fillOf(cb)]).toEqual([where, fillOf(ca)]);
          }
          const noteA = ca?.note;
          if (noteA) expect([where, cb?.note]).toEqual([where, noteA]);
        }
      }
    }

    const ledger = b.getWorksheet('台账')!;
    // The person's fills and the merged banner survive.
    expect(ledger.getCell('C5').fill).toEqual(PERSON_FILL);
    expect(ledger.getCell('D7').fill).toEqual(THEME_FILL);
    expect(ledger.getCell('E2').fill).toEqual(PERSON_FILL);
    expect(
      ledger.getCell('M3').fill?.type === 'pattern' &&
        (ledger.getCell('M3').fill as ExcelJS.FillPattern).pattern !== 'none',
    ).toBe(false);
    // The other sheet's cell that shared a style with the data rows did not pick up a row colour.
    expect(fillOf(b.getWorksheet('统计')!.getCell('A3'))).toBe('none');
  });

  test('each bad cell gets a note with its finding, except where a person already wrote one', async () => {
    const { out, dir, input } = await colourFixture();
    const checkIo = captureIo();
    await main(['check', input, '--as-of', AS_OF, '--json', '--lang', 'zh'], checkIo);
    const findings = JSON.parse(checkIo.text()).findings as { cell: string; message: string }[];
    expect(findings.map((f) => f.cell)).toEqual(expect.arrayContaining(['G8', 'F9']));

    const sheet = (await load(out)).getWorksheet('台账')!;
    for (const f of findings) {
      const note = String(sheet.getCell(f.cell).note ?? '');
      if (f.cell === 'F9') expect(note).toBe('邮箱待更新');
      else {
        expect(note.startsWith(NOTE_MARKS[0])).toBe(true);
        expect(note).toContain(f.message);
      }
    }
    // No other cell gained a note.
    const noted: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.note) noted.push(cell.address);
      });
    });
    expect(noted.sort()).toEqual([...new Set([...findings.map((f) => f.cell), 'C9'])].sort());
    expect(dir).toBeTruthy();
  });

  test('the legend sheet shows the colours, their counts, and links to every finding', async () => {
    const { out } = await colourFixture();
    const legend = (await load(out)).getWorksheet('图例')!;
    expect(legend.getCell('A1').value).toBe(LEGEND_TITLES[0]);
    const rows = [5, 6, 7, 8].map((r) => ({
      fill: fillOf(legend.getCell(r, 1)),
      label: String(legend.getCell(r, 2).value),
      count: legend.getCell(r, 3).value,
    }));
    expect(rows).toEqual([
      { fill: paletteFill(PALETTE.overdue), label: expect.stringContaining('逾期'), count: 1 },
      { fill: paletteFill(PALETTE.dueSoon), label: expect.stringContaining('7天内到期'), count: 1 },
      { fill: paletteFill(PALETTE.longTerm), label: '长期坚持', count: 1 },
      { fill: paletteFill(PALETTE.done), label: '已完成', count: 1 },
    ]);
    // Links inside the workbook are written as Excel writes them (location="…", no relationship); exceljs
    // does not read those, so the sheet's XML is read directly.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).find((x) =>
      x.includes(LEGEND_TITLES[0]),
    )!;
    const links = [...xml.matchAll(/<hyperlink ref="(A\d+)" location="([^"]*)"/g)].map((m) => m[2]);
    expect(links).toEqual(expect.arrayContaining(["'台账'!G8", "'台账'!F9"]));
  });

  test('colouring a coloured copy again replaces its own fills, notes and legend, and keeps the rest', async () => {
    const { dir, out } = await colourFixture();
    const again = join(dir, 'again.xlsx');
    // A year later every open row is overdue; the done row stays green.
    const io = captureIo();
    expect(await main(['colour', out, '--out', again, '--as-of', '2025-12-31', '--lang', 'zh'], io)).toBe(1);
    const b = await load(again);
    expect(b.worksheets.map((s) => s.name)).toEqual(['台账', '统计', '图例']);
    const sheet = b.getWorksheet('台账')!;
    expect(fillOf(sheet.getCell('A4'))).toBe(paletteFill(PALETTE.overdue));
    expect(fillOf(sheet.getCell('A5'))).toBe(paletteFill(PALETTE.done));
    expect(fillOf(sheet.getCell('A7'))).toBe(paletteFill(PALETTE.overdue));
    expect(sheet.getCell('C5').fill).toEqual(PERSON_FILL);
    expect(String(sheet.getCell('G8').note).split(NOTE_MARKS[0]).length).toBe(2);
    expect(sheet.getCell('F9').note).toBe('邮箱待更新');
  });

  test('a person’s own sheet called 图例 is left alone; the legend takes another name', async () => {
    const dir = scratchDir();
    const workbook = fixtureWorkbook();
    workbook.addWorksheet('图例').getCell('A1').value = '我的图例';
    const input = join(dir, 'in.xlsx');
    await workbook.xlsx.writeFile(input);
    const out = join(dir, 'out.xlsx');
    await main(['colour', input, '--out', out, '--as-of', AS_OF, '--lang', 'zh'], captureIo());
    const b = await load(out);
    expect(b.worksheets.map((s) => s.name)).toEqual(['台账', '统计', '图例', '图例 (2)']);
    expect(b.getWorksheet('图例')!.getCell('A1').value).toBe('我的图例');
  });
});

function sc(sheet: ExcelJS.Worksheet, c: number) {
  const column = sheet.getColumn(c);
  return { column: c, width: column.width ?? null, hidden: column.hidden ?? false };
}

describe('rectify colour arguments and inputs', () => {
  test('refuses to write over its input, also through another spelling of the path', async () => {
    const dir = scratchDir();
    const input = await writeFixture(dir);
    const before = sha(input);
    for (const out of [input, join(dir, '.', '台账.xlsx')]) {
      const io = captureIo();
      expect(await main(['colour', input, '--out', out, '--lang', 'zh'], io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toContain('就是输入文件');
    }
    expect(sha(input)).toBe(before);
  });

  test('--out is required and must be .xlsx; a bad --as-of names the argument', async () => {
    const dir = scratchDir();
    const input = await writeFixture(dir);
    const cases: [string[], string][] = [
      [['colour', input, '--lang', 'zh'], '--out'],
      [['colour', input, '--out', join(dir, 'x.csv'), '--lang', 'zh'], '--out'],
      [['colour', input, '--out', join(dir, 'x.xlsx'), '--as-of', '下周一', '--lang', 'zh'], '--as-of'],
      [['colour', input, '--out', join(dir, 'x.xlsx'), '--as-of', '2024-02-30', '--lang', 'en'], '--as-of'],
    ];
    for (const [argv, named] of cases) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toContain(named);
    }
  });

  test('a CSV ledger becomes an .xlsx copy with its text exactly as typed, coloured', async () => {
    const dir = scratchDir();
    const input = join(dir, 'ledger.csv');
    writeFileSync(
      input,
      '\uFEFF编号,问题描述,整改措施,责任科室,整改时限,整改状态,备注\n' +
        '001,问题一,措施一,办公室,2024-09-30,正在整改,=1+1\n' +
        '002,问题二,措施二,办公室,2024-09-30,已完成,+86 123\n',
    );
    const out = join(dir, 'ledger.xlsx');
    const io = captureIo();
    expect(await main(['colour', input, '--out', out, '--as-of', AS_OF, '--lang', 'zh'], io)).toBe(0);
    const sheet = (await load(out)).getWorksheet('台账')!;
    expect(sheet.getCell('A2').value).toBe('001');
    expect(sheet.getCell('G2').value).toBe('=1+1');
    expect(sheet.getCell('G2').formula).toBeUndefined();
    expect(sheet.getCell('G3').value).toBe('+86 123');
    expect(fillOf(sheet.getCell('A2'))).toBe(paletteFill(PALETTE.overdue));
    expect(fillOf(sheet.getCell('G3'))).toBe(paletteFill(PALETTE.done));
    expect(fillOf(sheet.getCell('A1'))).toBe('none');
    expect(io.text()).toContain('逾期 1 行');
  });

  test('English messages when asked', async () => {
    const { out, io } = await colourFixture(['--lang', 'en']);
    expect(io.text()).toContain('overdue (red)');
    const b = await load(out);
    expect(b.worksheets.map((s) => s.name)).toContain('Legend');
    expect(String(b.getWorksheet('台账')!.getCell('G8').note).startsWith(NOTE_MARKS[1])).toBe(true);
  });
});

describe('parts exceljs could not carry', () => {
  test('a macro workbook with a chart: the copy is .xlsm, says nothing is lost, and keeps both byte for byte', async () => {
    const dir = scratchDir();
    const zip = await JSZip.loadAsync(await fixtureWorkbook().xlsx.writeBuffer());
    // Parts as Excel stores them; exceljs used to read past them and not write them back.
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    zip.file('xl/vbaProject.bin', Buffer.from('VBA'));
    const input = join(dir, 'with-chart.xlsm');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = sha(input);
    const io = captureIo();
    expect(
      await main(['colour', input, '--out', join(dir, 'out.xlsx'), '--as-of', AS_OF, '--lang', 'zh'], io),
    ).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining('.xlsm')]);
    const out = join(dir, 'out.xlsm');
    const io2 = captureIo();
    expect(await main(['colour', input, '--out', out, '--as-of', AS_OF, '--lang', 'zh'], io2)).toBe(1);
    expect(io2.stderr).toEqual([]);
    const copy = await JSZip.loadAsync(readFileSync(out));
    for (const part of ['xl/charts/chart1.xml', 'xl/vbaProject.bin']) {
      expect(await copy.file(part)!.async('nodebuffer')).toEqual(await zip.file(part)!.async('nodebuffer'));
    }
    expect(sha(input)).toBe(before);
  });
});
