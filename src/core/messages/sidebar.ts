// The sidebar page's own words. The build bundles this table (both languages) into build/Sidebar.html, and the
// page picks the language the server sends with the dashboard; {name} placeholders are filled in on the page.
import { messages } from './bilingual';
import { dashboardMessages } from './dashboard';

/** The words only this page shows; the dashboard's shared words are in dashboard.ts. */
export const sidebarOwnMessages = messages({
  // The page's frame: title, header, tabs and section headings (the data-t keys of src/gas/ui/sidebar.tmpl).
  title: { zh: '整改台账', en: 'Rectify' },
  refresh: { zh: '刷新', en: 'Refresh' },
  tabPreview: { zh: '通报预览', en: 'Notice preview' },
  commands: { zh: '操作', en: 'Commands' },
  save: { zh: '保存设置', en: 'Save settings' },
  ageing: { zh: '逾期账龄', en: 'Overdue ageing' },
  months: { zh: '每月完成数', en: 'Completions per month' },
  /** The completions-per-month chart's ticks, January to December, separated by spaces. */
  monthNames: {
    zh: '1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月',
    en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  },
  /** A bar's tooltip: {month} is one of monthNames. */
  monthWithYear: { zh: '{year}年{month}', en: '{month} {year}' },

  // Progress and outcomes under each panel.
  loading: { zh: '正在读取台账…', en: 'Reading the ledger…' },
  loadingSettings: { zh: '正在读取设置…', en: 'Reading settings…' },
  loadingPreview: { zh: '正在生成预览…', en: 'Building the preview…' },
  previewNote: {
    zh: '按当前台账和设置生成的通报预览（未保存任何文件）。',
    en: 'The notice as the ledger and settings stand now (nothing is saved).',
  },
  running: { zh: '正在运行：{command}…', en: 'Running: {command}…' },
  unknownError: { zh: '操作未完成，请稍后重试。', en: 'The action did not finish; please try again.' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: { zh: '已保存到“设置”表。', en: 'Saved to the Settings sheet.' },
  rowSelected: { zh: '已选中第 {row} 行。', en: 'Selected row {row}.' },
  cellSelected: { zh: '已选中 {cell}。', en: 'Selected {cell}.' },
  open: { zh: '打开', en: 'Open' },

  // The dashboard's tiles (keys are the server's tile names).
  asOf: { zh: '统计截止 {asOf} · {sheet}', en: 'As of {asOf} · {sheet}' },
  unknown: { zh: '状态未识别', en: 'Status unreadable' },
  longTerm: { zh: '长期坚持任务', en: 'Long-term tasks' },

  // The overdue and due-soon lists.
  itemsOmitted: {
    zh: '另有 {count} 条未列出；可在台账中按“整改时限”筛选。',
    en: '{count} more not listed; filter the ledger by deadline to see them.',
  },
  overdueBy1: { zh: '逾期 1 天', en: '1 day overdue' },
  dueTomorrow: { zh: '明天到期', en: 'due tomorrow' },

  // The findings list.
  findingsOmitted: {
    zh: '另有 {count} 条未列出，请运行“校验台账”查看单元格批注。',
    en: '{count} more not listed; run Validate ledger to see them as cell notes.',
  },
  showAll: { zh: '显示全部 {count} 条', en: 'Show all {count}' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提醒', en: 'Warning' },

  // The command buttons take the menu's captions (commandCaptions in ./commands.ts).

  // The accountability figures: on-time rate, extensions, 待审核, overdue ageing, completions per month.
  onTimeFlagged: { zh: '{count}个完成日期有误，未计入', en: '{count} done dates in error, left out' },
  days1to30: { zh: '1–30天', en: '1–30 days' },
  days31to90: { zh: '31–90天', en: '31–90 days' },
  over90: { zh: '90天以上', en: '>90 days' },
  monthCount: { zh: '{month}：完成 {count} 个', en: '{month}: {count} done' },
  monthsRange: { zh: '{from} 至 {to}，共完成 {count} 个', en: '{from} to {to}: {count} done' },
  monthsOmitted: {
    zh: '更早的 {count} 个月见“汇总”表。',
    en: 'Earlier {count} months are on the Totals sheet.',
  },
  noMonths: { zh: '尚无填写了完成日期的已完成问题。', en: 'No done problem has a done date yet.' },
  monthsChart: { zh: '每月完成的问题数', en: 'Problems completed each month' },
});

/** Everything the page shows: the dashboard's shared words and its own (a test keeps the ids apart). */
export const sidebarMessages = { ...dashboardMessages, ...sidebarOwnMessages };

export type SidebarMessageId = keyof typeof sidebarMessages;
