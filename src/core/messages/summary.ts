// The notice's summary sentence: the ledger's figures as a person would write them, in each language's grammar.
import { type CalendarDate, chineseMonthDay, englishDate } from '../dates';
import { type Bilingual, messages } from './bilingual';

/** The figures the sentence says; `rate` and the amounts already formatted (44.1%, 0.02 万元, CNY 200). */
export interface SummaryFigures {
  asOf: CalendarDate;
  total: number;
  /** Done and, where closing needs approval, approved. */
  closed: number;
  pending: number;
  inProgress: number;
  notDone: number;
  unknown: number;
  longTermTasks: number;
  rate: string;
  /** 0 when nothing was recovered: the clause is then left out. */
  recovered: number;
  recoveredWan: string;
  recoveredYuan: string;
}

/** English counts agree with their verb: "1 has", "2 have". */
const one = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;

function english(f: SummaryFigures): string {
  if (f.total === 0) return `As of ${englishDate(f.asOf)}, the ledger lists no problems.`;
  const parts: string[] = [];
  if (f.closed === f.total)
    parts.push(f.total === 1 ? 'it has been rectified' : 'all of them have been rectified');
  else {
    if (f.closed > 0 || f.pending === 0)
      parts.push(
        f.closed === 0 ? 'none has been rectified yet' : `${one(f.closed, 'has', 'have')} been rectified`,
      );
    if (f.pending) parts.push(`${one(f.pending, 'awaits', 'await')} closure approval`);
    if (f.inProgress) parts.push(`${one(f.inProgress, 'is', 'are')} in progress`);
    if (f.notDone) parts.push(`${one(f.notDone, 'is', 'are')} not done`);
    if (f.unknown) parts.push(`${one(f.unknown, 'has', 'have')} no recognised status`);
  }
  if (f.longTermTasks)
    parts.push(f.longTermTasks === 1 ? '1 is a long-term task' : `${f.longTermTasks} are long-term tasks`);
  let text = `As of ${englishDate(f.asOf)}, of the ${f.total} ${f.total === 1 ? 'problem' : 'problems'} raised by the inspection, ${parts.join(', ')}; the completion rate is ${f.rate}`;
  if (f.recovered > 0) text += `, and ${f.recoveredYuan} in losses has been recovered`;
  return `${text}.`;
}

function chinese(f: SummaryFigures): string {
  if (f.total === 0) return `截至${chineseMonthDay(f.asOf)}，台账中暂无巡察反馈问题。`;
  const parts: string[] = [];
  if (f.closed === f.total) parts.push('已全部完成整改');
  else {
    if (f.closed > 0 || f.pending === 0)
      parts.push(f.closed === 0 ? '尚无已完成整改的问题' : `已完成整改${f.closed}个`);
    if (f.pending) parts.push(`待审核${f.pending}个`);
    if (f.inProgress) parts.push(`正在整改${f.inProgress}个`);
    if (f.notDone) parts.push(`未完成${f.notDone}个`);
    // Blank or unreadable statuses are said, so the counts add up to the total and the clerk sees the gap.
    if (f.unknown) parts.push(`整改状态未填或无法识别${f.unknown}个`);
  }
  if (f.longTermTasks) parts.push(`长期坚持${f.longTermTasks}个`);
  parts.push(`整改完成率${f.rate}`);
  if (f.recovered > 0) parts.push(`追赃挽损${f.recoveredWan}万元`);
  return `截至${chineseMonthDay(f.asOf)}，巡察反馈的${f.total}个具体问题，${parts.join('，')}。`;
}

export const SUMMARY_MESSAGES = /* @__PURE__ */ messages({
  /** Zero counts are left out rather than printed as "0个"; an all-done ledger says so. */
  sentence(f: SummaryFigures): Bilingual {
    return { zh: chinese(f), en: english(f) };
  },
  /** A group row for problems whose 问题类别 or 责任科室 is blank. */
  blankGroup: { zh: '（未填）', en: '(blank)' },
});
