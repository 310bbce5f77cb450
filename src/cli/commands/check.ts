// `rectify check`: the findings of a ledger, as a table or JSON; exit 1 when any is an error.
import { countBySeverity, type Finding, findingText, type Locale, tr } from '../../core';
import { type CommandContext, loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings, requireLedger } from '../pipeline';
import { createProgress } from '../progress';

export { allFindings, requireLedger } from '../pipeline';

export function findingsTable(findings: Finding[], ctx: CommandContext): string {
  const l = ctx.locale;
  return table(
    [tr(l, '单元格', 'Cell'), tr(l, '级别', 'Severity'), tr(l, '说明', 'Message')],
    findings.map((f) => [
      f.sheet ? `${f.sheet}!${f.cell}` : f.cell,
      f.severity === 'error' ? tr(l, '错误', 'error') : tr(l, '提醒', 'warning'),
      findingText(l, f),
    ]),
  );
}

/**
 * A finding as `rectify check --json` has always printed it: its place, its code and its message in the
 * reader's language (the catalogue renders it here), so scripts that read the JSON see no change.
 */
export function findingJson(f: Finding, locale: Locale) {
  const { cell, row, column, field, severity, code, sheet } = f;
  return {
    cell,
    row,
    column,
    field,
    severity,
    code,
    message: findingText(locale, f),
    ...(sheet ? { sheet } : {}),
  };
}

export async function checkCommand(
  args: { ledger: string; asOf?: string; json?: boolean; settings?: string; lang?: string },
  io: Io,
): Promise<number> {
  // Reading and checking a large workbook takes seconds: show it on a terminal.
  const progress = createProgress(io);
  const ctx = await loadContext({ ...args, progress }).finally(() => progress.finish());
  const ledger = requireLedger(ctx);
  const findings = allFindings(ctx);
  const counts = countBySeverity(findings);
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          file: ctx.path,
          asOf: ctx.asOf,
          problems: ledger.problems.length,
          ...counts,
          findings: findings.map((f) => findingJson(f, ctx.locale)),
        },
        null,
        2,
      ),
    );
  } else {
    const l = ctx.locale;
    if (findings.length === 0) {
      io.out(
        tr(
          l,
          `${ctx.path}：${ledger.problems.length} 个问题，未发现问题。`,
          `${ctx.path}: ${ledger.problems.length} problems, nothing to fix.`,
        ),
      );
    } else {
      io.out(findingsTable(findings, ctx));
      io.out('');
      io.out(
        tr(
          l,
          `${ctx.path}：${ledger.problems.length} 个问题，${counts.error} 个错误，${counts.warning} 个提醒。`,
          `${ctx.path}: ${ledger.problems.length} problems, ${counts.error} errors, ${counts.warning} warnings.`,
        ),
      );
    }
  }
  return counts.error > 0 ? 1 : 0;
}
