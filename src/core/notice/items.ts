// The notice's item blocks: each problem with its measures, deadline, progress and the office responsible.
import { deadlineInWords } from '../deadline-words';
import { isExtensionApproved, noticeDeadline } from '../extensions';
import { type Field, fieldLabel } from '../fields';
import type { Problem } from '../ledger';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { noticeLabels as L } from '../messages/notice';
import { numbering } from '../messages/numbering';
import type { Settings } from '../settings';
import { type Status, statusLabel } from '../status';
import { normalise } from '../text';
import type { ItemField, ItemGroup, NoticeItem } from './model';
import type { Warn } from './warnings';

/**
 * Adds the full stop a clerk leaves off at the end of a cell (“已完成” → “已完成。”). The stop follows the
 * script of the text, not the notice's language: Chinese typed into an English notice still ends in “。”.
 */
export function endSentence(text: string, locale: Locale = 'zh'): string {
  const t = text.trim();
  if (t === '' || /[。！？；!?;.…]$/.test(t)) return t;
  const cjk = /[\u3000-\u9fff\uff00-\uffef]$/.test(t);
  return t + (cjk ? '。' : say(locale, L.fullStop));
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

/** Builds the groups of 二, 三 and 四 from the ledger's problems, warning about every line it leaves out. */
export class ItemBuilder {
  private readonly noProblemWarned = new Set<number>();

  constructor(
    private readonly problems: readonly Problem[],
    private readonly settings: Settings,
    private readonly locale: Locale,
    private readonly warn: Warn,
  ) {}

  /** The deadline a block prints: 整改时限 with an approved extension after it, or null when there is none. */
  private deadline(p: Problem): string | null {
    if (p.deadlineText.trim() === '' && !isExtensionApproved(p)) return null;
    return noticeDeadline(p, this.locale, this.settings.officialDates);
  }

  /** A line headed by its ledger field's label (整改措施, 整改时限, 牵头领导, 责任科室). */
  private field(field: Field, text: string): ItemField {
    return { label: fieldLabel(field, this.locale), text };
  }

  private fields(
    p: Problem,
    measures: string,
    progress: Status | null,
    deadline: string | null,
  ): ItemField[] {
    const out: ItemField[] = [];
    if (measures.trim() !== '') out.push(this.field('measures', measures.trim()));
    else this.warn('noMeasures', p);
    // The deadline as written, with an approved extension after it (经批准延期至…), as the offices report it.
    if (deadline !== null) out.push(this.field('deadline', endSentence(deadline, this.locale)));
    else this.warn('noDeadline', p);
    if (progress)
      out.push({
        label: say(this.locale, L.progress),
        text: endSentence(statusLabel(progress, this.locale), this.locale),
      });
    else this.warn('noStatus', p);
    if (this.settings.showResponsible) {
      if (p.lead.trim()) out.push(this.field('lead', p.lead.trim()));
      if (p.department.trim()) out.push(this.field('department', p.department.trim()));
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
        this.warn('noProblem', p);
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

  /** 二: the problems whose 问题来源 is 设置's 单列问题来源; null when the setting is blank or none matches. */
  separateGroup(): ItemGroup | null {
    const source = this.settings.separateSource.trim();
    if (source === '') return null;
    const problems = this.printable(this.problems.filter((p) => sameKey(p.source, source)));
    if (problems.length === 0) {
      this.warn('noSeparate', { source });
      return null;
    }
    return this.plainGroup(problems, (p, m) => this.item(p, m, p.measures, p.status));
  }

  /** 三: every listed problem grouped by category in ledger order, “1.” per category, “（1）” per problem. */
  progressGroups(): ItemGroup[] {
    const listed = new Set(this.settings.listedStatuses);
    const allListed = listed.size === 4;
    const byCategory = new Map<string, Problem[]>();
    const other = say(this.locale, L.otherProblems);
    const candidates = this.problems.filter((p) => (p.status ? listed.has(p.status) : allListed));
    for (const p of this.printable(candidates)) {
      const title = categoryTitle(p.category) || other;
      if (title === other && p.category.trim() === '')
        this.warn('noCategory', { row: p.row, id: p.id, other: L.otherProblems });
      const list = byCategory.get(title) ?? [];
      list.push(p);
      byCategory.set(title, list);
    }
    let n = 0;
    return [...byCategory].map(([title, problems]) => ({
      marker: `${++n}.`,
      title,
      items: problems.map((p, i) =>
        this.item(
          p,
          problems.length > 1 ? say(this.locale, numbering.item({ n: i + 1 })) : null,
          p.measures,
          p.status,
        ),
      ),
    }));
  }

  /** 四: the long-term problems with their long-term measures and deadline; null when there are none. */
  longTermGroup(): ItemGroup | null {
    const problems = this.printable(this.problems.filter((p) => p.longTerm || p.status === 'longTerm'));
    if (problems.length === 0) {
      this.warn('noLongTerm');
      return null;
    }
    return this.plainGroup(problems, (p, m) => {
      if (p.longTermMeasures.trim() === '') this.warn('noLongTermMeasures', p);
      return this.item(p, m, p.longTermMeasures.trim() || p.measures, 'longTerm', this.longTermDeadline(p));
    });
  }

  /**
   * 四's deadline: 长期举措时限 when the ledger has it (the seed gives long-term tasks their own, 12月底前),
   * else 整改时限; a blank 长期举措时限 in a ledger that has the column is said, as a blank 长期举措 is.
   */
  private longTermDeadline(p: Problem): string | null {
    const own = (p.longTermDeadline ?? '').trim();
    if (own !== '') return deadlineInWords(own, this.locale, this.settings.officialDates);
    if (p.longTermDeadline !== undefined) this.warn('noLongTermDeadline', p);
    return this.deadline(p);
  }
}
