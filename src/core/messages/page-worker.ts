// What the offline page's worker says: its progress, its errors, and the names of the files it hands back.
import { messages } from './bilingual';

/** Progress lines and errors the page shows while it reads, rolls up and writes. */
export const pageWorkerText = /* @__PURE__ */ messages({
  reading({ file }: { file: string }) {
    return { zh: `读取 ${file}`, en: `Reading ${file}` };
  },
  failed({ detail }: { detail: string }) {
    return { zh: `出错了：${detail}`, en: `Something went wrong: ${detail}` };
  },
  pdfNotice({ file }: { file: string }) {
    return {
      zh: `${file}: 本页不读 PDF 通报；请把通报另存为 .docx 后放入，或用命令行 rectify import 导入`,
      en: `${file}: this page does not read PDF notices; save the notice as .docx and drop that, or use rectify import`,
    };
  },
  openLedgerFirst: { zh: '请先放入台账。', en: 'Open a ledger first.' },
  dropSeveralFirst: { zh: '请先放入多个台账。', en: 'Drop several ledgers first.' },
  notImported: { zh: '这份台账不是导入的。', en: 'This ledger was not imported.' },
  writingOverview: { zh: '写出汇总表', en: 'Writing the overview' },
  writingRollupNotice: { zh: '生成汇总通报', en: 'Writing the roll-up notice' },
  writingNotice: { zh: '生成通报', en: 'Writing the notice' },
});

/** The words the page adds to a file's name (台账.xlsx → 台账-着色.xlsx); English names stay lower-case. */
export const pageFileNames = /* @__PURE__ */ messages({
  imported: { zh: '导入', en: 'imported' },
  coloured: { zh: '着色', en: 'coloured' },
  notice: { zh: '通报', en: 'notice' },
  totals: { zh: '汇总', en: 'totals' },
  reminders: { zh: '提醒预览', en: 'reminders' },
  rollup: { zh: '汇总', en: 'rollup' },
  rollupNotice: { zh: '汇总通报', en: 'rollup-notice' },
});
