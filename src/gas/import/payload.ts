// What the 从通报导入 dialog sends the server: imported rows by field, narrative, and the report. Pure (runs in the dialog).
import { escapeHtml } from '../../core/html';
import { importColumns, importDocument, textParagraphs } from '../../core/import';
import type { ImportResult } from '../../core/import/model';
import { type Locale, tr } from '../../core/locale';
import { shorten } from '../../core/text';

export interface ImportPayload {
  /** One object per row: the ledger field (id, problem, …) → its text. */
  problems: Record<string, string>[];
  narrative: { section: string; text: string }[];
}

/** Reads a Doc's text (whole paragraphs) or pasted text (maybe a PDF's wrapped lines) into the payload. */
export function importPayload(
  text: string,
  fromDoc: boolean,
  locale: Locale,
): { payload: ImportPayload; result: ImportResult } {
  const result = importDocument(textParagraphs(text), { layout: fromDoc ? 'paragraphs' : 'auto', locale });
  const columns = importColumns();
  const problems = result.problems.map((p) => {
    const row: Record<string, string> = {};
    for (const c of columns) {
      const v = c.value(p);
      if (v !== '') row[c.def.field] = v;
    }
    return row;
  });
  return {
    payload: { problems, narrative: result.narrative.map((n) => ({ section: n.section, text: n.text })) },
    result,
  };
}

/** The dialog's report after the rows are written: figures, findings with their source text, unplaced paragraphs. */
export function importReportHtml(result: ImportResult, written: string, locale: Locale): string {
  const t = (zh: string, en: string) => escapeHtml(tr(locale, zh, en));
  const parts = [`<p>${escapeHtml(written)}</p>`];
  const f = result.printedFigures;
  if (f) {
    const r = result.rowFigures;
    parts.push(
      `<p>${t(
        `通报印出：问题 ${f.total}，已完成 ${f.done}，正在整改 ${f.inProgress}，未完成 ${f.notDone}，长期坚持 ${f.longTerm}；导入的行：${r.total}、${r.done}、${r.inProgress}、${r.notDone}、${r.longTerm}。`,
        `The document prints: problems ${f.total}, done ${f.done}, in progress ${f.inProgress}, not done ${f.notDone}, long-term ${f.longTerm}; imported rows: ${r.total}, ${r.done}, ${r.inProgress}, ${r.notDone}, ${r.longTerm}.`,
      )}</p>`,
    );
  }
  if (result.findings.length > 0) {
    parts.push(`<h4>${t('请核对', 'Please check')}</h4><ul>`);
    for (const x of result.findings)
      parts.push(`<li>${escapeHtml(x.message)}${x.quote ? `<br><q>${escapeHtml(x.quote)}</q>` : ''}</li>`);
    parts.push('</ul>');
  }
  if (result.unplaced.length > 0) {
    parts.push(`<h4>${t('未放入台账的段落', 'Paragraphs not placed in the ledger')}</h4><ul>`);
    for (const u of result.unplaced) parts.push(`<li>${escapeHtml(shorten(u.text, 80))}</li>`);
    parts.push('</ul>');
  }
  return parts.join('');
}
