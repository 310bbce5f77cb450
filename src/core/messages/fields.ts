// The ledger's column names in both languages: the header words a new ledger gets and messages name a field by.
import type { Field } from '../fields';
import { type Bilingual, messages } from './bilingual';

/**
 * One name per field, used by every table that names a field. 责任科室 is "Department": it is the English
 * header word English ledgers are written and read with.
 */
export const FIELD_LABELS: Readonly<Record<Field, Bilingual>> = /* @__PURE__ */ messages({
  id: { zh: '编号', en: 'ID' },
  category: { zh: '问题类别', en: 'Category' },
  source: { zh: '问题来源', en: 'Source' },
  problem: { zh: '问题描述', en: 'Problem' },
  measures: { zh: '整改措施', en: 'Measures' },
  lead: { zh: '牵头领导', en: 'Lead' },
  department: { zh: '责任科室', en: 'Department' },
  ownerEmail: { zh: '责任人邮箱', en: 'Owner email' },
  deadline: { zh: '整改时限', en: 'Deadline' },
  status: { zh: '整改状态', en: 'Status' },
  doneDate: { zh: '完成日期', en: 'Done date' },
  longTerm: { zh: '长期坚持', en: 'Long-term' },
  longTermMeasures: { zh: '长期举措', en: 'Long-term measures' },
  longTermDeadline: { zh: '长期举措时限', en: 'Long-term deadline' },
  recovered: { zh: '追赃挽损（万元）', en: 'Recovered (10k CNY)' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
  remarks: { zh: '备注', en: 'Remarks' },
  extendedTo: { zh: '延期至', en: 'Extended to' },
  extensionApproval: { zh: '延期批准', en: 'Extension approval' },
  closureApprover: { zh: '销号审核人', en: 'Closure approver' },
  closureDate: { zh: '审核日期', en: 'Approval date' },
});
