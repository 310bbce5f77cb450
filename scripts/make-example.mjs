// Builds examples/ledger.xlsx (sheets 台账, 设置, 通报正文) from the example CSV files; run after editing them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');

function csv(name) {
  const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const workbook = new ExcelJS.Workbook();
workbook.created = new Date(Date.UTC(2024, 9, 30));
workbook.modified = workbook.created;
const widths = {
  问题描述: 60,
  整改措施: 60,
  长期举措: 40,
  问题类别: 28,
  整改时限: 22,
  长期举措时限: 22,
  责任人邮箱: 22,
};
for (const [name, file] of [
  ['台账', 'ledger.csv'],
  ['设置', 'settings.csv'],
  ['通报正文', 'narrative.csv'],
]) {
  const sheet = workbook.addWorksheet(name);
  const rows = csv(file);
  for (const r of rows) {
    // Numbers stay numbers where a person would type them (amounts, lead days).
    sheet.addRow(
      r.map((v) => (/^\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v) && name !== '台账' ? Number(v) : v)),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  rows[0].forEach((h, i) => {
    sheet.getColumn(i + 1).width = widths[h] ?? (name === '台账' ? 14 : name === '设置' ? 20 : 80);
    if (widths[h]) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
}
// The amount column holds numbers, as a clerk types them.
const ledger = workbook.getWorksheet('台账');
const amountCol = csv('ledger.csv')[0].indexOf('追赃挽损（万元）') + 1;
ledger.eachRow((row, n) => {
  const cell = row.getCell(amountCol);
  if (n > 1 && cell.value !== '' && cell.value !== null) cell.value = Number(cell.value);
});
await workbook.xlsx.writeFile(join(dir, 'ledger.xlsx'));
console.log('examples/ledger.xlsx written');
