// The roll-up's text: overview sheets and their columns, the roll-up notice, its checks and the roll-up script.
import { type CalendarDate, chineseMonthDay, englishDate } from '../dates';
import type { RollupTotals } from '../rollup/rollup';
import { amount, yuan } from '../totals';
import { type Bilingual, messages } from './bilingual';

// Entries with parameters are methods, not arrows: esbuild's keepNames wraps every arrow in a naming call
// (about 12 bytes each in build-rollup/Code.js), while a method is named by its key.

/**
 * Column labels: the same words on every overview sheet, the CLI's table and the roll-up notice. A column that
 * is a ledger field (编号, 问题类别, 责任科室, 整改时限, 追赃挽损) is headed by its field label (fieldLabel).
 */
export const rollupColumns = /* @__PURE__ */ messages({
  number: { zh: '序号', en: 'No.' },
  rank: { zh: '名次', en: 'Rank' },
  unit: { zh: '单位', en: 'Unit' },
  problems: { zh: '问题数', en: 'Problems' },
  unknownStatus: { zh: '状态不明', en: 'Unknown status' },
  completionRate: { zh: '完成率', en: 'Completion rate' },
  onTimeRate: { zh: '按期完成率', en: 'On-time rate' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  dueSoon: { zh: '即将到期', en: 'Due soon' },
  ledgerErrors: { zh: '台账错误', en: 'Ledger errors' },
  file: { zh: '文件', en: 'File' },
  reason: { zh: '原因', en: 'Reason' },
  daysOverdue: { zh: '逾期天数', en: 'Days overdue' },
  ledgerRow: { zh: '台账行号', en: 'Ledger row' },
  /** How many units share a category (a count). */
  unitCount: { zh: '涉及单位数', en: 'Units' },
  /** The units that share a category, by name. */
  unitNames: { zh: '涉及单位', en: 'Which units' },
  /** The roll-up notice's count of units sharing a category: its Chinese header is the shorter 涉及单位. */
  noticeUnitCount: { zh: '涉及单位', en: 'Units' },
  /** Problems not yet done, in the roll-up notice's table of categories. */
  open: { zh: '未完成整改', en: 'Open' },
  total: { zh: '合计', en: 'Total' },
  /** The category of problems whose 问题类别 is blank. */
  blankCategory: { zh: '（未填）', en: '(blank)' },
});

/** The overview's sheet names, banner and cells. */
export const overviewText = /* @__PURE__ */ messages({
  unitsSheet: { zh: '各单位汇总', en: 'Units' },
  byOverdueSheet: { zh: '按逾期排名', en: 'By overdue' },
  byCompletionSheet: { zh: '按完成率排名', en: 'By completion' },
  overdueSheet: { zh: '逾期问题', en: 'Overdue' },
  categoriesSheet: { zh: '共性问题', en: 'Common problems' },
  notIncludedSheet: { zh: '未汇总', en: 'Not included' },
  chartSheet: { zh: '图表', en: 'Chart' },
  chartTitle: { zh: '各单位整改进展（按状态）', en: 'Progress by unit (by status)' },
  unitsBanner({ asOf }: { asOf: string }) {
    return {
      zh: `各单位巡察整改进展汇总（截至${asOf}）`,
      en: `Rectification progress by unit (as of ${asOf})`,
    };
  },
  unitsTotal({ n }: { n: number }) {
    return { zh: `${n}家单位`, en: `${n} units` };
  },
  duplicateFile({ unit, others }: { unit: string; others: string[] }) {
    return {
      zh: `与${others.join('、')}同为“${unit}”的台账，均未计入汇总，请保留其一后重新汇总`,
      en: `names the same unit "${unit}" as ${others.join(', ')}; neither is counted: keep one and roll up again`,
    };
  },
});

/** The roll-up notice: its sections, captions and sentences. */
export const rollupNoticeText = /* @__PURE__ */ messages({
  overallTitle: { zh: '总体情况', en: 'Overall' },
  byUnitTitle: { zh: '各单位整改进展情况', en: 'Progress by unit' },
  overdueTitle: { zh: '逾期未完成的问题', en: 'Overdue problems' },
  commonTitle: { zh: '共性问题', en: 'Problems common to several units' },
  noOverdue: { zh: '各单位均无逾期未完成的问题。', en: 'No unit has an overdue problem.' },
  defaultTitle({ units }: { units: number }) {
    return {
      zh: `关于${units}家被巡察党组织巡察整改进展情况的通报`,
      en: `Rectification progress of ${units} inspected party organisations`,
    };
  },
  overdueSummary({ overdue, units }: { overdue: number; units: number }) {
    return {
      zh: `已逾期未完成的问题${overdue}个，涉及${units}家单位。`,
      en: `${overdue} problems are overdue, in ${units} ${units === 1 ? 'unit' : 'units'}.`,
    };
  },
  notIncluded({ files }: { files: number }) {
    return {
      zh: `另有${files}个台账文件未计入本次汇总（无法读取或同一单位报送了多个文件）。`,
      en: `${files} ledger ${files === 1 ? 'file is' : 'files are'} not included (unreadable, or several files from one unit).`,
    };
  },
  notIncludedWarning({ files }: { files: number }) {
    return { zh: `${files}个台账文件未计入汇总`, en: `${files} ledger files are not included` };
  },
  /** `ordinal` is the Chinese second-level number (一…九十九) of the `n`th unit with overdue problems. */
  overdueCaption({ n, ordinal, unit, count }: { n: number; ordinal: string; unit: string; count: number }) {
    return { zh: `（${ordinal}）${unit}：逾期未完成${count}个`, en: `(${n}) ${unit}: ${count} overdue` };
  },
});

/** What each figure of the reconciliation is called when it disagrees. */
export const figureNames = /* @__PURE__ */ messages({
  total: { zh: '问题数', en: 'problems' },
  done: { zh: '已完成', en: 'done' },
  inProgress: { zh: '正在整改', en: 'in progress' },
  notDone: { zh: '未完成', en: 'not done' },
  longTermStatus: { zh: '状态为长期坚持', en: 'long-term status' },
  unknown: { zh: '状态不明', en: 'unknown status' },
  longTermTasks: { zh: '长期坚持', en: 'long-term' },
  pendingApproval: { zh: '待审核', en: 'awaiting approval' },
  overdue: { zh: '已逾期', en: 'overdue' },
  dueSoon: { zh: '即将到期', en: 'due soon' },
  recovered: { zh: '追赃挽损', en: 'recovered' },
  onTimeMeasured: { zh: '可判断按期的已完成问题', en: 'completions judged for on-time' },
  onTimeCount: { zh: '按期完成', en: 'done on time' },
  statusSum: { zh: '各状态之和', en: 'sum of the statuses' },
  overdueList: { zh: '逾期问题清单条数', en: 'rows of the overdue list' },
  units: { zh: '单位数', en: 'units' },
});

/** The reconciliation's lines, and the roll-up's summary sentence. */
export const rollupChecks = /* @__PURE__ */ messages({
  totalsMismatch({ figure, actual, expected }: { figure: Bilingual; actual: number; expected: number }) {
    return {
      zh: `合计行“${figure.zh}”为${actual}，各单位相加为${expected}`,
      en: `totals row "${figure.en}" is ${actual}, the unit rows add up to ${expected}`,
    };
  },
  unitMismatch(p: { unit: string; figure: Bilingual; actual: number; expected: number }) {
    return {
      zh: `${p.unit}：“${p.figure.zh}”为${p.actual}，应为${p.expected}`,
      en: `${p.unit}: "${p.figure.en}" is ${p.actual}, should be ${p.expected}`,
    };
  },
  /** `rate` is the completion rate as printed (98.71%): the same in both languages. */
  sentence({ t, asOf, rate }: { t: RollupTotals; asOf: CalendarDate; rate: string }) {
    return { zh: sentenceZh(t, asOf, rate), en: sentenceEn(t, asOf, rate) };
  },
});

/**
 * “截至10月30日，40家被巡察党组织巡察反馈的697个问题，已完成整改688个，正在整改7个，长期坚持2个，总体完成率98.71%。”
 * Zero counts are left out, as the unit sentence leaves them out.
 */
function sentenceZh(t: RollupTotals, asOf: CalendarDate, rate: string): string {
  const s = t.byStatus;
  const closed = s.done - t.pendingApproval;
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
  parts.push(`总体完成率${rate}`);
  if (t.recovered > 0) parts.push(`追赃挽损${amount(t.recovered)}万元`);
  return `截至${chineseMonthDay(asOf)}，${t.units}家被巡察党组织巡察反馈的${t.total}个问题，${parts.join('，')}。`;
}

/** The English sentence counts every figure and agrees each verb with its number. */
function sentenceEn(t: RollupTotals, asOf: CalendarDate, rate: string): string {
  const s = t.byStatus;
  const closed = s.done - t.pendingApproval;
  if (t.units === 0) return `As of ${englishDate(asOf)}, no unit's ledger has been rolled up.`;
  const one = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;
  const parts = [one(closed, 'has', 'have') + ' been rectified'];
  if (t.pendingApproval) parts.push(`${t.pendingApproval} await closure approval`);
  if (s.inProgress) parts.push(`${one(s.inProgress, 'is', 'are')} in progress`);
  if (s.notDone) parts.push(`${one(s.notDone, 'is', 'are')} not done`);
  if (s.unknown) parts.push(`${one(s.unknown, 'has', 'have')} no recognised status`);
  if (t.longTermTasks) parts.push(one(t.longTermTasks, 'is a long-term task', 'are long-term tasks'));
  const problems = one(t.total, 'problem', 'problems');
  const organisations = t.units === 1 ? 'party organisation' : 'party organisations';
  let text = `As of ${englishDate(asOf)}, of the ${problems} fed back to ${t.units} inspected ${organisations}, ${parts.join(', ')}; the overall completion rate is ${rate}`;
  if (t.recovered > 0) text += `, and ${yuan(t.recovered)} in losses has been recovered`;
  return `${text}.`;
}

/** The roll-up script's menu, dialogs and toasts (build-rollup only). */
export const rollupScriptText = /* @__PURE__ */ messages({
  menuTitle: { zh: '整改汇总', en: 'Rectify roll-up' },
  menuCaption: { zh: '汇总各单位台账', en: 'Roll up the units’ ledgers' },
  dialogTitle: { zh: '整改台账助手 · 汇总各单位台账', en: 'Rectify · Roll up units' },
  busy: { zh: '汇总正在进行，请稍后再试。', en: 'A roll-up is running; please try again in a moment.' },
  mismatch: {
    zh: '汇总核对不符，未写出汇总表：',
    en: 'The roll-up does not add up; the overview was not written:',
  },
  noLedger: {
    zh: '表格中找不到台账（没有“台账”工作表或台账表头）',
    en: 'no ledger in it (no Ledger sheet or ledger header)',
  },
  /** 单位台账 / Unit ledger is the 设置 key sources.ts reads a unit's row by. */
  noSources: {
    zh: '设置中没有要汇总的单位：请在“设置”表中每家单位一行，A列写“单位台账”，B列粘贴该单位台账表格的链接。',
    en: `Settings list no unit: add one row per unit to the Settings sheet, "Unit ledger" in column A and the link to the unit's ledger spreadsheet in column B.`,
  },
  paused({ read, count }: { read: number; count: number }) {
    return {
      zh: `已读取 ${read}/${count} 家单位的台账；其余的约1分钟后自动继续汇总，完成后写出汇总表。`,
      en: `Read ${read} of ${count} units' ledgers; the rest continue automatically in about a minute, then the overview is written.`,
    };
  },
  doneWithLeftOut({ sentence, left }: { sentence: string; left: number }) {
    return {
      zh: `${sentence}（${left} 项未汇总，见“未汇总”表）`,
      en: `${sentence} (${left} not included: see the Not included sheet)`,
    };
  },
  cannotOpen({ message }: { message: string }) {
    return {
      zh: `无法打开（链接有误，或您没有这份表格的访问权限）：${message}`,
      en: `cannot be opened (a wrong link, or you have no access to it): ${message}`,
    };
  },
});
