// `rectify totals` and `rectify demo`'s text, both languages: the tables of counts and the lines around them.
import { messages } from './bilingual';

/** The labels of the count tables (commands/totals.ts, pipeline.ts): the same words wherever a table shows them. */
export const TOTALS_LABELS = messages({
  status: { zh: '整改状态', en: 'Status' },
  problems: { zh: '问题数', en: 'Problems' },
  sum: { zh: '合计', en: 'Total' },
  item: { zh: '项目', en: 'Item' },
  count: { zh: '数量', en: 'Count' },
  totalProblems: { zh: '问题总数', en: 'Problems' },
  longTermTasks: { zh: '长期坚持任务', en: 'Long-term tasks' },
  longTermTasksAnyStatus: { zh: '长期坚持任务（含各状态）', en: 'Long-term tasks (any status)' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  dueSoon: { zh: '即将到期', en: 'Due soon' },
  /** The columns of a table by category or office. */
  groupTotal: { zh: '问题数', en: 'Total' },
  groupUnreadable: { zh: '状态未识别', en: 'Unreadable' },
  groupOverdue: { zh: '逾期', en: 'Overdue' },
  category: { zh: '问题类别', en: 'Category' },
  /** 责任科室 is "Department" everywhere: the English ledger header's word (messages/fields.ts). */
  department: { zh: '责任科室', en: 'Department' },
  completionRate: { zh: '整改完成率：', en: 'Completion rate: ' },
  recovered: { zh: '追赃挽损：', en: 'Recovered: ' },
  tenThousandYuan: { zh: '万元', en: '(10k CNY)' },
});

/** The accountability figures under the tables (commands/totals.ts). */
export const ACCOUNTABILITY = messages({
  heading: { zh: '问责指标', en: 'Accountability' },
  pendingApproval: { zh: '已完成待审核', en: 'Done, awaiting approval' },
  extended: { zh: '经批准延期', en: 'Extended with approval' },
  extensionsUnapproved: { zh: '延期未获批准', en: 'Extension not approved' },
  overdue1to30: { zh: '逾期1–30天', en: 'Overdue 1–30 days' },
  overdue31to90: { zh: '逾期31–90天', en: 'Overdue 31–90 days' },
  overdueOver90: { zh: '逾期90天以上', en: 'Overdue over 90 days' },
  onTimeLabel: { zh: '按期完成率：', en: 'On-time completion: ' },
  onTimeUnknown: { zh: '—（尚无可判断的已完成问题）', en: '— (no completion can be judged yet)' },
  onTimeRate: (p: { rate: string; onTime: number; measured: number }) => ({
    zh: `${p.rate}（${p.measured}个中按期${p.onTime}个）`,
    en: `${p.rate} (${p.onTime} of ${p.measured} on time)`,
  }),
  flaggedDates: (p: { count: number }) => ({
    zh: `另有${p.count}个已完成问题的完成日期晚于统计截止日期（校验错误），未计入按期完成率；请核对完成日期。`,
    en: `${p.count} done ${p.count === 1 ? 'problem has a done date' : 'problems have done dates'} after the as-of date (a check error), left out of the on-time rate; check the done dates.`,
  }),
  ledgerHasErrors: (p: { errors: number }) => ({
    zh: `注意：台账有 ${p.errors} 个错误，运行 rectify check 查看。`,
    en: `Note: the ledger has ${p.errors} errors; run rectify check.`,
  }),
});

/** What `rectify demo` (= `npm start`) prints (commands/demo.ts). */
export const DEMO_TEXT = messages({
  title: (p: { asOf: string }) => ({
    zh: `整改台账助手 — 示例台账（统计截止 ${p.asOf}）`,
    en: `Rectify — example ledger (as of ${p.asOf})`,
  }),
  completion: { zh: '完成率', en: 'Completion' },
  overdueHeading: (p: { count: number }) => ({
    zh: `逾期未完成（${p.count}）：`,
    en: `Overdue (${p.count}):`,
  }),
  // `rectify` is not on PATH after `npm ci`: name the command a user can paste.
  checks: (p: { errors: number; warnings: number; example: string }) => ({
    zh: `校验：${p.errors} 个错误，${p.warnings} 个提醒（详见 npx rectify check ${p.example}，或着色副本中的批注）`,
    en: `Checks: ${p.errors} errors, ${p.warnings} warnings (see npx rectify check ${p.example}, or the notes in the coloured copy)`,
  }),
  written: { zh: '已写出：', en: 'Written:' },
});
