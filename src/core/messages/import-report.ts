// The 从通报导入 dialog's report (bundled into the dialog page, not Code.js): printed and imported figures, headings.
import type { Figures } from '../import/model';
import { messages } from './bilingual';

export const importReportMessages = messages({
  figures: (p: { printed: Figures; rows: Figures }) => {
    const f = p.printed;
    const r = p.rows;
    return {
      zh: `通报印出：问题 ${f.total}，已完成 ${f.done}，正在整改 ${f.inProgress}，未完成 ${f.notDone}，长期坚持 ${f.longTerm}；导入的行：${r.total}、${r.done}、${r.inProgress}、${r.notDone}、${r.longTerm}。`,
      en: `The document prints: problems ${f.total}, done ${f.done}, in progress ${f.inProgress}, not done ${f.notDone}, long-term ${f.longTerm}; imported rows: ${r.total}, ${r.done}, ${r.inProgress}, ${r.notDone}, ${r.longTerm}.`,
    };
  },
  pleaseCheck: { zh: '请核对', en: 'Please check' },
  unplaced: { zh: '未放入台账的段落', en: 'Paragraphs not placed in the ledger' },
});
