// On-time metrics an inspection office audits: on-time completion, days overdue, ageing, completions per month.
import { type CalendarDate, dateParts, daysBetween } from './dates';
import type { Problem } from './ledger';
import { urgencyOf } from './urgency';

export interface OnTimeCompletion {
  /** Done problems with a done date and a dated deadline in force: the ones that can be judged. */
  measured: number;
  /** Done on or before the deadline in force (an approved extension counts). */
  onTime: number;
  late: number;
  /** Done without a done date, so on-time cannot be judged. */
  undated: number;
  /**
   * Done with a done date the checks flag as an error (after the as-of date, done.future): that date is
   * wrong, so counting it as late (or on time) would put a typo into the rate. Left out of measured,
   * and of completionsByMonth; every output that prints the rate says how many.
   */
  flaggedDates: number;
  /** onTime ÷ measured, or null when nothing can be measured (no rate is better than a made-up 0%). */
  rate: number | null;
}

export interface OverdueItem {
  /** 1-based sheet row. */
  row: number;
  id: string;
  department: string;
  /** The deadline in force. */
  due: CalendarDate;
  daysOverdue: number;
}

/** Open overdue problems by how long they are past their deadline in force. */
export interface AgeingBuckets {
  days1to30: number;
  days31to90: number;
  over90: number;
}

export interface MonthCount {
  /** 'YYYY-MM'. */
  month: string;
  count: number;
}

export interface Metrics {
  onTime: OnTimeCompletion;
  /** Every open overdue problem, longest overdue first. */
  overdueDays: OverdueItem[];
  ageing: AgeingBuckets;
  /** Done problems by the month of their done date, first to last month with no gaps (a chart's x-axis). */
  completionsByMonth: MonthCount[];
}

export interface MetricsOptions {
  asOf: CalendarDate;
  leadDays: number;
}

export function computeMetrics(problems: readonly Problem[], options: MetricsOptions): Metrics {
  const onTime: OnTimeCompletion = {
    measured: 0,
    onTime: 0,
    late: 0,
    undated: 0,
    flaggedDates: 0,
    rate: null,
  };
  const overdueDays: OverdueItem[] = [];
  const ageing: AgeingBuckets = { days1to30: 0, days31to90: 0, over90: 0 };
  const months = new Map<string, number>();
  for (const p of problems) {
    const { urgency, due, daysLeft } = urgencyOf(p, options.asOf, options.leadDays);
    if (p.status === 'done') {
      if (!p.doneDate) onTime.undated++;
      // The parser reports a done date after the as-of date as an error (done.future); it is not a fact.
      else if (daysBetween(options.asOf, p.doneDate) > 0) onTime.flaggedDates++;
      else {
        const month = p.doneDate.slice(0, 7);
        months.set(month, (months.get(month) ?? 0) + 1);
        if (due !== null) {
          onTime.measured++;
          if (daysBetween(p.doneDate, due) >= 0) onTime.onTime++;
          else onTime.late++;
        }
      }
    } else if (urgency === 'overdue' && due !== null && daysLeft !== null) {
      const days = -daysLeft;
      overdueDays.push({ row: p.row, id: p.id, department: p.department, due, daysOverdue: days });
      if (days <= 30) ageing.days1to30++;
      else if (days <= 90) ageing.days31to90++;
      else ageing.over90++;
    }
  }
  if (onTime.measured > 0) onTime.rate = Math.round((onTime.onTime / onTime.measured) * 10000) / 10000;
  overdueDays.sort((a, b) => b.daysOverdue - a.daysOverdue || a.row - b.row);
  return { onTime, overdueDays, ageing, completionsByMonth: monthSeries(months) };
}

function monthSeries(months: Map<string, number>): MonthCount[] {
  if (months.size === 0) return [];
  const keys = [...months.keys()].sort();
  const first = dateParts(`${keys[0]}-01`);
  const last = dateParts(`${keys[keys.length - 1]}-01`);
  const out: MonthCount[] = [];
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); ) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: months.get(month) ?? 0 });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
