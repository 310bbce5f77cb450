// Bench of `rectify import`: a notice of 1,000 problems read back, as paragraphs, as a wrapped PDF page and as .docx.
import { docxParagraphs } from '../src/cli/import/docx';
import { renderDocx } from '../src/cli/render/docx';
import {
  buildNotice,
  DEFAULT_SETTINGS,
  layoutNotice,
  paragraphText,
  parseLedger,
  textWidthChars,
} from '../src/core';
import { importDocument, type SourceParagraph } from '../src/core/import';
import { generateLedger } from './generate';
import { measure, report } from './measure';

/** A paragraph as a PDF's text layer gives it: lines of at most `width` characters, the first indented 2. */
function wrap(text: string, width = 26): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - 2;
  for (const ch of text) {
    if (textWidthChars(line + ch) > room) {
      lines.push(line);
      line = '';
      room = width;
    }
    line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

async function main() {
  const settings = {
    ...DEFAULT_SETTINGS,
    issuer: '中共某市文联党组',
    inspectedUnit: '市文联党组',
    inspectionGroup: '市委第一巡察组',
    deployingOrgan: '市委',
    contactPhone: '0812-0000000',
    showResponsible: true,
  };
  for (const rows of [1_000, 5_000]) {
    const { ledger } = parseLedger(generateLedger(rows), { asOf: '2024-10-30' });
    if (!ledger) throw new Error('no ledger');
    const { notice } = buildNotice({
      problems: ledger.problems,
      settings,
      asOf: '2024-10-30',
      narrative: null,
    });
    const paragraphs: SourceParagraph[] = layoutNotice(notice).map((p) => ({
      text: paragraphText(p),
      bold: p.runs.every((r) => r.bold),
    }));
    const label = rows.toLocaleString('en');
    const para = await measure(() => importDocument(paragraphs, { layout: 'paragraphs' }));
    report(`import ${label} problems (paragraphs)`, para, `${para.result.problems.length} rows`);
    const lines = paragraphs.flatMap((p) => wrap(p.text).map((text) => ({ text })));
    const wrapped = await measure(() => importDocument(lines, { layout: 'lines' }));
    report(
      `import ${label} problems (PDF lines)`,
      wrapped,
      `${lines.length} lines, ${wrapped.result.problems.length} rows`,
    );
    const docx = await renderDocx(notice);
    const fromDocx = await measure(() => importDocument(docxParagraphs(docx), { layout: 'paragraphs' }));
    report(
      `import ${label} problems (.docx read+import)`,
      fromDocx,
      `${(docx.length / 1024).toFixed(0)} KB, ${fromDocx.result.problems.length} rows`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
