// `rectify check`: the findings of a ledger, as a table or JSON; exit 1 when any is an error.
import { countBySeverity, type Finding, findingText, type Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { CHECK_TEXT as C, FINDING_WORDS as W } from '../../core/messages/cli';
import { type CommandContext, loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings, requireLedger } from '../pipeline';
import { createProgress } from '../progress';

export { allFindings, requireLedger } from '../pipeline';

export function findingsTable(findings: Finding[], ctx: CommandContext): string {
  const l = ctx.locale;
  return table(
    [say(l, W.cell), say(l, W.severity), say(l, W.message)],
    findings.map((f) => [
      f.sheet ? `${f.sheet}!${f.cell}` : f.cell,
      say(l, f.severity === 'error' ? W.error : W.warning),
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
      io.out(say(l, C.clean({ path: ctx.path, problems: ledger.problems.length })));
    } else {
      io.out(findingsTable(findings, ctx));
      io.out('');
      const { error: errors, warning: warnings } = counts;
      io.out(say(l, C.summary({ path: ctx.path, problems: ledger.problems.length, errors, warnings })));
    }
  }
  return counts.error > 0 ? 1 : 0;
}
