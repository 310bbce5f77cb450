// 校验台账: each finding becomes a note on its cell (replacing only our old notes) and a dialog sums them up.
import { countBySeverity, type Finding, findingText, type Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { validateMessages as M } from '../../core/messages/validate';
import { type CommandEnv, runOutcome } from '../platform/command';
import { loadLedger } from '../platform/ledger-sheet';
import type { Block, Outcome, Writes } from '../platform/outcome';
import { resolveServices, type Services } from '../platform/services';

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
    const row = plan[f.row - 1];
    if (!row || f.column < 1 || f.column > numColumns) continue;
    const line = `${severityWord(f.severity, locale)}${findingText(locale, f)}`;
    const cell = row[f.column - 1] ?? '';
    row[f.column - 1] = cell === '' ? line : `${cell}\n${line}`;
  }
  return plan;
}

/** "错误：" / "Error: " before a finding's message. */
function severityWord(severity: Finding['severity'], locale: Locale): string {
  return say(locale, severity === 'error' ? M.errorWord : M.warningWord);
}

/** The dialog's first line: the counts (the sidebar shows only this; it lists the findings itself). */
function summaryHead(findings: readonly Finding[], problems: number, asOf: string, locale: Locale): string {
  if (findings.length === 0) return say(locale, M.clean({ problems, asOf }));
  const { error, warning } = countBySeverity(findings);
  return say(locale, M.counts({ errors: error, warnings: warning, problems, asOf }));
}

/** The dialog text: counts, then the first findings with their cells. */
export function validationSummary(
  findings: readonly Finding[],
  problems: number,
  asOf: string,
  sheetName: string,
  locale: Locale,
): string {
  const head = summaryHead(findings, problems, asOf, locale);
  if (findings.length === 0) return head;
  const lines = findings.slice(0, DIALOG_FINDINGS).map((f) => {
    const where = f.sheet && f.sheet !== sheetName ? `${f.sheet}!${f.cell}` : f.cell;
    return `${where}  ${severityWord(f.severity, locale)}${findingText(locale, f)}`;
  });
  const rest = findings.length - DIALOG_FINDINGS;
  const more = rest > 0 ? [say(locale, M.more({ count: rest }))] : [];
  return [head, '', ...lines, ...more, '', say(locale, M.notesExplained)].join('\n');
}

/** Menu 校验台账. */
export function validateLedger(services?: Services): ValidateResult | undefined {
  const s = resolveServices(services);
  return runOutcome('validateLedger', s, (env) => validation(s, env));
}

/** The notes on 台账 and 设置 (our part of each, over every cell read) and the dialog. */
function validation(s: Services, env: CommandEnv): Outcome<ValidateResult> {
  env.toast(say(env.locale, M.progress));
  const ctx = loadLedger(s, { requireHeader: 'none' });
  const { locale, sheet } = ctx;
  const findings = [...ctx.settingsFindings, ...ctx.parsed.findings];
  const blocks: Block[] = [];
  const known: NonNullable<Writes['known']>[number][] = [];
  const notesOver = (target: typeof sheet, own: readonly Finding[], numRows: number, numColumns: number) => {
    if (numRows <= 0 || numColumns <= 0) return;
    const notes = notePlan(own, numRows, numColumns, locale);
    blocks.push({ sheet: target, row: 1, column: 1, numRows, numColumns, ownNotes: { notes } });
    known.push({ sheet: target, rows: numRows, columns: numColumns });
  };
  notesOver(sheet, ctx.parsed.findings, ctx.numRows, ctx.numColumns);
  const settingsSheet = ctx.settingsSheet;
  if (settingsSheet) {
    notesOver(settingsSheet, ctx.settingsFindings, settingsSheet.getLastRow(), settingsSheet.getLastColumn());
  }
  const problems = ctx.ledger?.problems.length ?? 0;
  const { error, warning } = countBySeverity(findings);
  const text = validationSummary(findings, problems, ctx.asOf, sheet.getName(), locale);
  return {
    writes: { blocks, known },
    report: {
      show: 'alert',
      locale,
      lines: [text],
      brief: [summaryHead(findings, problems, ctx.asOf, locale)],
    },
    value: { errors: error, warnings: warning, problems, findings },
  };
}
