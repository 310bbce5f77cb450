// What the 从通报导入 dialog sends the server: imported rows by field, narrative, and the report. Pure (runs in the dialog).

import { escapeHtml } from '../../core/html';
import { importColumns, importDocument, importFindingText, textParagraphs } from '../../core/import';
import type { ImportResult } from '../../core/import/model';
import type { Locale } from '../../core/locale';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { importReportMessages as M } from '../../core/messages/import-report';
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
): { payload: ImportPayload; result: ImportResult } {
  const result = importDocument(textParagraphs(text), { layout: fromDoc ? 'paragraphs' : 'auto' });
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
  const t = (text: Bilingual) => escapeHtml(say(locale, text));
  const parts = [`<p>${escapeHtml(written)}</p>`];
  const f = result.printedFigures;
  if (f) {
    const r = result.rowFigures;
    parts.push(`<p>${t(M.figures({ printed: f, rows: r }))}</p>`);
  }
  if (result.findings.length > 0) {
    parts.push(`<h4>${t(M.pleaseCheck)}</h4><ul>`);
    for (const x of result.findings)
      parts.push(
        `<li>${escapeHtml(importFindingText(locale, x))}${x.quote ? `<br><q>${escapeHtml(x.quote)}</q>` : ''}</li>`,
      );
    parts.push('</ul>');
  }
  if (result.unplaced.length > 0) {
    parts.push(`<h4>${t(M.unplaced)}</h4><ul>`);
    for (const u of result.unplaced) parts.push(`<li>${escapeHtml(shorten(u.text, 80))}</li>`);
    parts.push('</ul>');
  }
  return parts.join('');
}
