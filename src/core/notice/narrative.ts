// Reads the 通报正文 sheet (章节, 段落) into the narrative paragraphs of the notice's sections.
import { appendAll } from '../arrays';
import { withoutHiddenCharacters } from '../hidden-chars';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { noticeLabels, noticeWarnings } from '../messages/notice';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { type Cell, cellText, normalise } from '../text';
import type { NoticeWarning, SectionKind } from './model';

/** The five sections in their fixed order; the narrative may name them by this position. */
export const SECTION_ORDER: readonly SectionKind[] = [
  'opening',
  'separate',
  'progress',
  'longTerm',
  'closing',
];

export type Narrative = Record<SectionKind, string[]>;

const NUMERALS = ['一', '二', '三', '四', '五'];
const SECTION_HEADERS = /^(章节|章|部分|section|part)$/i;
const PARAGRAPH_HEADERS = /^(段落|正文|内容|paragraph|text)$/i;

function emptyNarrative(): Narrative {
  return { opening: [], separate: [], progress: [], longTerm: [], closing: [] };
}

/** “一、党组…”, “第一部分 党组…”, “1. 党组…” → { position: 0, name: '党组…' }. */
function splitNumber(name: string): { position: number | null; rest: string } {
  const m = /^(?:第([一二三四五1-5])部分|([一二三四五1-5])(?:[、.．:：)）]|$))\s*(.*)$/.exec(name);
  if (!m) return { position: null, rest: name };
  const numeral = m[1] ?? m[2] ?? '';
  const n = NUMERALS.indexOf(numeral);
  return { position: n >= 0 ? n : Number(numeral) - 1, rest: m[3] ?? '' };
}

function key(text: string): string {
  return normalise(text).replace(/\s+/g, '');
}

/** The seed's section titles in English, for an English notice whose 设置 keeps the Chinese defaults. */
export const ENGLISH_SECTION_TITLES = [
  'How the Party group and its principal leaders organised the rectification',
  'Rectification of the people and matters singled out by the Party secretary',
  'Rectification during the concentrated rectification period',
  'Major measures for the long-term tasks and the results so far',
  'Next steps',
] as const;

const TITLE_KEYS = [
  'section1Title',
  'section2Title',
  'section3Title',
  'section4Title',
  'section5Title',
] as const;

/**
 * The five section titles as the notice prints them: the settings' own, except that an English notice
 * prints an English title where 设置 still holds the Chinese default (the ledger's language is not the
 * reader's: the default is not a choice anyone made).
 */
export function sectionTitles(settings: Settings, locale: Locale = 'zh'): string[] {
  return TITLE_KEYS.map((k, i) =>
    locale === 'en' && key(settings[k]) === key(DEFAULT_SETTINGS[k])
      ? (ENGLISH_SECTION_TITLES[i] ?? settings[k])
      : settings[k],
  );
}

/**
 * Matches a 章节 name to a section: by its title as set in 设置 (section1Title…), by a leading
 * number (一、/第五部分/5.), else null.
 */
function sectionOf(name: string, settings: Settings, locale: Locale): SectionKind | null {
  const titles = TITLE_KEYS.map((k) => key(settings[k]));
  const printed = sectionTitles(settings, locale).map(key);
  const { position, rest } = splitNumber(key(name));
  const byTitle = rest === '' ? -1 : Math.max(titles.indexOf(rest), printed.indexOf(rest));
  if (byTitle >= 0) return SECTION_ORDER[byTitle] ?? null;
  // “第九部分” names no section: a number past 五 is no match.
  return position === null ? null : (SECTION_ORDER[position] ?? null);
}

export interface NarrativeOptions {
  locale?: Locale;
  /** 1-based sheet row of grid[0]. */
  firstRow?: number;
  /** Sheet name used in warnings. */
  sheet?: string;
}

/** A run of paragraphs under one 章节 name, with the row the name first appears on. */
interface Group {
  name: string;
  row: number;
  paragraphs: string[];
}

/** The 章节 and 段落 columns, and the first row after a header row in the top three rows (else 章节 A, 段落 B). */
function narrativeColumns(grid: readonly (readonly Cell[])[]): {
  start: number;
  section: number;
  paragraph: number;
} {
  const headerIndex = grid.findIndex((r) => (r ?? []).some((c) => PARAGRAPH_HEADERS.test(cellText(c))));
  if (headerIndex < 0 || headerIndex >= 3) return { start: 0, section: 0, paragraph: 1 };
  const header = (grid[headerIndex] ?? []).map((c) => cellText(c));
  return {
    start: headerIndex + 1,
    section: header.findIndex((h) => SECTION_HEADERS.test(h)),
    paragraph: header.findIndex((h) => PARAGRAPH_HEADERS.test(h)),
  };
}

/** The grid's paragraphs grouped by 章节 name; a blank 章节 continues the one above (merged cells read that way). */
function narrativeGroups(grid: readonly (readonly Cell[])[], firstRow: number): Group[] {
  const columns = narrativeColumns(grid);
  const groups: Group[] = [];
  // By key, so a sheet of many distinct section names is read in linear time (a find() per name was quadratic).
  const byKey = new Map<string, Group>();
  let current: Group | null = null;
  for (let i = columns.start; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const name = columns.section >= 0 ? cellText(cells[columns.section]) : '';
    // The check names a cell with hidden characters; the notice shows only what a reader can see.
    const text = withoutHiddenCharacters(cellText(cells[columns.paragraph]));
    if (name !== '' && (current === null || key(name) !== key(current.name))) {
      current = byKey.get(key(name)) ?? null;
      if (!current) {
        current = { name, row: firstRow + i, paragraphs: [] };
        groups.push(current);
        byKey.set(key(name), current);
      }
    }
    if (text === '') continue;
    if (!current) {
      current = { name: '', row: firstRow + i, paragraphs: [] };
      groups.push(current);
    }
    // A cell with line breaks holds several paragraphs.
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') current.paragraphs.push(line.trim());
  }
  return groups;
}

/**
 * Parses the narrative grid. A 章节 cell left blank continues the one above (merged cells read that
 * way). A 章节 goes to the section whose title (设置 第一…第五部分标题) or number (一、…五、) it
 * names; when a name matches nothing, the first such 章节 fills 一 and the last fills 五 — the two
 * narrative sections of the seed notice — so a sheet with headings of its own still works. Anything
 * else is left out with a warning naming its row.
 */
export function parseNarrative(
  grid: readonly (readonly Cell[])[] | null,
  settings: Settings,
  options: NarrativeOptions = {},
): { narrative: Narrative; warnings: NoticeWarning[] } {
  const locale = options.locale ?? 'zh';
  const sheet = options.sheet ?? say(locale, noticeLabels.narrativeSheet);
  const narrative = emptyNarrative();
  const warnings: NoticeWarning[] = [];
  if (!grid) return { narrative, warnings };
  const groups = narrativeGroups(grid, options.firstRow ?? 1);
  const assigned = new Map<Group, SectionKind>();
  for (const g of groups) {
    const s = sectionOf(g.name, settings, locale);
    if (s) assigned.set(g, s);
  }
  const unmatched = groups.filter((g) => !assigned.has(g) && g.paragraphs.length > 0);
  const taken = new Set(assigned.values());
  if (unmatched.length > 0 && !taken.has('opening')) assigned.set(unmatched.shift()!, 'opening');
  if (unmatched.length > 0 && !taken.has('closing')) assigned.set(unmatched.pop()!, 'closing');
  for (const g of unmatched) {
    const message = say(locale, noticeWarnings.unmatched({ sheet, row: g.row, name: g.name }));
    warnings.push({ code: 'narrative.unmatched', row: g.row, message });
  }
  for (const g of groups) {
    const s = assigned.get(g);
    if (s) appendAll(narrative[s], g.paragraphs);
  }
  return { narrative, warnings };
}
