// One unit's roll-up row from a loaded ledger context: no file system, so the offline page rolls up dropped files too.
import { countBySeverity, tr, type UnitSummary, unitNameOf, unitSummary } from '../core';
import { allFindings, type CommandContext, requireLedger, totalsOf } from './pipeline';

/** The unit's row, its name from 设置 › 被巡察单位, the title row or `fileName`; a sheet without a ledger throws. */
export function unitOfContext(ctx: CommandContext, fileName: string): UnitSummary {
  const ledger = requireLedger(ctx);
  const { unit, source } = unitNameOf({
    setting: ctx.settings.inspectedUnit,
    grid: ctx.grid,
    headerIndex: ledger.headerRow - 1,
    fileName,
  });
  return unitSummary({
    unit,
    unitSource: source,
    file: ctx.path,
    totals: totalsOf(ctx),
    blankCategory: tr(ctx.locale, '（未填）', '(blank)'),
    errors: countBySeverity(allFindings(ctx)).error,
  });
}
