// Opens one unit's spreadsheet by its link and makes its roll-up row: two sheet reads, the core does the rest.
import {
  type CalendarDate,
  computeTotals,
  countBySeverity,
  findingText,
  type Locale,
  parseLedger,
  type UnitSummary,
  unitNameOf,
  unitSummary,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { rollupColumns, rollupScriptText } from '../../core/messages/rollup';
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
    throw new UnreadableUnit(say(l, rollupScriptText.cannotOpen({ message })));
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const dateOf = calendarDateReader(services, timeZone);
  const { settings, findings: settingsFindings } = readSettings(services, ss, dateOf);
  const found = findLedgerSheet(ss);
  if (!found) throw new UnreadableUnit(say(l, rollupScriptText.noLedger));
  const parsed = parseLedger(found.grid, {
    asOf: options.asOf,
    dateOf,
    closureReview: settings.closureReview,
  });
  const headerProblem = parsed.findings.find((f) => f.code.startsWith('header.'));
  if (!parsed.ledger || headerProblem)
    throw new UnreadableUnit(
      `[${found.sheet.getName()}] ${headerProblem ? findingText(l, headerProblem) : ''}`.trim(),
    );
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
    blankCategory: say(l, rollupColumns.blankCategory),
    errors: countBySeverity([...settingsFindings, ...parsed.findings]).error,
  });
}
