// The dashboard's words, the same in the sidebar and the offline page: each page's own table adds the rest, and
// each build bundles both into its page. {name} placeholders are filled in on the page.
import { messages } from './bilingual';

export const dashboardMessages = messages({
  // The tabs and headings both pages show.
  overview: { zh: '概览', en: 'Overview' },
  settings: { zh: '设置', en: 'Settings' },
  metrics: { zh: '问责指标', en: 'Accountability' },
  chart: { zh: '各类别整改状态', en: 'Status by category' },
  findings: { zh: '校验结果', en: 'Validation' },
  // The tiles (ids are the dashboard's tile names).
  total: { zh: '问题总数', en: 'Problems' },
  done: { zh: '已完成', en: 'Done' },
  inProgress: { zh: '正在整改', en: 'In progress' },
  notDone: { zh: '未完成', en: 'Not done' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  dueSoon: { zh: '即将到期', en: 'Due soon' },
  completionRate: { zh: '完成率', en: 'Completion' },
  recovered: { zh: '追赃挽损（万元）', en: 'Recovered (10k CNY)' },
  // The accountability figures.
  onTimeRate: { zh: '按期完成率', en: 'On-time' },
  extended: { zh: '已延期', en: 'Extended' },
  pendingApproval: { zh: '待审核', en: 'Pending approval' },
  onTimeOf: { zh: '按期 {onTime} / {measured}', en: '{onTime} of {measured}' },
  onTimeUndated: { zh: '缺完成日期 {count}', en: '{count} undated' },
  onTimeNone: { zh: '暂无可判断的', en: 'none to judge yet' },
  unapproved: { zh: '另{count}个未获批准', en: '+{count} unapproved' },
  ageingLabel: {
    zh: '逾期 1–30 天 {days1to30} 个，31–90 天 {days31to90} 个，90 天以上 {over90} 个',
    en: 'Overdue 1–30 days: {days1to30}, 31–90 days: {days31to90}, over 90 days: {over90}',
  },
  // The status chart, the lists and the findings.
  chartLabel: { zh: '各类别按整改状态的问题数', en: 'Problems in each category by status' },
  overdueList: { zh: '已逾期（{count}）', en: 'Overdue ({count})' },
  dueSoonList: { zh: '{days}天内到期（{count}）', en: 'Due within {days} days ({count})' },
  noOverdue: { zh: '没有逾期的问题。', en: 'Nothing is overdue.' },
  noDueSoon: { zh: '没有即将到期的问题。', en: 'Nothing is due soon.' },
  idMeta: { zh: '编号 {id}', en: 'ID {id}' },
  due: { zh: '时限 {date}', en: 'due {date}' },
  overdueBy: { zh: '逾期 {days} 天', en: '{days} days overdue' },
  dueIn: { zh: '{days} 天后到期', en: 'due in {days} days' },
  dueToday: { zh: '今天到期', en: 'due today' },
  findingsList: {
    zh: '校验结果（错误 {errors}，提醒 {warnings}）',
    en: 'Validation ({errors} errors, {warnings} warnings)',
  },
  noFindings: { zh: '没有发现问题。', en: 'No problems found.' },
  // Outcomes.
  fixFields: {
    zh: '有 {count} 项设置需要修改，见各项下方的说明。',
    en: '{count} settings need fixing; see the note under each.',
  },
  failed: { zh: '出错了：{error}', en: 'Something went wrong: {error}' },
});

export type DashboardMessageId = keyof typeof dashboardMessages;
