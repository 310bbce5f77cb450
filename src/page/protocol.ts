// Messages between the offline page and its worker: plain data, so they cross postMessage as structured clones.
import type { CalendarDate, Locale, ReminderPlan } from '../core';
import type { Dashboard } from '../gas/sidebar/model';
import type { SettingsForm } from '../gas/sidebar/settings-form';

/** A file as the page read it: its name (the only "path" a browser gives) and its bytes. */
export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** What the user chose on the page; each is null until they choose it. */
export interface Choices {
  /** The date picker; null means 设置 › 统计截止日期, else today. */
  asOf: CalendarDate | null;
  /** The language switch; null means 设置 › 语言, else the browser's language. */
  lang: Locale | null;
  /** The browser's language, used when neither the switch nor 设置 says. */
  ambient: Locale;
  /** Today in Asia/Shanghai by the browser's clock (the worker has the same clock, but one place decides). */
  today: CalendarDate;
}

export type Download =
  | 'colour'
  | 'docx'
  | 'html'
  | 'totals'
  | 'reminders'
  | 'imported'
  | 'rollup-xlsx'
  | 'rollup-docx'
  | 'rollup-html';

/** A ledger read back from a notice (.docx, .txt…), as `rectify import` reads it. */
export interface ImportedNote {
  from: string;
  /** The name the imported workbook downloads under. */
  name: string;
  problems: number;
  errors: number;
  warnings: number;
}

export type Request =
  | { id: number; type: 'open'; file: DroppedFile; choices: Choices }
  | { id: number; type: 'rollup'; files: DroppedFile[]; choices: Choices }
  | { id: number; type: 'update'; choices: Choices }
  | { id: number; type: 'settings'; form: Record<string, string>; choices: Choices }
  | { id: number; type: 'download'; what: Download };

/** Everything the page shows for a loaded ledger. */
export interface View {
  file: string;
  sheetName: string;
  locale: Locale;
  asOf: CalendarDate;
  /** Whether the as-of date came from 设置 › 统计截止日期 (the picker then says so). */
  asOfPinned: boolean;
  dashboard: Dashboard;
  totals: {
    sentence: string;
    headline: [string, number][];
    completionRate: string;
    recovered: string;
    /** The CLI's tables by category and by office (groupRows), headers and rows. */
    byCategory: { headers: string[]; rows: (string | number)[][] };
    byDepartment: { headers: string[]; rows: (string | number)[][] };
  };
  settingsForm: SettingsForm;
  /** Whether the settings in force are the form's (edited on the page) rather than the workbook's. */
  settingsEdited: boolean;
  reminders: ReminderPlan;
  imported: ImportedNote | null;
}

/** Several ledgers dropped at once: the overview `rectify rollup` prints. */
export interface RollupView {
  locale: Locale;
  asOf: CalendarDate;
  files: number;
  sentence: string;
  /** One row a unit, then 合计 (rollupTable). */
  table: { headers: string[]; rows: (string | number)[][] };
  /** Files left out and why, duplicates, units whose ledgers have errors (rollupNotes). */
  notes: string[];
}

export interface FileOut {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Lines to show beside the download (the summary `rectify colour` prints, the notice's warnings). */
  lines: string[];
}

export type Reply =
  | { id: 0; type: 'ready' }
  | { id: number; type: 'progress'; label: string; done: number; total: number | null }
  | { id: number; type: 'view'; view: View }
  | { id: number; type: 'rollup'; view: RollupView }
  | { id: number; type: 'issues'; issues: { key: string; message: string }[] }
  | { id: number; type: 'file'; file: FileOut }
  | { id: number; type: 'error'; message: string };

/** A request before the page numbers it (Omit over each member of the union, not over the union). */
export type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;
