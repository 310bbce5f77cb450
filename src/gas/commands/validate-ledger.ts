// 校验台账: each finding becomes a note on its cell (replacing only our old notes) and a dialog sums them up.
import { countBySeverity, type Finding, type Locale, tr } from '../../core';
import { runCommand } from '../platform/command';
import { loadLedger } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { assertWritable, mergeNotes } from '../platform/sheet-write';

/** How many findings the dialog lists; the notes on the cells carry the rest. */
export const DIALOG_FINDINGS = 12;

export interface ValidateResult {
  errors: number;
  warnings: number;
  problems: number;
  findings: Finding[];
}

/** One note text per cell: several findings on a cell are listed one per line. */
export function notePlan(
  findings: readonly Finding[],
  numRows: number,
  numColumns: number,
  locale: Locale,
): string[][] {
  const plan: string[][] = Array.from({ length: numRows }, () => new Array<string>(numColumns).fill(''));
  for (const f of findings) {
    if (f.row < 1 || f.row > numRows || f.column < 1 || f.column > numColumns) continue;
    const line = `${severityWord(f.severity, locale)}${f.message}`;
    const cell = plan[f.row - 1][f.column - 1];
    plan[f.row - 1][f.column - 1] = cell === '' ? line : `${cell}\n${line}`;
  }
  return plan;
}

/** "错误：" / "Error: " before a finding's message. */
function severityWord(severity: Finding['severity'], locale: Locale): string {
  return severity === 'error' ? tr(locale, '错误：', 'Error: ') : tr(locale, '提醒：', 'Warning: ');
}

/** The dialog text: counts, then the first findings with their cells. */
export function validationSummary(
  findings: readonly Finding[],
  problems: number,
  asOf: string,
  sheetName: string,
  locale: Locale,
): string {
  const { error, warning } = countBySeverity(findings);
  if (findings.length === 0) {
    return tr(
      locale,
      `台账没有发现问题：共 ${problems} 条整改事项，统计日期 ${asOf}。`,
      `No problems found: ${problems} items checked, as of ${asOf}.`,
    );
  }
  const head = tr(
    locale,
    `发现 ${error} 个错误、${warning} 个提醒（共 ${problems} 条整改事项，统计日期 ${asOf}）。`,
    `Found ${error} error(s) and ${warning} warning(s) in ${problems} items (as of ${asOf}).`,
  );
  const lines = findings.slice(0, DIALOG_FINDINGS).map((f) => {
    const where = f.sheet && f.sheet !== sheetName ? `${f.sheet}!${f.cell}` : f.cell;
    return `${where}  ${severityWord(f.severity, locale)}${f.message}`;
  });
  const more =
    findings.length > DIALOG_FINDINGS
      ? [
          tr(
            locale,
            `……另有 ${findings.length - DIALOG_FINDINGS} 条。`,
            `…and ${findings.length - DIALOG_FINDINGS} more.`,
          ),
        ]
      : [];
  const tail = tr(
    locale,
    '每条问题已作为批注写在对应单元格上（以“【整改台账助手】”开头）；改正后再次校验，这些批注会自动清除，您自己写的批注不受影响。',
    'Each finding is also a note on its cell (starting with 【整改台账助手】); validate again after fixing and they are cleared. Your own notes are kept.',
  );
  return [head, '', ...lines, ...more, '', tail].join('\n');
}

/** Menu 校验台账. */
export function validateLedger(services?: Services): ValidateResult | undefined {
  const s = resolveServices(services);
  return runCommand('validateLedger', s, (env) => {
    env.toast(tr(env.locale, '正在校验台账…', 'Validating the ledger…'));
    const ctx = loadLedger(s, { requireHeader: 'none' });
    const { locale, sheet } = ctx;
    const ledgerFindings = ctx.parsed.findings;
    const findings = [...ctx.settingsFindings, ...ledgerFindings];
    // Plans first: read the notes now on both sheets and merge, then write.
    const writes: (() => void)[] = [];
    const protection = s.spreadsheet.ProtectionType;
    if (ctx.numRows > 0 && ctx.numColumns > 0) {
      const range = sheet.getRange(1, 1, ctx.numRows, ctx.numColumns);
      const notes = mergeNotes(
        range.getNotes(),
        notePlan(ledgerFindings, ctx.numRows, ctx.numColumns, locale),
      );
      assertWritable(
        sheet,
        [{ row: 1, column: 1, numRows: ctx.numRows, numColumns: ctx.numColumns }],
        locale,
        protection,
      );
      writes.push(() => range.setNotes(notes));
    }
    const settingsSheet = ctx.settingsSheet;
    if (settingsSheet) {
      const rows = settingsSheet.getLastRow();
      const columns = settingsSheet.getLastColumn();
      if (rows > 0 && columns > 0) {
        const range = settingsSheet.getRange(1, 1, rows, columns);
        const notes = mergeNotes(range.getNotes(), notePlan(ctx.settingsFindings, rows, columns, locale));
        assertWritable(
          settingsSheet,
          [{ row: 1, column: 1, numRows: rows, numColumns: columns }],
          locale,
          protection,
        );
        writes.push(() => range.setNotes(notes));
      }
    }
    for (const write of writes) write();
    const problems = ctx.ledger?.problems.length ?? 0;
    const { error, warning } = countBySeverity(findings);
    env.ui.alert(
      tr(locale, '整改台账助手 · 校验台账', 'Rectify · Validate ledger'),
      validationSummary(findings, problems, ctx.asOf, sheet.getName(), locale),
      env.ui.ButtonSet.OK,
    );
    return { errors: error, warnings: warning, problems, findings };
  });
}
