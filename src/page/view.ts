// What the page shows of one ledger: its dashboard, totals, settings form and reminders, from the CLI's pipeline.
import {
  allFindings,
  type CommandContext,
  groupRows,
  headlineRows,
  reminderPlanOf,
  requireLedger,
  totalsOf,
} from '../cli/pipeline';
import { amount, type Cell, exactCompletionRate, fieldLabel, percent } from '../core';
import { buildDashboard } from '../gas/sidebar/model';
import { buildSettingsForm, rejectedSettings } from '../gas/sidebar/settings-form';
import type { ImportedNote, View } from './protocol';

export interface ViewInput {
  ctx: CommandContext;
  /** The workbook's 设置 grid, whose rejected values the form names. */
  settingsGrid: readonly (readonly Cell[])[];
  /** True once the settings come from the page's form rather than the 设置 sheet. */
  settingsEdited: boolean;
  /** True when the page's as-of picker is blank, so a pinned 统计截止日期 decides the date. */
  asOfUnpicked: boolean;
  imported: ImportedNote | null;
}

/** The totals tab: the sentence, the headline figures, and the tables by category and by office. */
function totalsView(ctx: CommandContext): View['totals'] {
  const totals = totalsOf(ctx);
  const l = ctx.locale;
  // As `rectify totals` decides it: a column for unreadable statuses only when the ledger has one.
  const withUnknown = totals.byStatus.unknown > 0;
  return {
    sentence: totals.sentence,
    headline: headlineRows(totals, l),
    completionRate: percent(exactCompletionRate(totals)),
    recovered: amount(totals.recovered),
    byCategory: groupRows(totals.byCategory, fieldLabel('category', l), l, withUnknown),
    byDepartment: groupRows(totals.byDepartment, fieldLabel('department', l), l, withUnknown),
  };
}

/** Everything the page draws for the loaded ledger. */
export function ledgerView(input: ViewInput): View {
  const { ctx } = input;
  const ledger = requireLedger(ctx);
  return {
    file: ctx.path,
    sheetName: ctx.sheetName,
    locale: ctx.locale,
    asOf: ctx.asOf,
    asOfPinned: input.asOfUnpicked && ctx.settings.asOf !== null && ctx.settings.asOf !== undefined,
    dashboard: buildDashboard({
      problems: ledger.problems,
      findings: allFindings(ctx),
      settings: ctx.settings,
      asOf: ctx.asOf,
      locale: ctx.locale,
      sheetName: ctx.sheetName,
    }),
    totals: totalsView(ctx),
    settingsForm: buildSettingsForm(
      ctx.settings,
      ctx.locale,
      input.settingsEdited ? [] : rejectedSettings(input.settingsGrid, ctx.settingsFindings, ctx.locale),
    ),
    settingsEdited: input.settingsEdited,
    reminders: reminderPlanOf(ctx),
    imported: input.imported,
  };
}
