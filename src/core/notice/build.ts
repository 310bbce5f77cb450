// Builds the NoticeDocument from the ledger, settings, narrative and as-of date, following the seed notice.
import { appendAll } from '../arrays';
import { type CalendarDate, dateInWords } from '../dates';
import type { Problem } from '../ledger';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { noticeWarnings as W } from '../messages/notice';
import { numbering } from '../messages/numbering';
import type { Settings } from '../settings';
import type { Cell } from '../text';
import { computeTotals } from '../totals';
import { noticePreamble, noticeSupervision, noticeTitle } from './front-matter';
import { ItemBuilder } from './items';
import type {
  ItemGroup,
  NoticeDocument,
  NoticeItem,
  NoticeResult,
  NoticeSection,
  NoticeWarning,
  SectionKind,
} from './model';
import { type Narrative, parseNarrative, sectionTitles } from './narrative';
import { type Warn, warnInto } from './warnings';

export { categoryTitle, endSentence } from './items';

export interface NoticeInput {
  problems: readonly Problem[];
  settings: Settings;
  asOf: CalendarDate;
  /** The 通报正文 grid (章节, 段落), or null when there is none. */
  narrative?: readonly (readonly Cell[])[] | null;
  locale?: Locale;
}

type SectionDraft = Omit<NoticeSection, 'marker'>;

/**
 * The five sections in order; a section with nothing to print is left out with a warning, so the ones printed
 * are numbered without a gap.
 */
function noticeSections(
  input: NoticeInput,
  narrative: Narrative,
  locale: Locale,
  warn: Warn,
): SectionDraft[] {
  const s = input.settings;
  const items = new ItemBuilder(input.problems, s, locale, warn);
  const drafts: SectionDraft[] = [];
  const add = (kind: SectionKind, title: string, groups: ItemGroup[], summary: string | null = null) =>
    drafts.push({ kind, title: title.trim(), paragraphs: narrative[kind], summary, groups });
  // sectionTitles gives the five titles in SECTION_ORDER; the defaults are never used.
  const [opening = '', separateTitle = '', progress = '', longTermTitle = '', closing = ''] = sectionTitles(
    s,
    locale,
  );
  if (narrative.opening.length > 0) add('opening', opening, []);
  else warn('noOpening', { title: opening });
  const separate = items.separateGroup();
  if (separate) add('separate', separateTitle, [separate]);
  const totals = computeTotals(input.problems, {
    asOf: input.asOf,
    leadDays: s.leadDays,
    locale,
    closureReview: s.closureReview,
  });
  add('progress', progress, items.progressGroups(), totals.sentence);
  const longTerm = items.longTermGroup();
  if (longTerm) add('longTerm', longTermTitle, [longTerm]);
  if (narrative.closing.length > 0) add('closing', closing, []);
  else warn('noClosing', { title: closing });
  return drafts;
}

/** The notice model plus the warnings about what was left out. Pure: the same input gives the same notice. */
export function buildNotice(input: NoticeInput): NoticeResult {
  const locale = input.locale ?? 'zh';
  const s = input.settings;
  const { narrative, warnings } = parseNarrative(input.narrative ?? null, s, { locale });
  const all: NoticeWarning[] = [];
  appendAll(all, warnings);
  const warn = warnInto(all, locale);
  const title = noticeTitle(s, locale, warn);
  const preamble = noticePreamble(s, locale, warn);
  const sections = noticeSections(input, narrative, locale, warn);
  warnUnplaced(narrative, sections, all, locale);
  const issuer = s.issuer.trim() || null;
  if (!issuer) warn('noSignature');
  const noticeDate = s.noticeDate ?? input.asOf;
  const notice: NoticeDocument = {
    title,
    preamble,
    sections: sections.map((d, i) => ({ ...d, marker: say(locale, numbering.section({ index: i })) })),
    supervision: noticeSupervision(s, locale, warn),
    issuer,
    dateText: dateInWords(noticeDate, locale),
    noticeDate,
    asOf: input.asOf,
    fonts: { title: s.fontTitle, body: s.fontBody, heading1: s.fontHeading1, heading2: s.fontHeading2 },
    locale,
  };
  return { notice, warnings: all };
}

/** Narrative written for a section that is left out (say 二 with no problems) would vanish silently. */
function warnUnplaced(
  narrative: Narrative,
  drafts: readonly SectionDraft[],
  out: NoticeWarning[],
  l: Locale,
): void {
  for (const kind of ['separate', 'longTerm'] as const) {
    if (narrative[kind].length > 0 && !drafts.some((d) => d.kind === kind))
      out.push({ code: 'narrative.unplaced', message: say(l, W.unplaced({ second: kind === 'separate' })) });
  }
}

/** Every item block of the notice in print order, for tests and counts. */
export function noticeItems(notice: NoticeDocument): NoticeItem[] {
  return notice.sections.flatMap((s) => s.groups.flatMap((g) => g.items));
}
