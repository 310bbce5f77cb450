// The edit history's words: the 修改记录 sheet's header and fillers, and the 查看本行修改记录 dialog.
import { type Bilingual, messages } from './bilingual';

/** The 修改记录 sheet's column headers (the sheet's order is historyHeader's). */
export const historyColumns = messages({
  time: { zh: '时间', en: 'Time' },
  user: { zh: '修改人', en: 'User' },
  cell: { zh: '单元格', en: 'Cell' },
  id: { zh: '编号', en: 'ID' },
  field: { zh: '字段', en: 'Field' },
  oldValue: { zh: '原值', en: 'Old value' },
  newValue: { zh: '新值', en: 'New value' },
});

export const historyMessages = messages({
  /** The field of a cell in the header row itself. */
  headerField: { zh: '表头', en: 'Header' },
  unknownOldValue: { zh: '（未知）', en: '(unknown)' },
  /** Who made an edit when Google does not say, or says something that cannot be trusted. */
  unknownUser: { zh: '编辑者未知', en: 'editor unknown' },
  sheetProtection: {
    zh: '修改记录：仅由整改台账助手追加，请勿改动',
    en: 'Edit history: appended by Rectify only',
  },
  pickRow: {
    zh: '请先在“台账”中点选要查看的问题所在的行（任一单元格），再点“查看本行修改记录”。',
    en: 'First click any cell in the ledger row of the problem, then choose Show edit history of this row.',
  },
  titleById(p: { id: string }): Bilingual {
    return { zh: `修改记录 · 编号 ${p.id}`, en: `Edit history · ID ${p.id}` };
  },
  titleByRow(p: { row: number }): Bilingual {
    return { zh: `修改记录 · 第${p.row}行`, en: `Edit history · row ${p.row}` };
  },
  noEdits: {
    zh: '该问题暂无修改记录。开启修改记录（初始化台账）之后的每次修改都会记在“修改记录”表中。',
    en: 'No edits recorded for this problem. Every edit made after Set up ledger is kept in the edit history sheet.',
  },
  newestShown(p: { shown: number; total: number }): Bilingual {
    return {
      zh: `仅显示最近 ${p.shown} 条（共 ${p.total} 条），完整记录见“修改记录”表。`,
      en: `Showing the newest ${p.shown} of ${p.total}; the edit history sheet has them all.`,
    };
  },
});
