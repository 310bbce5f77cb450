// 汇总统计: (re)writes sheet 汇总 — sentence, tables by status/category/department, rates, ageing, legend, chart.

import { type CalendarDate, computeTotals, TOTALS_SHEETS, type Totals } from '../../core';
import { say } from '../../core/messages/bilingual';
import { sheetNames } from '../../core/messages/sheets';
import { totalsMessages as M } from '../../core/messages/totals';
import { type CommandEnv, runOutcome } from '../platform/command';
import { loadLedger, sheetByNames } from '../platform/ledger-sheet';
import type { NewSheet, Outcome, Target, Writes } from '../platform/outcome';
import { resolveServices, type Services } from '../platform/services';
import type { Area } from '../platform/sheet-write';
import { TOTALS_WIDTH, totalsLayout } from './totals-layout';

export { type LayoutOptions, TOTALS_WIDTH, type TotalsLayout, totalsLayout } from './totals-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TotalsResult {
  totals: Totals;
  sheetName: string;
}

/** Menu 汇总统计. */
export function updateTotals(services?: Services): TotalsResult | undefined {
  const s = resolveServices(services);
  return runOutcome('updateTotals', s, (env) => totalsOutcome(s, env));
}

/** 汇总, rewritten whole: Rectify's own sheet, so clearing it and its charts loses nothing a person typed. */
function totalsOutcome(s: Services, env: CommandEnv): Outcome<TotalsResult> {
  env.toast(say(env.locale, M.progress));
  const ctx = loadLedger(s);
  const { locale, asOf, timeZone } = ctx;
  const { leadDays, closureReview } = ctx.settings;
  const totals = computeTotals(ctx.ledger?.problems ?? [], { asOf, leadDays, locale, closureReview });
  const runTime = s.utilities.formatDate(s.now(), timeZone, 'yyyy-MM-dd HH:mm');
  const date = dateCells(s, timeZone);
  const layout = totalsLayout(totals, { date, asOf, runTime, timeZone, leadDays, locale, closureReview });
  const height = layout.values.length;
  const existing = sheetByNames(ctx.ss, TOTALS_SHEETS);
  const sheet: Target = existing ?? { create: say(locale, sheetNames.totals) };
  const area = { row: 1, column: 1, numRows: height, numColumns: TOTALS_WIDTH };
  const { chart } = layout;
  const table = { row: chart.row, column: 1, numRows: chart.numRows, numColumns: chart.numColumns };
  const writes: Writes = {
    spreadsheet: ctx.ss,
    ...(existing ? clearedWhole(existing, area) : { create: [sheet as NewSheet] }),
    clear: [{ sheet, what: 'all' }],
    blocks: [
      {
        sheet,
        ...area,
        numberFormats: layout.formats,
        values: layout.values,
        fontWeights: layout.weights,
        fills: layout.fills,
      },
    ],
    columnWidths: [{ sheet, column: 1, width: 200 }],
    charts:
      chart.numRows > 1
        ? [{ sheet, table, title: say(locale, M.chartTitle), at: { row: 1, column: TOTALS_WIDTH + 2 } }]
        : [],
    activate: sheet,
  };
  return {
    writes,
    report: { show: 'toast', locale, lines: [say(locale, M.updated({ sentence: totals.sentence }))] },
    value: { totals, sheetName: existing ? existing.getName() : say(locale, sheetNames.totals) },
  };
}

/**
 * An existing 汇总 is cleared whole, so every row it has is checked for protection, not only the rows written;
 * its row count, read for that, is known to the executor.
 */
function clearedWhole(sheet: Sheet, area: Area): Pick<Writes, 'guard' | 'known'> {
  const rows = sheet.getMaxRows();
  return {
    guard: [{ sheet, area: { ...area, numRows: Math.max(area.numRows, rows) } }],
    known: [{ sheet, rows, columns: 0 }],
  };
}

/** One parseDate per distinct date (deadlines repeat down the overdue list); no spreadsheet calls. */
function dateCells(s: Services, timeZone: string): (d: CalendarDate) => Date {
  const dates = new Map<CalendarDate, Date>();
  return (d) => {
    let cell = dates.get(d);
    if (!cell) {
      cell = s.utilities.parseDate(d, timeZone, 'yyyy-MM-dd');
      dates.set(d, cell);
    }
    return cell;
  };
}
