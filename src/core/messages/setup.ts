// 初始化台账's words: the refusal, the validation help texts and the summary of what a run added.
import { messages } from './bilingual';

export const setupMessages = messages({
  contentWithoutHeader: (p: { name: string }) => ({
    zh: `工作表“${p.name}”已有内容，但找不到台账表头（应包含 问题描述、整改措施、责任科室、整改时限、整改状态 等列）。为免覆盖您的数据，本次未做修改；请先在第一行补上表头，或把该表改名后再初始化。`,
    en: `Sheet "${p.name}" has content but no ledger header row (Problem, Measures, Department, Deadline, Status…). To avoid overwriting your data nothing was changed; add the header row first, or rename that sheet and set up again.`,
  }),
  statusHelp: {
    zh: '请选择：已完成、正在整改、未完成、长期坚持',
    en: 'Pick Done, In progress, Not done or Long-term',
  },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  longTermHelp: { zh: '是否为长期坚持的整改任务', en: 'Is this a long-term task?' },
  closureDateHelp: {
    zh: '请填写销号审核日期，如 2024-10-15',
    en: 'Enter the closure approval date, e.g. 2024-10-15',
  },
  doneDateHelp: { zh: '请填写完成日期，如 2024-09-30', en: 'Enter the done date, e.g. 2024-09-30' },
  recoveredHelp: { zh: '追赃挽损金额，单位万元，不小于 0', en: 'Amount recovered in 10k CNY, at least 0' },
  createdSheets: (p: { names: string }) => ({
    zh: `已新建工作表：${p.names}。`,
    en: `Created sheets: ${p.names}.`,
  }),
  addedColumns: (p: { ledger: string; count: number; labels: string }) => ({
    zh: `已在“${p.ledger}”末尾补充 ${p.count} 列：${p.labels}。原有列和数据未改动。`,
    en: `Added ${p.count} column(s) at the end of "${p.ledger}": ${p.labels}. Existing columns and data are unchanged.`,
  }),
  addedValidations: (p: { labels: string }) => ({
    zh: `已为以下列添加下拉选项或格式检查：${p.labels}。`,
    en: `Added dropdowns or checks to: ${p.labels}.`,
  }),
  addedSettings: (p: { count: number; labels: string }) => ({
    zh: `已在“设置”中补充 ${p.count} 项：${p.labels}。`,
    en: `Added ${p.count} setting(s): ${p.labels}.`,
  }),
  frozeHeader: { zh: '已冻结表头行。', en: 'Froze the header row.' },
  nothingToDo: {
    zh: '台账、设置和通报正文都已齐全，本次没有做任何修改。',
    en: 'The ledger, settings and narrative sheets are complete; nothing was changed.',
  },
  next: {
    zh: '接下来：在台账中逐行填写整改事项，然后使用“校验台账”“标记逾期”“汇总统计”。',
    en: 'Next: fill in the ledger row by row, then use Validate ledger, Colour by deadline and Update totals.',
  },
  narrativeSection: { zh: '章节', en: 'Section' },
  narrativeParagraph: { zh: '段落', en: 'Paragraph' },
});
