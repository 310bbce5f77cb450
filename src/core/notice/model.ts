// The notice (整改进展情况通报) as data: sections, item blocks with labelled fields, signature, warnings.
import type { CalendarDate } from '../dates';
import type { Locale } from '../locale';

/** One labelled line of an item block: “整改时限：2024年9月底前完成整改。”. */
export interface ItemField {
  /** 整改措施 / 整改时限 / 整改进展 / 牵头领导 / 责任科室 (without the colon). */
  label: string;
  text: string;
  /**
   * Printed right after the text on the same line, e.g. “（经批准延期至2025年3月31日）” on the deadline
   * line; extensions add it without touching the renderers.
   */
  note?: string;
}

/** One problem as printed: its marker “（1）”, the problem text, then its labelled lines. */
export interface NoticeItem {
  /** Ledger id (编号) and 1-based sheet row, so a reader of the model can trace it back. */
  id: string;
  row: number;
  /** “（1）” or “1.”; null when the item stands alone under its heading, as the seed prints it. */
  marker: string | null;
  problem: string;
  fields: ItemField[];
}

/** A run of items under one heading: a category “1. 学习贯彻…” in 三, or untitled in 二 and 四. */
export interface ItemGroup {
  /** “1.” for a category; null for the untitled group of 二 and 四. */
  marker: string | null;
  title: string | null;
  items: NoticeItem[];
}

export type SectionKind = 'opening' | 'separate' | 'progress' | 'longTerm' | 'closing';

export interface NoticeSection {
  kind: SectionKind;
  /** “一、”: sections are numbered in the order they are printed, so a left-out section leaves no gap. */
  marker: string;
  title: string;
  /** Narrative paragraphs (通报正文) printed under the heading, before any items. */
  paragraphs: string[];
  /** The computed summary sentence of 三; null elsewhere. */
  summary: string | null;
  groups: ItemGroup[];
  /** Tables printed after the groups (the roll-up notice's table of units); absent in a unit's notice. */
  tables?: NoticeTable[];
}

/** A table of figures: a caption line above it, a header row, body rows and an optional bold 合计 row. */
export interface NoticeTable {
  /** Printed as a bold line above the table, kept with it; null for none. */
  caption: string | null;
  header: string[];
  rows: string[][];
  footer: string[] | null;
  /** Per column: text left, figures right. */
  align: ('left' | 'center' | 'right')[];
  /** Relative column widths (any unit: only the proportions count). */
  widths: number[];
}

export interface NoticeWarning {
  code: string;
  message: string;
  /** Ledger or 通报正文 sheet row the warning is about, when there is one. */
  row?: number;
}

export interface NoticeFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
}

export interface NoticeDocument {
  title: string;
  /** The opening sentence with dates and names; null when the settings lack the names. */
  preamble: string | null;
  sections: NoticeSection[];
  /** The supervision paragraph with the contact lines; null when there are no contact lines. */
  supervision: string | null;
  /** 发文单位; null when the setting is blank. */
  issuer: string | null;
  /** 2024年12月20日 */
  dateText: string;
  noticeDate: CalendarDate;
  asOf: CalendarDate;
  fonts: NoticeFonts;
  /** The language the notice is written in (labels, punctuation after them, the HTML lang); Chinese when absent. */
  locale?: Locale;
}

export interface NoticeResult {
  notice: NoticeDocument;
  warnings: NoticeWarning[];
}
