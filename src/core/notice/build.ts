// Builds the NoticeDocument from the ledger, settings, narrative and as-of date, following the seed notice.
import { appendAll } from '../arrays';
import {
  type CalendarDate,
  chineseDate,
  chineseMonthDay,
  dateInWords,
  dateParts,
  englishDate,
} from '../dates';
import { deadlineInWords } from '../deadline-words';
import { isExtensionApproved, noticeDeadline } from '../extensions';
import type { Problem } from '../ledger';
import { type Locale, tr } from '../locale';
import type { Settings } from '../settings';
import { type Status, statusLabel } from '../status';
import { type Cell, normalise } from '../text';
import { computeTotals } from '../totals';
import type {
  ItemField,
  ItemGroup,
  NoticeDocument,
  NoticeItem,
  NoticeResult,
  NoticeSection,
  NoticeWarning,
  SectionKind,
} from './model';
import { type Narrative, parseNarrative, sectionTitles } from './narrative';

export interface NoticeInput {
  problems: readonly Problem[];
  settings: Settings;
  asOf: CalendarDate;
  /** The 通报正文 grid (章节, 段落), or null when there is none. */
  narrative?: readonly (readonly Cell[])[] | null;
  locale?: Locale;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Adds the full stop a clerk leaves off at the end of a cell (“已完成” → “已完成。”). The stop follows the
 * script of the text, not the notice's language: Chinese typed into an English notice still ends in “。”.
 */
export function endSentence(text: string, locale: Locale = 'zh'): string {
  const t = text.trim();
  if (t === '' || /[。！？；!?;.…]$/.test(t)) return t;
  const cjk = /[\u3000-\u9fff\uff00-\uffef]$/.test(t);
  return t + (cjk ? '。' : tr(locale, '。', '.'));
}

/** “1. 学习贯彻…” / “一、学习…” / “（一）学习…” → “学习贯彻…”: the notice numbers categories itself. */
export function categoryTitle(category: string): string {
  return normalise(category)
    .replace(/^(?:\(?[0-9]+\)?[.、,):]?|\(?[一二三四五六七八九十]+\)?[、.):]?)\s*/, '')
    .trim();
}

function sameKey(a: string, b: string): boolean {
  return normalise(a).replace(/\s+/g, '') === normalise(b).replace(/\s+/g, '');
}

class NoticeBuilder {
  readonly warnings: NoticeWarning[] = [];
  constructor(
    private readonly input: NoticeInput,
    private readonly locale: Locale,
  ) {}

  private t(zh: string, en: string): string {
    return tr(this.locale, zh, en);
  }

  warn(code: string, zh: string, en: string, row?: number): void {
    this.warnings.push(
      row === undefined ? { code, message: this.t(zh, en) } : { code, message: this.t(zh, en), row },
    );
  }

  title(): string {
    const s = this.input.settings;
    if (s.noticeTitle.trim() !== '') return s.noticeTitle.trim();
    const issuer = s.issuer.trim() || s.inspectedUnit.trim();
    if (issuer === '')
      this.warn(
        'notice.noIssuer',
        '设置中未填发文单位，标题中略去',
        'No issuing body in the settings; the title leaves it out',
      );
    if (this.locale === 'en') {
      return `${issuer ? `${issuer}: ` : ''}Progress of the rectification of the ${s.inspectionGroup.trim() || 'inspection'} findings`;
    }
    return `${issuer}关于${s.inspectionGroup.trim()}巡察反馈意见集中整改进展情况的通报`;
  }

  /** “2024年4月10日至5月11日”: the end date drops the year (and month) it shares with the start. */
  private dateRange(start?: CalendarDate, end?: CalendarDate): string | null {
    if (this.locale === 'en') {
      if (start && end) return `from ${englishDate(start)} to ${englishDate(end)}`;
      return start ? `from ${englishDate(start)}` : null;
    }
    if (!start) return null;
    if (!end) return `${chineseDate(start)}起`;
    const a = dateParts(start);
    const b = dateParts(end);
    const tail =
      a.year !== b.year ? chineseDate(end) : a.month !== b.month ? chineseMonthDay(end) : `${b.day}日`;
    return `${chineseDate(start)}至${tail}`;
  }

  preamble(): string | null {
    const s = this.input.settings;
    const group = s.inspectionGroup.trim();
    const unit = s.inspectedUnit.trim();
    if (group === '' || unit === '') {
      this.warn(
        'notice.noPreamble',
        '设置中未填巡察组或被巡察单位，通报开头的说明段已略去',
        'The inspection group or the inspected unit is blank in the settings; the opening paragraph was left out',
      );
      return null;
    }
    const organ = s.deployingOrgan.trim();
    if (organ === '')
      this.warn(
        'notice.noOrgan',
        '设置中未填部署机关，开头略去“根据…统一部署”',
        'No deploying organ in the settings; the opening omits it',
      );
    const range = this.dateRange(s.inspectionStart, s.inspectionEnd);
    if (!range)
      this.warn(
        'notice.noInspectionDates',
        '设置中未填巡察开始日期，开头略去巡察时间',
        'No inspection dates in the settings; the opening omits them',
      );
    const feedback = s.feedbackDate;
    if (!feedback)
      this.warn(
        'notice.noFeedbackDate',
        '设置中未填反馈日期，开头略去反馈时间',
        'No feedback date in the settings; the opening omits it',
      );
    if (this.locale === 'en') {
      return [
        `${organ ? `As deployed by ${organ}, ` : ''}${group} inspected ${unit}${range ? ` ${range}` : ''}.`,
        `${feedback ? `On ${englishDate(feedback)}, ` : ''}${group} handed its findings to ${unit}.`,
        'In line with the openness of Party affairs and the rules of inspection work, the progress of the rectification is published as follows.',
      ].join(' ');
    }
    const year = (s.inspectionEnd ?? s.inspectionStart)?.slice(0, 4);
    const feedbackText = feedback
      ? `${feedback.slice(0, 4) === year ? chineseMonthDay(feedback) : chineseDate(feedback)}，`
      : '';
    return (
      `${organ ? `根据${organ}统一部署，` : ''}${range ? `${range}，` : ''}${group}对${unit}进行了巡察。` +
      `${feedbackText}${group}向${unit}反馈了巡察意见。` +
      '根据党务公开原则和巡察工作有关要求，现将反馈意见集中整改进展情况予以公布。'
    );
  }

  /** The deadline a block prints: 整改时限 with an approved extension after it, or null when there is none. */
  private deadline(p: Problem): string | null {
    if (p.deadlineText.trim() === '' && !isExtensionApproved(p)) return null;
    return noticeDeadline(p, this.locale, this.input.settings.officialDates);
  }

  private fields(
    p: Problem,
    measures: string,
    progress: Status | null,
    deadline: string | null,
  ): ItemField[] {
    const s = this.input.settings;
    const out: ItemField[] = [];
    if (measures.trim() !== '') out.push({ label: this.t('整改措施', 'Measures'), text: measures.trim() });
    else
      this.warn(
        'notice.noMeasures',
        `第${p.row}行（${p.id}）未填整改措施，通报中略去该行`,
        `Row ${p.row} (${p.id}) has no measures; the line was left out`,
        p.row,
      );
    // The deadline as written, with an approved extension after it (经批准延期至…), as the offices report it.
    if (deadline !== null)
      out.push({ label: this.t('整改时限', 'Deadline'), text: endSentence(deadline, this.locale) });
    else
      this.warn(
        'notice.noDeadline',
        `第${p.row}行（${p.id}）未填整改时限，通报中略去该行`,
        `Row ${p.row} (${p.id}) has no deadline; the line was left out`,
        p.row,
      );
    if (progress)
      out.push({
        label: this.t('整改进展', 'Progress'),
        text: endSentence(statusLabel(progress, this.locale), this.locale),
      });
    else
      this.warn(
        'notice.noStatus',
        `第${p.row}行（${p.id}）整改状态未填或无法识别，通报中略去整改进展`,
        `Row ${p.row} (${p.id}) has no readable status; progress was left out`,
        p.row,
      );
    if (s.showResponsible) {
      if (p.lead.trim()) out.push({ label: this.t('牵头领导', 'Lead'), text: p.lead.trim() });
      if (p.department.trim()) out.push({ label: this.t('责任科室', 'Office'), text: p.department.trim() });
    }
    return out;
  }

  private item(
    p: Problem,
    marker: string | null,
    measures: string,
    progress: Status | null,
    deadline: string | null = this.deadline(p),
  ): NoticeItem {
    return {
      id: p.id,
      row: p.row,
      marker,
      problem: p.problem.trim(),
      fields: this.fields(p, measures, progress, deadline),
    };
  }

  private readonly noProblemWarned = new Set<number>();

  /**
   * The problems a section prints: one with no problem text (blank, or a formula saved without its result)
   * would print a bare “（4）” followed by measures that belong to nothing, so it is left out — the others
   * are numbered without a gap — and a warning names its row, once however many sections list it.
   */
  private printable(problems: readonly Problem[]): Problem[] {
    const out: Problem[] = [];
    for (const p of problems) {
      if (p.problem.trim() !== '') out.push(p);
      else if (!this.noProblemWarned.has(p.row)) {
        this.noProblemWarned.add(p.row);
        this.warn(
          'notice.noProblem',
          `第${p.row}行（${p.id}）未填问题描述，通报中略去该问题`,
          `Row ${p.row} (${p.id}) has no problem text; the notice leaves that problem out`,
          p.row,
        );
      }
    }
    return out;
  }

  /** Items straight under a section heading (二, 四) are numbered “1.”; a lone item is not numbered. */
  private plainGroup(
    problems: readonly Problem[],
    build: (p: Problem, marker: string | null) => NoticeItem,
  ): ItemGroup {
    return {
      marker: null,
      title: null,
      items: problems.map((p, i) => build(p, problems.length > 1 ? `${i + 1}.` : null)),
    };
  }

  separateGroup(): ItemGroup | null {
    const source = this.input.settings.separateSource.trim();
    if (source === '') return null;
    const problems = this.printable(this.input.problems.filter((p) => sameKey(p.source, source)));
    if (problems.length === 0) {
      this.warn(
        'notice.noSeparate',
        `没有问题来源为“${source}”的问题，第二部分已略去`,
        `No problem has the source "${source}"; that section was left out`,
      );
      return null;
    }
    return this.plainGroup(problems, (p, m) => this.item(p, m, p.measures, p.status));
  }

  /** 三: every listed problem grouped by category in ledger order, “1.” per category, “（1）” per problem. */
  progressGroups(): ItemGroup[] {
    const listed = new Set(this.input.settings.listedStatuses);
    const allListed = listed.size === 4;
    const byCategory = new Map<string, Problem[]>();
    const other = this.t('其他问题', 'Other problems');
    const candidates = this.input.problems.filter((p) => (p.status ? listed.has(p.status) : allListed));
    for (const p of this.printable(candidates)) {
      const title = categoryTitle(p.category) || other;
      if (title === other && p.category.trim() === '')
        this.warn(
          'notice.noCategory',
          `第${p.row}行（${p.id}）未填问题类别，列入“${other}”`,
          `Row ${p.row} (${p.id}) has no category; listed under "${other}"`,
          p.row,
        );
      const list = byCategory.get(title) ?? [];
      list.push(p);
      byCategory.set(title, list);
    }
    let n = 0;
    return [...byCategory].map(([title, problems]) => ({
      marker: `${++n}.`,
      title,
      items: problems.map((p, i) =>
        this.item(p, problems.length > 1 ? this.t(`（${i + 1}）`, `(${i + 1})`) : null, p.measures, p.status),
      ),
    }));
  }

  longTermGroup(): ItemGroup | null {
    const problems = this.printable(this.input.problems.filter((p) => p.longTerm || p.status === 'longTerm'));
    if (problems.length === 0) {
      this.warn(
        'notice.noLongTerm',
        '台账中没有长期坚持的问题，第四部分已略去',
        'No long-term problems; that section was left out',
      );
      return null;
    }
    return this.plainGroup(problems, (p, m) => {
      if (p.longTermMeasures.trim() === '')
        this.warn(
          'notice.noLongTermMeasures',
          `第${p.row}行（${p.id}）未填长期举措，第四部分用其整改措施`,
          `Row ${p.row} (${p.id}) has no long-term measures; section 4 uses its measures`,
          p.row,
        );
      return this.item(p, m, p.longTermMeasures.trim() || p.measures, 'longTerm', this.longTermDeadline(p));
    });
  }

  /**
   * 四's deadline: 长期举措时限 when the ledger has it (the seed gives long-term tasks their own, 12月底前),
   * else 整改时限; a blank 长期举措时限 in a ledger that has the column is said, as a blank 长期举措 is.
   */
  private longTermDeadline(p: Problem): string | null {
    const own = (p.longTermDeadline ?? '').trim();
    if (own !== '') return deadlineInWords(own, this.locale, this.input.settings.officialDates);
    if (p.longTermDeadline !== undefined)
      this.warn(
        'notice.noLongTermDeadline',
        `第${p.row}行（${p.id}）未填长期举措时限，第四部分用其整改时限`,
        `Row ${p.row} (${p.id}) has no long-term deadline; section 4 uses its deadline`,
        p.row,
      );
    return this.deadline(p);
  }

  supervision(): string | null {
    const s = this.input.settings;
    const parts: [string, string, string][] = [
      [s.contactPhone, this.t('联系方式', 'Phone'), this.t('联系电话', 'phone')],
      [s.postalAddress, this.t('邮政地址', 'Address'), this.t('邮政地址', 'postal address')],
      [s.contactEmail, this.t('电子邮箱', 'E-mail'), this.t('电子邮箱', 'e-mail')],
    ];
    const present = parts.filter(([v]) => v.trim() !== '');
    const missing = parts.filter(([v]) => v.trim() === '').map(([, , name]) => name);
    if (present.length === 0) {
      this.warn(
        'notice.noContact',
        '设置中未填联系电话、邮政地址和电子邮箱，通报末尾的监督段已略去',
        'No contact lines in the settings; the supervision paragraph was left out',
      );
      return null;
    }
    if (missing.length > 0)
      this.warn(
        'notice.partialContact',
        `设置中未填${missing.join('、')}，监督段中略去`,
        `No ${missing.join(', ')} in the settings; the supervision paragraph omits it`,
      );
    const lines = present.map(([v, label]) => `${label}${this.t('：', ': ')}${v.trim()}`);
    return this.t(
      `欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。${lines.join('；')}。`,
      `Cadres and the public are welcome to supervise the rectification. Please send us your comments. ${lines.join('; ')}.`,
    );
  }
}

function sectionMarker(index: number, locale: Locale): string {
  return locale === 'en' ? `${index + 1}. ` : `${CHINESE_NUMERALS[index]}、`;
}

/** The notice model plus the warnings about what was left out. Pure: the same input gives the same notice. */
export function buildNotice(input: NoticeInput): NoticeResult {
  const locale = input.locale ?? 'zh';
  const s = input.settings;
  const b = new NoticeBuilder(input, locale);
  const { narrative, warnings } = parseNarrative(input.narrative ?? null, s, { locale });
  appendAll(b.warnings, warnings);
  const title = b.title();
  const preamble = b.preamble();

  const drafts: Omit<NoticeSection, 'marker'>[] = [];
  const add = (kind: SectionKind, title: string, groups: ItemGroup[], summary: string | null = null) =>
    drafts.push({ kind, title: title.trim(), paragraphs: narrative[kind], summary, groups });
  const titles = sectionTitles(s, locale);

  if (narrative.opening.length > 0) add('opening', titles[0], []);
  else
    b.warn(
      'notice.noOpening',
      `通报正文中没有“${titles[0]}”的段落，第一部分已略去`,
      `The narrative has no paragraphs for "${titles[0]}"; that section was left out`,
    );
  const separate = b.separateGroup();
  if (separate) add('separate', titles[1], [separate]);
  const totals = computeTotals(input.problems, {
    asOf: input.asOf,
    leadDays: s.leadDays,
    locale,
    closureReview: s.closureReview,
  });
  add('progress', titles[2], b.progressGroups(), totals.sentence);
  const longTerm = b.longTermGroup();
  if (longTerm) add('longTerm', titles[3], [longTerm]);
  if (narrative.closing.length > 0) add('closing', titles[4], []);
  else
    b.warn(
      'notice.noClosing',
      `通报正文中没有“${titles[4]}”的段落，第五部分已略去`,
      `The narrative has no paragraphs for "${titles[4]}"; that section was left out`,
    );
  warnUnplaced(narrative, drafts, b);

  const issuer = s.issuer.trim() || null;
  if (!issuer)
    b.warn(
      'notice.noSignature',
      '设置中未填发文单位，落款只有日期',
      'No issuing body in the settings; the signature shows only the date',
    );
  const noticeDate = s.noticeDate ?? input.asOf;
  const notice: NoticeDocument = {
    title,
    preamble,
    sections: drafts.map((d, i) => ({ ...d, marker: sectionMarker(i, locale) })),
    supervision: b.supervision(),
    issuer,
    dateText: dateInWords(noticeDate, locale),
    noticeDate,
    asOf: input.asOf,
    fonts: { title: s.fontTitle, body: s.fontBody, heading1: s.fontHeading1, heading2: s.fontHeading2 },
    locale,
  };
  return { notice, warnings: b.warnings };
}

/** Narrative written for a section that is left out (say 二 with no problems) would vanish silently. */
function warnUnplaced(
  narrative: Narrative,
  drafts: readonly Omit<NoticeSection, 'marker'>[],
  b: NoticeBuilder,
): void {
  for (const kind of ['separate', 'longTerm'] as const) {
    if (narrative[kind].length > 0 && !drafts.some((d) => d.kind === kind)) {
      b.warn(
        'narrative.unplaced',
        `通报正文中有第${kind === 'separate' ? '二' : '四'}部分的段落，但该部分没有问题，已略去`,
        `The narrative has paragraphs for section ${kind === 'separate' ? 2 : 4}, which has no problems; they were left out`,
      );
    }
  }
}

/** Every item block of the notice in print order, for tests and counts. */
export function noticeItems(notice: NoticeDocument): NoticeItem[] {
  return notice.sections.flatMap((s) => s.groups.flatMap((g) => g.items));
}
