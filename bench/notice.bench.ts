// Bench of the notice: model (buildNotice + layout) and the .docx for generated ledgers of 1,000 problems and more.
import { renderDocx } from '../src/cli/render/docx';
import { renderHtml } from '../src/cli/render/html';
import { buildNotice, DEFAULT_SETTINGS, layoutNotice, parseLedger } from '../src/core';
import { generateLedger } from './generate';
import { measure, report } from './measure';

async function main() {
  const settings = {
    ...DEFAULT_SETTINGS,
    issuer: '中共某市文联党组',
    inspectedUnit: '市文联党组',
    inspectionGroup: '市委第一巡察组',
    deployingOrgan: '市委',
    contactPhone: '0812-0000000',
  };
  for (const rows of [1_000, 5_000]) {
    const { ledger } = parseLedger(generateLedger(rows), { asOf: '2024-10-30' });
    if (!ledger) throw new Error('no ledger');
    const input = { problems: ledger.problems, settings, asOf: '2024-10-30', narrative: null };
    const model = await measure(() => {
      const { notice } = buildNotice(input);
      return layoutNotice(notice).length;
    });
    report(`notice model+layout ${rows.toLocaleString('en')} problems`, model, `${model.result} paragraphs`);
    const { notice } = buildNotice(input);
    const docx = await measure(() => renderDocx(notice));
    report(
      `notice .docx ${rows.toLocaleString('en')} problems`,
      docx,
      `${(docx.result.length / 1024).toFixed(0)} KB`,
    );
    const html = await measure(() => renderHtml(notice));
    report(
      `notice .html ${rows.toLocaleString('en')} problems`,
      html,
      `${(html.result.length / 1024).toFixed(0)} KB`,
    );
  }
}

void main();
