// The roll-up's summary sentence, as the published district example reads it, with a two-decimal rate.
import { type CalendarDate, chineseMonthDay, englishDate } from '../dates';
import type { Locale } from '../locale';
import { amount, yuan } from '../totals';
import type { RollupTotals } from './rollup';

/**
 * 98.71% — two decimals, as the published round reports it (688 of 697). Never 100% unless every problem is
 * closed, nor 0% when one is: 9,999 of 10,000 would otherwise read as 100.00% beside “未完成1个”.
 */
export function percent2(rate: number): string {
  let shown = Math.round(rate * 10000) / 100;
  if (shown >= 100 && rate < 1) shown = 99.99;
  else if (shown <= 0 && rate > 0) shown = 0.01;
  return `${shown.toFixed(2)}%`;
}

/**
 * “截至10月30日，40家被巡察党组织巡察反馈的697个问题，已完成整改688个，正在整改7个，长期坚持2个，总体完成率98.71%。”
 * Zero counts are left out, as the unit sentence leaves them out.
 */
export function rollupSentence(t: RollupTotals, asOf: CalendarDate, locale: Locale): string {
  const s = t.byStatus;
  const closed = s.done - t.pendingApproval;
  if (locale === 'en') {
    if (t.units === 0) return `As of ${englishDate(asOf)}, no unit's ledger has been rolled up.`;
    const parts: string[] = [];
    parts.push(`${closed} ${closed === 1 ? 'has' : 'have'} been rectified`);
    if (t.pendingApproval) parts.push(`${t.pendingApproval} await closure approval`);
    if (s.inProgress) parts.push(`${s.inProgress} ${s.inProgress === 1 ? 'is' : 'are'} in progress`);
    if (s.notDone) parts.push(`${s.notDone} ${s.notDone === 1 ? 'is' : 'are'} not done`);
    if (s.unknown) parts.push(`${s.unknown} ${s.unknown === 1 ? 'has' : 'have'} no recognised status`);
    if (t.longTermTasks)
      parts.push(
        `${t.longTermTasks} ${t.longTermTasks === 1 ? 'is a long-term task' : 'are long-term tasks'}`,
      );
    let text = `As of ${englishDate(asOf)}, of the ${t.total} ${t.total === 1 ? 'problem' : 'problems'} fed back to ${t.units} inspected ${t.units === 1 ? 'party organisation' : 'party organisations'}, ${parts.join(', ')}; the overall completion rate is ${percent2(t.completionRate)}`;
    if (t.recovered > 0) text += `, and ${yuan(t.recovered)} in losses has been recovered`;
    return `${text}.`;
  }
  if (t.units === 0) return `截至${chineseMonthDay(asOf)}，尚无单位的台账汇总。`;
  const parts: string[] = [];
  if (t.total > 0 && closed === t.total) parts.push('已全部完成整改');
  else {
    parts.push(`已完成整改${closed}个`);
    if (t.pendingApproval) parts.push(`待审核${t.pendingApproval}个`);
    if (s.inProgress) parts.push(`正在整改${s.inProgress}个`);
    if (s.notDone) parts.push(`未完成${s.notDone}个`);
    if (s.unknown) parts.push(`整改状态未填或无法识别${s.unknown}个`);
  }
  if (t.longTermTasks) parts.push(`长期坚持${t.longTermTasks}个`);
  parts.push(`总体完成率${percent2(t.completionRate)}`);
  if (t.recovered > 0) parts.push(`追赃挽损${amount(t.recovered)}万元`);
  return `截至${chineseMonthDay(asOf)}，${t.units}家被巡察党组织巡察反馈的${t.total}个问题，${parts.join('，')}。`;
}
