// Today's reminder plan in Sheets: the open ledger and 提醒记录 read once, planned by core.
import { planReminders, type ReminderPlan } from '../../core';
import type { LedgerContext } from '../platform/ledger-sheet';
import type { ReminderLog } from './log';

/** The plan for today, from one read of the ledger and one of 提醒记录; `url` is the spreadsheet's, read once. */
export function reminderPlan(ctx: LedgerContext, log: ReminderLog, url = ctx.ss.getUrl()): ReminderPlan {
  return planReminders({
    problems: ctx.ledger?.problems ?? [],
    // Reminders follow the calendar, not the pinned 统计截止日期 the notice uses.
    asOf: ctx.today,
    settings: ctx.settings,
    memory: log.memory,
    findings: ctx.parsed.findings,
    link: { url, gid: ctx.sheet.getSheetId() },
    ledgerName: ctx.ss.getName(),
  });
}
