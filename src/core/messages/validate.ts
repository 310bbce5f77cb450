// 校验台账's words: the severity before each finding, the dialog's counts and its closing advice.
import { messages } from './bilingual';

export const validateMessages = messages({
  progress: { zh: '正在校验台账…', en: 'Validating the ledger…' },
  errorWord: { zh: '错误：', en: 'Error: ' },
  warningWord: { zh: '提醒：', en: 'Warning: ' },
  clean: (p: { problems: number; asOf: string }) => ({
    zh: `台账没有发现问题：共 ${p.problems} 条整改事项，统计日期 ${p.asOf}。`,
    en: `No problems found: ${p.problems} items checked, as of ${p.asOf}.`,
  }),
  counts: (p: { errors: number; warnings: number; problems: number; asOf: string }) => ({
    zh: `发现 ${p.errors} 个错误、${p.warnings} 个提醒（共 ${p.problems} 条整改事项，统计日期 ${p.asOf}）。`,
    en: `Found ${p.errors} error(s) and ${p.warnings} warning(s) in ${p.problems} items (as of ${p.asOf}).`,
  }),
  more: (p: { count: number }) => ({ zh: `……另有 ${p.count} 条。`, en: `…and ${p.count} more.` }),
  notesExplained: {
    zh: '每条问题已作为批注写在对应单元格上（以“【整改台账助手】”开头）；改正后再次校验，这些批注会自动清除，您自己写的批注不受影响。',
    en: 'Each finding is also a note on its cell (starting with 【整改台账助手】); validate again after fixing and they are cleared. Your own notes are kept.',
  },
});
