// What the add-on's platform layer says when it refuses: no ledger, no header, a protected range, a busy lock.
import { type Bilingual, messages } from './bilingual';

export const platformMessages = messages({
  noLedger: {
    zh: '找不到台账：请把台账放在名为“台账”的工作表中，或点菜单“整改台账 → 初始化台账”新建一张。',
    en: 'No ledger found: name the ledger sheet "Ledger" (or 台账), or use Rectify → Set up ledger to create one.',
  },
  noHeader(p: { sheet: string; names: string }): Bilingual {
    return {
      zh: `工作表“${p.sheet}”中找不到台账表头。表头行应包含：${p.names}。可点“整改台账 → 初始化台账”补齐表头。`,
      en: `Sheet "${p.sheet}" has no ledger header row. It must name: ${p.names}. Rectify → Set up ledger adds missing columns.`,
    };
  },
  /** `missing` is the header.missing finding's text, already in the reader's language. */
  headerMissing(p: { sheet: string; missing: string }): Bilingual {
    return {
      zh: `工作表“${p.sheet}”：${p.missing}。可点“整改台账 → 初始化台账”在末尾补上缺少的列。`,
      en: `Sheet "${p.sheet}": ${p.missing}. Rectify → Set up ledger adds the missing columns at the end.`,
    };
  },
  /** A protected sheet, or (with `range`) a protected range of it, that the writes would touch. */
  protectedArea(p: { sheet: string; range: string }): Bilingual {
    return {
      zh: `工作表“${p.sheet}”${p.range ? `的 ${p.range} 区域` : ''}受保护，您没有编辑权限，本次未做任何修改。请让表格所有者取消保护（数据 → 保护工作表和范围）或把您加为编辑者。`,
      en: `${p.range ? `The range ${p.range} of sheet "${p.sheet}"` : `Sheet "${p.sheet}"`} is protected and you may not edit it; nothing was changed. Ask the owner to remove the protection (Data → Protect sheets and ranges) or to add you as an editor.`,
    };
  },
  busyAfterDialog: {
    zh: '您回答问题时另一项操作开始运行，本次未做修改，请稍后再试。',
    en: 'Another Rectify operation started while the question was open; nothing was changed. Please try again.',
  },
});
