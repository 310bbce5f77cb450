// `rectify colour`'s text, both languages: its --out checks, what it reports, and the notes and legend it writes.
import { messages } from './bilingual';

/** The --out of a coloured copy: a new .xlsx, never the input or the settings file (commands/colour.ts). */
export const COLOUR_OUT = messages({
  missing: {
    zh: 'rectify colour: 缺少 --out（输出的 .xlsx 文件，如 --out 台账-着色.xlsx）',
    en: 'rectify colour: missing --out (the .xlsx file to write, e.g. --out ledger-coloured.xlsx)',
  },
  wrongType: (p: { out: string; want: string }) => ({
    zh: `--out: “${p.out}”应为 ${p.want} 文件`,
    en: `--out: "${p.out}" must be an ${p.want} file`,
  }),
  isInput: (p: { out: string }) => ({
    zh: `--out: “${p.out}”就是输入文件；着色只写副本，请换一个文件名`,
    en: `--out: "${p.out}" is the input file; colour writes a copy, so choose another name`,
  }),
  isSettings: (p: { out: string }) => ({
    zh: `--out: “${p.out}”就是 --settings 的设置文件；着色只写副本，请换一个文件名`,
    en: `--out: "${p.out}" is the --settings file; colour writes a copy, so choose another name`,
  }),
});

/** What `rectify colour` prints once the copy is written (commands/colour.ts, pipeline.ts). */
export const COLOUR_REPORT = messages({
  writingWorkbook: { zh: '写出工作簿', en: 'Writing the workbook' },
  wrote: (p: {
    file: string;
    overdue: number;
    dueSoon: number;
    leadDays: number;
    longTerm: number;
    done: number;
    notes: number;
    legendSheet: string;
  }) => ({
    zh: `已写出 ${p.file}：逾期 ${p.overdue} 行（红）、${p.leadDays} 天内到期 ${p.dueSoon} 行（橙）、长期坚持 ${p.longTerm} 行（蓝）、已完成 ${p.done} 行（绿）；${p.notes} 个单元格加了批注；图例在工作表“${p.legendSheet}”。`,
    en: `Wrote ${p.file}: ${p.overdue} overdue (red), ${p.dueSoon} due within ${p.leadDays} days (amber), ${p.longTerm} long-term (blue), ${p.done} done (green); ${p.notes} cells got a note; legend on sheet "${p.legendSheet}".`,
  }),
  keptFills: (p: { count: number }) => ({
    zh: `保留了 ${p.count} 个单元格原有的底色（非本工具所设）。`,
    en: `Kept ${p.count} cell fills someone else made.`,
  }),
  skippedNotes: (p: { count: number; legendSheet: string }) => ({
    zh: `${p.count} 个有问题的单元格已有他人批注，未改动；问题列在“${p.legendSheet}”表中。`,
    en: `${p.count} cells with findings already hold someone's note, left as is; see sheet "${p.legendSheet}".`,
  }),
  ledgerHasFindings: (p: { errors: number; warnings: number }) => ({
    zh: `台账有 ${p.errors} 个错误、${p.warnings} 个提醒，已在副本中加批注。`,
    en: `The ledger has ${p.errors} errors and ${p.warnings} warnings, noted in the copy.`,
  }),
});

/** What the coloured copy itself holds: the notes' mark and the legend sheet (xlsx-colour.ts). */
export const COLOUR_SHEET = messages({
  /** Our notes start with this, so a later run replaces them and leaves every other note alone. */
  noteMark: { zh: '【整改台账助手】', en: '[Rectify]' },
  /** The legend sheet's first cell; it tells our own legend sheet from a person's sheet of the same name. */
  legendTitle: { zh: '整改台账助手 · 图例', en: 'Rectify · Legend' },
  legendSheet: { zh: '图例', en: 'Legend' },
  noteAuthor: { zh: '整改台账助手', en: 'Rectify' },
  legendIntro: (p: { asOf: string; leadDays: number }) => ({
    zh: `统计日期 ${p.asOf}；${p.leadDays} 天内到期的标为橙色。颜色只表示期限，不改变台账内容；带“【整改台账助手】”批注的单元格需要修改。`,
    en: `As of ${p.asOf}; rows due within ${p.leadDays} days are amber. Colours mark deadlines only and change no value; cells with a "[Rectify]" note need fixing.`,
  }),
  colour: { zh: '颜色', en: 'Colour' },
  meaning: { zh: '含义', en: 'Meaning' },
  rows: { zh: '行数', en: 'Rows' },
  findingsHeading: (p: { count: number }) => ({
    zh: `检查结果（${p.count}）`,
    en: `Findings (${p.count})`,
  }),
  colouring: { zh: '着色', en: 'Colouring' },
});
