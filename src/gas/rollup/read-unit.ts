// Opens one unit's spreadsheet by its link and makes its roll-up row: two sheet reads, the core does the rest.
import {
  type CalendarDate,
  computeTotals,
  countBySeverity,
  type Locale,
  parseLedger,
  tr,
  type UnitSummary,
  unitNameOf,
  unitSummary,
} from '../../core';
import { calendarDateReader, findLedgerSheet, readSettings } from '../platform/ledger-sheet';
import type { Services } from '../platform/services';

/** A unit that cannot be rolled up, with the reason in the reader's language. */
export class UnreadableUnit extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableUnit';
  }
}

/**
 * The unit's row. Reads its 设置 and its ledger sheet with one getValues each (findLedgerSheet, readSettings);
 * opening it needs the `spreadsheets` scope (SpreadsheetApp.openByUrl,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openByUrl(String)).
 */
export function readUnit(
  services: Services,
  url: string,
  options: { asOf: CalendarDate; locale: Locale },
): UnitSummary {
  const l = options.locale;
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    ss = services.spreadsheet.openByUrl(url);
  } catch (error) {
    const message = String((error as { message?: unknown } | null)?.message ?? error);
    throw new UnreadableUnit(
      tr(
        l,
        `无法打开（链接有误，或您没有这份表格的访问权限）：${message}`,
        `cannot be opened (a wrong link, or you have no access to it): ${message}`,
      ),
    );
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const dateOf = calendarDateReader(services, timeZone);
  const { settings, findings: settingsFindings } = readSettings(services, ss, dateOf);
  const found = findLedgerSheet(ss);
  if (!found)
    throw new UnreadableUnit(
      tr(
        l,
        '表格中找不到台账（没有“台账”工作表或台账表头）',
        'no ledger in it (no Ledger sheet or ledger header)',
      ),
    );
  const parsed = parseLedger(found.grid, {
    asOf: options.asOf,
    locale: l,
    dateOf,
    closureReview: settings.closureReview,
  });
  const headerProblem = parsed.findings.find((f) => f.code.startsWith('header.'));
  if (!parsed.ledger || headerProblem)
    throw new UnreadableUnit(`[${found.sheet.getName()}] ${headerProblem?.message ?? ''}`.trim());
  const totals = computeTotals(parsed.ledger.problems, {
    asOf: options.asOf,
    leadDays: settings.leadDays,
    locale: l,
    closureReview: settings.closureReview,
  });
  const { unit, source } = unitNameOf({
    setting: settings.inspectedUnit,
    grid: found.grid,
    headerIndex: parsed.ledger.headerRow - 1,
    fileName: ss.getName(),
  });
  return unitSummary({
    unit,
    unitSource: source,
    file: url,
    totals,
    blankCategory: tr(l, '（未填）', '(blank)'),
    errors: countBySeverity([...settingsFindings, ...parsed.findings]).error,
  });
}
