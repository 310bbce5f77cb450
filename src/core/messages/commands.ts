// The menu's words: the product name, every command's caption (menu, help, sidebar), and what the runner says.
import { type Bilingual, messages } from './bilingual';

/** The menu functions, by their stable global names (docs/architecture.md). */
export type MenuCommand =
  | 'setupLedger'
  | 'validateLedger'
  | 'colourLedger'
  | 'updateTotals'
  | 'generateNotice'
  | 'showSidebar'
  | 'showProblemHistory'
  | 'showImportDialog'
  | 'previewReminders'
  | 'enableDailyReminders'
  | 'disableDailyReminders'
  | 'showHelp';

/** One caption per command, written once: the menu, the help dialog and the sidebar's buttons all read it. */
export const commandCaptions: Readonly<Record<MenuCommand, Bilingual>> = {
  setupLedger: { zh: '初始化台账', en: 'Set up ledger' },
  validateLedger: { zh: '校验台账', en: 'Validate ledger' },
  colourLedger: { zh: '标记逾期', en: 'Colour by deadline' },
  updateTotals: { zh: '汇总统计', en: 'Update totals' },
  generateNotice: { zh: '生成通报', en: 'Generate notice' },
  showSidebar: { zh: '打开面板', en: 'Open sidebar' },
  showProblemHistory: { zh: '查看本行修改记录', en: 'Edit history of this row' },
  showImportDialog: { zh: '从通报导入…', en: 'Import from a notice…' },
  previewReminders: { zh: '预览今日提醒', en: 'Preview reminders' },
  enableDailyReminders: { zh: '开启每日提醒', en: 'Turn on daily reminders' },
  disableDailyReminders: { zh: '关闭每日提醒', en: 'Turn off daily reminders' },
  showHelp: { zh: '帮助', en: 'Help' },
};

/** The sidebar's command buttons (the names the page sends) and the menu command each one runs. */
export const SIDEBAR_BUTTONS = {
  validate: 'validateLedger',
  colour: 'colourLedger',
  totals: 'updateTotals',
  notice: 'generateNotice',
  reminders: 'previewReminders',
} as const satisfies Record<string, MenuCommand>;

export type SidebarButton = keyof typeof SIDEBAR_BUTTONS;

export const commandMessages = messages({
  /** The toast title and the first part of every dialog title. */
  product: { zh: '整改台账助手', en: 'Rectify' },
  menuTitle: { zh: '整改台账', en: 'Rectify' },
  remindersMenu: { zh: '提醒', en: 'Reminders' },
  busy: {
    zh: '另一项操作正在进行，请稍后再试。',
    en: 'Another Rectify operation is running; please try again in a moment.',
  },
  protectedOnWrite: {
    zh: '表格中有受保护的区域，无法写入。请让表格所有者取消保护（数据 → 保护工作表和范围）或把您加为编辑者后再试。',
    en: 'Part of the spreadsheet is protected and cannot be written. Ask the owner to remove the protection (Data → Protect sheets and ranges) or add you as an editor.',
  },
  sidebarUnknown: (p: { name: string }) => ({
    zh: `面板不支持命令“${p.name}”。`,
    en: `The sidebar has no command "${p.name}".`,
  }),
  sidebarDone: { zh: '已完成。', en: 'Done.' },
  noticeReady: (p: { name: string }) => ({
    zh: `通报已生成：${p.name}`,
    en: `The notice is ready: ${p.name}`,
  }),
  openNotice: { zh: '打开通报', en: 'Open the notice' },
});
