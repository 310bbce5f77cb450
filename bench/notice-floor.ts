// The floor for `rectify notice --out F.docx`: the same read and layout, then the body as bare strings, zipped.
// Run by notice-docx.bench.ts as its own process: node notice-floor.cjs <ledger.csv> <out.docx> <as-of>.
import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { parseCsv } from '../src/cli/csv';
import { buildNotice, DEFAULT_SETTINGS, layoutNotice, paragraphText, parseLedger } from '../src/core';

const [input, out, asOf] = process.argv.slice(2);
const { ledger } = parseLedger(parseCsv(readFileSync(input, 'utf8')), { asOf });
if (!ledger) throw new Error('no ledger');
const { notice } = buildNotice({
  problems: ledger.problems,
  settings: DEFAULT_SETTINGS,
  asOf,
  narrative: null,
});
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const body = layoutNotice(notice)
  .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(paragraphText(p))}</w:t></w:r></w:p>`)
  .join('');
const enc = new TextEncoder();
writeFileSync(
  out,
  zipSync({
    '[Content_Types].xml': enc.encode(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc.encode(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': enc.encode(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  }),
);
