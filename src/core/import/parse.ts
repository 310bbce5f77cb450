// Reads a published notice or a rectification plan back into ledger rows, narrative and what it could not place.
import { at } from '../arrays';
import { parseDeadline } from '../deadline';
import { type ImportFindingMessage, importFindingMessage } from '../messages/findings-import';
import type { Status } from '../status';
import { captured, shorten } from '../text';
import {
  endsSentence,
  fullWidth,
  inputLines,
  joinWrapped,
  type Line,
  resolveLayout,
  tightenCjk,
} from './lines';
import { bestMatch, bigrams, letters } from './link';
import type {
  Figures,
  ImportedProblem,
  ImportFinding,
  ImportOptions,
  ImportResult,
  NarrativeParagraph,
  SourceParagraph,
  UnplacedParagraph,
  UnplacedReason,
} from './model';
import {
  deadlineOfLine,
  isBlankTitle,
  isTitleLike,
  type LabelField,
  labelAt,
  ledgerStatus,
  MEASURES_START,
  NESTED_CATEGORY,
  NUMBERED,
  numeralValue,
  SECTION,
  SUB,
  splitInlineLabels,
  statusOfSentence,
} from './vocabulary';

interface Heading {
  number: number;
  title: string;
  line: Line;
}

interface Group extends Heading {
  /** Made for a numbered item whose number is its only heading (“5. 如，学习…”). */
  implicit: boolean;
  nested: Heading | null;
  /** Set when no problem of the section has a category heading: its number numbers a problem, not a category. */
  numberOnly?: boolean;
}

interface RawItem {
  lines: Line[];
  group: Group | null;
  nested: Heading | null;
  sub: number | null;
  closed: boolean;
}

interface Section {
  numeral: number;
  title: string;
  heading: Line[];
  body: Line[];
}

type Role = 'main' | 'separate' | 'longTerm';

interface ParsedItem {
  raw: RawItem;
  row: ImportedProblem;
  /** Whether the problem/measures split rests on a weak clue (a wrapped page with no label or “一是”). */
  weakSplit: boolean;
  deadlineParsed: boolean;
  /** The problem text is its group heading's title (so the heading is not repeated in 备注). */
  headingIsProblem?: boolean;
}

const SUMMARY = /截至.{0,30}?\d+个(?:具体)?问题/;
const SUPERVISION = /^欢迎.{0,40}监督/;
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;

function emptyRow(): ImportedProblem {
  return {
    id: '',
    category: '',
    source: '',
    problem: '',
    measures: '',
    lead: '',
    department: '',
    ownerEmail: '',
    deadline: '',
    status: '',
    statusKey: null,
    longTerm: false,
    longTermMeasures: '',
    longTermDeadline: '',
    remarks: '',
    paragraphs: [],
  };
}

function numbersOf(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (const l of lines) if (out[out.length - 1] !== l.n) out.push(l.n);
  return out;
}

class DocumentReader {
  readonly findings: ImportFinding[] = [];
  readonly narrative: NarrativeParagraph[] = [];
  readonly unplaced: UnplacedParagraph[] = [];
  printedFigures: Figures | null = null;
  private readonly width: number;

  constructor(
    private readonly lines: Line[],
    readonly layout: 'paragraphs' | 'lines',
  ) {
    this.width = fullWidth(lines);
  }

  private get wrapped(): boolean {
    return this.layout === 'lines';
  }

  finding(
    severity: 'error' | 'warning',
    message: ImportFindingMessage,
    at?: { line?: Line; id?: string; text?: string },
  ): void {
    const f: ImportFinding = { severity, ...message };
    if (at?.id) f.id = at.id;
    if (at?.line) {
      f.paragraph = at.line.n;
      f.quote = shorten(at.text ?? at.line.text, 80);
    }
    this.findings.push(f);
  }

  /** The text of lines that make one paragraph or field: joined as print wrapped them, or one line each. */
  join(lines: readonly Line[], texts?: readonly string[]): string {
    const parts = texts ?? lines.map((l) => l.text);
    return this.wrapped ? joinWrapped(parts) : parts.join('\n');
  }

  /** A line that starts at the left margin of a paragraph whose bold lead-in (a label) did not survive. */
  private shortStart(l: Line): boolean {
    return this.wrapped && l.width <= this.width - 4.5;
  }

  private shortEnd(l: Line): boolean {
    return this.wrapped && l.width < this.width - 2;
  }

  /** Rebuilds paragraphs: in wrapped text a paragraph ends at a short line that ends a sentence. */
  paragraphs(lines: readonly Line[]): Line[][] {
    if (!this.wrapped) return lines.map((l) => [l]);
    const out: Line[][] = [];
    let current: Line[] = [];
    lines.forEach((l, i) => {
      current.push(l);
      const next = lines[i + 1];
      const end =
        !next ||
        (endsSentence(l.text) && (this.shortEnd(l) || this.shortStart(next))) ||
        (l.bold !== next.bold && this.width > 0);
      if (end) {
        out.push(current);
        current = [];
      }
    });
    return out;
  }

  /** Splits off the signature (issuer and date) printed at the very end. */
  signature(): void {
    const last = this.lines[this.lines.length - 1];
    if (!last || !DATE_LINE.test(last.text)) return;
    const parts = [last];
    const before = this.lines[this.lines.length - 2];
    if (before && !endsSentence(before.text) && before.width <= 30 && !/[，。；]/.test(before.text))
      parts.unshift(before);
    this.lines.splice(this.lines.length - parts.length, parts.length);
    this.unplaced.push({
      text: parts.map((p) => p.text).join(' '),
      reason: 'signature',
      paragraphs: numbersOf(parts),
    });
  }

  sections(): { front: Line[]; sections: Section[] } {
    const front: Line[] = [];
    const sections: Section[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const l = at(this.lines, i);
      const m = SECTION.exec(l.text);
      if (m && isTitleLike(captured(m, 2)) && l.width <= 50 && captured(m, 2) !== '') {
        const heading = [l];
        let title = captured(m, 2);
        const next = this.lines[i + 1];
        // A long heading wraps: “四、对长期整改任务采取的重要举措和取得的阶段性” / “成效”.
        if (
          this.wrapped &&
          next &&
          l.width >= this.width - 3 &&
          next.width < this.width / 2 &&
          isTitleLike(next.text) &&
          !this.isMarker(next.text)
        ) {
          heading.push(next);
          title += next.text;
          i++;
        }
        sections.push({
          numeral: numeralValue(captured(m, 1)),
          title: tightenCjk(title.trim()),
          heading,
          body: [],
        });
      } else if (sections.length > 0) at(sections, sections.length - 1).body.push(l);
      else front.push(l);
    }
    return { front, sections };
  }

  private isMarker(text: string): boolean {
    return SECTION.test(text) || NESTED_CATEGORY.test(text) || NUMBERED.test(text) || SUB.test(text);
  }

  private isStatusLine(l: Line): boolean {
    return Array.from(l.text).length <= 30 && statusOfSentence(l.text) !== null && !labelAt(l.text);
  }

  /** Cuts a section's lines into items under their headings. */
  items(body: readonly Line[]): { items: RawItem[]; before: Line[]; after: Line[] } {
    const items: RawItem[] = [];
    const before: Line[] = [];
    const after: Line[] = [];
    let nested: Heading | null = null;
    let group: Group | null = null;
    let item: RawItem | null = null;
    const start = (sub: number | null, g: Group | null): RawItem => {
      item = { lines: [], group: g, nested, sub, closed: false };
      items.push(item);
      return item;
    };
    for (let i = 0; i < body.length; i++) {
      const l = at(body, i);
      // The supervision paragraph (“欢迎广大干部群众…监督”) closes the notice: nothing after it is an item.
      if (items.length > 0 && SUPERVISION.test(l.text)) {
        for (let j = i; j < body.length; j++) after.push(at(body, j));
        break;
      }
      const next = body[i + 1];
      let m = NESTED_CATEGORY.exec(l.text);
      if (m && isTitleLike(captured(m, 2))) {
        nested = { number: numeralValue(captured(m, 1)), title: captured(m, 2).trim(), line: l };
        group = null;
        item = null;
        continue;
      }
      m = NUMBERED.exec(l.text);
      if (m) {
        const rest = captured(m, 2).trim();
        const wrapsOn = this.wrapped && l.width >= this.width - 2 && !!next && !this.isMarker(next.text);
        if (isBlankTitle(rest) || (isTitleLike(rest) && !wrapsOn)) {
          group = { number: Number(captured(m, 1)), title: rest, line: l, implicit: false, nested };
          item = null;
          continue;
        }
        group = { number: Number(captured(m, 1)), title: '', line: l, implicit: true, nested };
        start(null, group).lines.push({ ...l, text: rest });
        continue;
      }
      m = SUB.exec(l.text);
      if (m) {
        start(Number(captured(m, 1)), group).lines.push({ ...l, text: captured(m, 2).trim() });
        continue;
      }
      const current: RawItem | null = item;
      if (!current || (current as RawItem).closed) {
        if (
          !current &&
          group === null &&
          nested === null &&
          items.length === 0 &&
          (this.continuesBefore(before, body, i) || !this.startsItem(body, i))
        ) {
          before.push(l);
          continue;
        }
        start(null, group).lines.push(l);
      } else (current as RawItem).lines.push(l);
      const it = item as unknown as RawItem;
      // Without labels, an item ends with its status line, or with its deadline when no status follows.
      if (!it.lines.some((x) => labelAt(x.text))) {
        if (this.isStatusLine(l) && it.lines.length > 1) {
          if (!(next && this.isStatusLine(next) && deadlineOfLine(l.text))) it.closed = true;
        } else if (deadlineOfLine(l.text) && it.lines.length > 1 && next && !this.isStatusLine(next))
          it.closed = !this.isMarker(next.text) && !labelAt(next.text);
      }
    }
    return { items, before, after };
  }

  /** A wrapped sentence that began before the first item (the summary) goes on where it began. */
  private continuesBefore(before: readonly Line[], body: readonly Line[], i: number): boolean {
    return (
      this.wrapped &&
      i > 0 &&
      before[before.length - 1] === body[i - 1] &&
      !endsSentence(at(body, i - 1).text)
    );
  }

  /** Whether the text at i begins a problem block (it reaches a deadline, status or label before a marker). */
  private startsItem(body: readonly Line[], i: number): boolean {
    for (let j = i; j < body.length; j++) {
      const line = at(body, j);
      const t = line.text;
      if (j > i && this.isMarker(t)) return false;
      if (labelAt(t) || (j > i && (deadlineOfLine(t) || this.isStatusLine(line)))) return true;
      if (SUMMARY.test(tightenCjk(t))) return false;
    }
    return false;
  }

  /** Fields of one item: by labels when it has them, else problem, measures, deadline line, status line. */
  fields(raw: RawItem, id: string): ParsedItem {
    const row = emptyRow();
    row.id = id;
    row.paragraphs = numbersOf(raw.lines);
    const parsed: ParsedItem = { raw, row, weakSplit: false, deadlineParsed: true };
    const labelled = raw.lines.some((l) => labelAt(l.text) || splitInlineLabels(l.text).length > 1);
    if (labelled) this.labelledFields(raw, parsed);
    else this.plainFields(raw, parsed);
    row.problem = row.problem.replace(/^[:：]\s*/, '');
    // “3.关于“违规发放津补贴”问题的整改” with only labelled fields under it: the heading names the problem.
    const g = raw.group;
    if (row.problem === '' && g && !g.implicit && !isBlankTitle(g.title)) {
      row.problem = g.title;
      parsed.headingIsProblem = true;
    }
    row.measures = row.measures.replace(/^[:：]\s*/, '');
    if (row.deadline !== '') {
      const d = parseDeadline(row.deadline);
      parsed.deadlineParsed = d.ok;
    }
    return parsed;
  }

  private labelledFields(raw: RawItem, parsed: ParsedItem): void {
    const row = parsed.row;
    const parts: Record<LabelField, { lines: Line[]; texts: string[] }> = {
      problem: { lines: [], texts: [] },
      measures: { lines: [], texts: [] },
      progressText: { lines: [], texts: [] },
      deadline: { lines: [], texts: [] },
      status: { lines: [], texts: [] },
      department: { lines: [], texts: [] },
      lead: { lines: [], texts: [] },
      person: { lines: [], texts: [] },
      longTermMeasures: { lines: [], texts: [] },
    };
    let field: LabelField = 'problem';
    let previous: Line | null = null;
    for (const l of raw.lines) {
      // On a wrapped page a field goes on only from a line that ran to the margin.
      const paragraphEnded = !this.wrapped || (previous !== null && this.shortEnd(previous));
      previous = l;
      for (const piece of splitInlineLabels(l.text)) {
        const lab = labelAt(piece);
        let text = piece;
        if (lab) {
          field = lab.field;
          text = lab.rest;
        } else if (
          (field === 'deadline' || field === 'status' || field === 'department' || field === 'lead') &&
          paragraphEnded
        ) {
          // A paragraph after a one-line field, with no label of its own, is a measure that lost its label.
          this.finding(
            'warning',
            importFindingMessage('import.unlabelled', {
              quote: shorten(piece, 30),
              after: field === 'deadline' || field === 'status' ? field : 'responsible',
            }),
            { line: l, id: row.id },
          );
          field = 'measures';
        }
        if (text.trim() === '') continue;
        parts[field].lines.push(l);
        parts[field].texts.push(text.trim());
      }
    }
    const text = (f: LabelField) => (parts[f].texts.length ? this.join(parts[f].lines, parts[f].texts) : '');
    row.problem = text('problem');
    row.measures = text('measures');
    const progress = text('progressText');
    if (progress !== '') {
      const whole = statusOfSentence(progress);
      if (whole && !whole.extra && parts.status.texts.length === 0) parts.status.texts.push(progress);
      else {
        // “整改情况：一是…。目前已完成整改。”: the last sentence, when it is a status, is the status.
        const m = /^([\s\S]*?[。；;])\s*([^。；;]+[。]?)$/.exec(progress);
        const tail = m ? statusOfSentence(captured(m, 2)) : null;
        if (m && tail && parts.status.texts.length === 0) {
          row.measures = [row.measures, captured(m, 1).trim()].filter((s) => s !== '').join('\n');
          parts.status.texts.push(captured(m, 2));
        } else row.measures = [row.measures, progress].filter((s) => s !== '').join('\n');
      }
    }
    row.deadline = this.deadlinePhrase(text('deadline'));
    const status = text('status');
    // An item starts with the line that opened it, so raw.lines[0] is there.
    if (status !== '') this.setStatus(row, status, parts.status.lines[0] ?? at(raw.lines, 0));
    row.department = text('department');
    row.lead = text('lead');
    const person = text('person');
    if (person !== '') {
      if (/^[^\s@]+@[^\s@]+$/.test(person)) row.ownerEmail = person;
      else row.remarks = [row.remarks, `责任人：${person}`].filter((s) => s !== '').join('\n');
    }
    row.longTermMeasures = text('longTermMeasures');
  }

  private deadlinePhrase(text: string): string {
    const t = text.replace(/[。.]+$/, '').trim();
    return deadlineOfLine(t) ?? t;
  }

  private setStatus(row: ImportedProblem, text: string, line: Line): void {
    const s = statusOfSentence(text);
    if (!s) {
      row.remarks = [row.remarks, text].filter((x) => x !== '').join('\n');
      this.finding('error', importFindingMessage('import.status', { quote: shorten(text, 30) }), {
        line,
        id: row.id,
      });
      return;
    }
    row.statusKey = s.status;
    row.status = ledgerStatus(s.status);
    if (s.extra) {
      const sentence = text.trim();
      row.remarks = [row.remarks, sentence].filter((x) => x !== '').join('\n');
      this.finding(
        'warning',
        importFindingMessage('import.statusSentence', { quote: shorten(sentence, 30), status: row.status }),
        { line, id: row.id },
      );
    }
  }

  private plainFields(raw: RawItem, parsed: ParsedItem): void {
    const row = parsed.row;
    const lines = [...raw.lines];
    let end = lines.length;
    const last = lines[end - 1];
    if (last && end > 1 && this.isStatusLine(last)) {
      this.setStatus(row, last.text, last);
      end--;
    }
    const dl = lines[end - 1];
    if (dl && end > 1) {
      const phrase = deadlineOfLine(dl.text);
      if (phrase !== null) {
        row.deadline = phrase;
        end--;
      }
    }
    const text = lines.slice(0, end);
    const cut = this.splitProblem(text, parsed);
    row.problem = this.join(text.slice(0, cut));
    row.measures = this.join(text.slice(cut));
  }

  /** Where the measures begin among the item's text lines (text.length when it cannot tell). */
  private splitProblem(text: readonly Line[], parsed: ParsedItem): number {
    if (text.length < 2) {
      // One paragraph: “问题。一是…” splits at the first “一是” after a sentence.
      const t = text[0]?.text ?? '';
      const m = /[。；](?=\s*一是)/.exec(t);
      if (m && text[0]) {
        const line = text[0];
        (text as Line[]).splice(
          0,
          1,
          { ...line, text: t.slice(0, m.index + 1) },
          { ...line, text: t.slice(m.index + 1).trim() },
        );
        return 1;
      }
      return text.length;
    }
    if (!this.wrapped) {
      const i = text.findIndex((l, k) => k > 0 && MEASURES_START.test(l.text));
      return i > 0 ? i : 1;
    }
    let firstStart = -1;
    let firstEnd = -1;
    for (let i = 1; i < text.length; i++) {
      const prev = at(text, i - 1);
      if (!endsSentence(prev.text)) continue;
      const line = at(text, i);
      const strong = MEASURES_START.test(line.text);
      const start = this.shortStart(line);
      const end = this.shortEnd(prev);
      if (strong || (start && end)) return i;
      if (start && firstStart < 0) firstStart = i;
      if (end && firstEnd < 0) firstEnd = i;
    }
    parsed.weakSplit = true;
    if (firstStart > 0) return firstStart;
    if (firstEnd > 0) return firstEnd;
    return text.length;
  }

  figures(text: string, lines: readonly Line[]): void {
    const t = tightenCjk(text);
    const num = (re: RegExp): number | null => {
      const m = re.exec(t);
      return m ? Number(m[1]) : null;
    };
    const total = num(/(\d+)个(?:具体)?问题/);
    const all = /已全部完成整改/.test(t);
    this.printedFigures = {
      total,
      done: all ? total : (num(/已完成(?:整改)?(\d+)个/) ?? 0),
      inProgress: num(/正在整改(\d+)个/) ?? 0,
      notDone: num(/未完成(\d+)个/) ?? 0,
      longTerm: num(/长期坚持(\d+)个/) ?? 0,
      recovered: (() => {
        const m = /追赃挽损([\d.]+)万元/.exec(t);
        return m ? Number(m[1]) : null;
      })(),
    };
    this.unplaced.push({ text: t, reason: 'summary', paragraphs: numbersOf(lines) });
  }

  addNarrative(section: string, lines: readonly Line[]): void {
    for (const p of this.paragraphs(lines)) {
      const text = this.join(p);
      if (SUPERVISION.test(text))
        this.unplaced.push({ text, reason: 'supervision', paragraphs: numbersOf(p) });
      else this.narrative.push({ section, text, paragraphs: numbersOf(p) });
    }
  }

  addUnplaced(lines: readonly Line[], reason: UnplacedReason): void {
    for (const p of this.paragraphs(lines)) {
      const text = this.join(p);
      this.unplaced.push({
        text,
        reason: SUPERVISION.test(text) ? 'supervision' : reason,
        paragraphs: numbersOf(p),
      });
    }
  }
}

/** An item is a problem block when it has a deadline, a status, or labelled measures. */
function isProblem(p: ParsedItem): boolean {
  return p.row.deadline !== '' || p.row.statusKey !== null || p.row.measures !== '';
}

function sourceOf(title: string): string {
  return title.replace(/(问题)?(整改)?(落实)?(情况|进展)?$/, '').trim() || title;
}

function categoryOf(group: Group | null, nested: Heading | null): string {
  const h = nested ?? group;
  if (!h || (h as Group).numberOnly) return '';
  const title = h.title.replace(/^[“"]\s*[”"]$/, '').trim();
  return isBlankTitle(title) ? `${h.number}.` : `${h.number}. ${title}`;
}

/** 编号 of each problem from its numbering: 1, 2-1, …; ids that would repeat get the category in front. */
function assignIds(items: RawItem[]): string[] {
  const perGroup = new Map<Group | Heading | null, RawItem[]>();
  for (const it of items) {
    const key = it.group ?? it.nested;
    const list = perGroup.get(key) ?? [];
    list.push(it);
    perGroup.set(key, list);
  }
  const groupNumbers = items.filter((i) => i.group).map((i) => i.group as Group);
  const uniqueGroups = new Set(groupNumbers.map((g) => g.number)).size === new Set(groupNumbers).size;
  let loose = 0;
  return items.map((it) => {
    const siblings = perGroup.get(it.group ?? it.nested) ?? [it];
    const parts: number[] = [];
    if (it.group?.nested && !uniqueGroups) parts.push(it.group.nested.number);
    if (it.group) parts.push(it.group.number);
    else if (it.nested) parts.push(it.nested.number);
    if (it.sub !== null) parts.push(it.sub);
    else if (siblings.length > 1 || parts.length === 0) {
      if (parts.length === 0) parts.push(++loose);
      else parts.push(siblings.indexOf(it) + 1);
    }
    return parts.join('-');
  });
}

function defaultSourceOf(lines: readonly Line[]): string {
  const head = lines
    .slice(0, 40)
    .map((l) => l.text)
    .join('');
  if (/巡察/.test(head)) return '巡察反馈';
  if (/巡视/.test(head)) return '巡视反馈';
  if (/审计/.test(head)) return '审计反馈';
  return '';
}

function countRows(rows: readonly ImportedProblem[]): Figures {
  const f: Figures = { total: rows.length, done: 0, inProgress: 0, notDone: 0, longTerm: 0, recovered: null };
  for (const r of rows) {
    if (r.statusKey && r.statusKey !== 'longTerm') f[r.statusKey as Exclude<Status, 'longTerm'>]!++;
    // A long-term task as Totals counts one: the flag, the status, or a deadline that says 长期坚持.
    const d = r.deadline === '' ? null : parseDeadline(r.deadline);
    const longDeadline =
      !!d?.ok && (d.deadline.kind === 'longTerm' || (d.deadline.kind === 'date' && !!d.deadline.longTerm));
    if (r.longTerm || r.statusKey === 'longTerm' || longDeadline) f.longTerm!++;
  }
  return f;
}

/** Reads the paragraphs of a notice or plan. Pure: the same paragraphs give the same result. */
export function importDocument(input: readonly SourceParagraph[], options: ImportOptions = {}): ImportResult {
  const { lines, pageNumbers } = inputLines(input);
  const layout = resolveLayout(options.layout, lines);
  const reader = new DocumentReader(lines, layout);
  const defaultSource = options.defaultSource ?? defaultSourceOf(lines);
  reader.signature();
  const { front, sections } = reader.sections();
  reader.addUnplaced(front, 'frontMatter');
  // A plan with no numbered sections: the whole text is one section of problems.
  const effective: Section[] =
    sections.length > 0 ? sections : [{ numeral: 0, title: '', heading: [], body: front }];
  if (sections.length === 0) {
    for (let i = reader.unplaced.length - 1; i >= 0; i--)
      if (reader.unplaced[i]?.reason === 'frontMatter') reader.unplaced.splice(i, 1);
  }

  const parsedSections: { section: Section; items: ParsedItem[]; role: Role | null }[] = [];
  for (const section of effective) {
    const { items, before, after } = reader.items(section.body);
    const ids = assignIds(items);
    const parsed = items.map((it, i) => reader.fields(it, at(ids, i)));
    const problems = parsed.filter(isProblem);
    if (problems.length === 0) {
      reader.addNarrative(section.title, section.body);
      continue;
    }
    for (const p of reader.paragraphs(before)) {
      const text = reader.join(p);
      if (SUMMARY.test(tightenCjk(text))) reader.figures(text, p);
      else if (section.title === '') reader.addUnplaced(p, 'frontMatter');
      else reader.addNarrative(section.title, p);
    }
    for (const p of parsed) {
      if (isProblem(p)) continue;
      reader.addUnplaced(p.raw.lines, 'orphan');
      reader.finding('warning', importFindingMessage('import.orphan'), { line: p.raw.lines[0] });
    }
    if (after.length > 0) reader.addUnplaced(after, 'orphan');
    // Category headings whose title is not in the text (a PDF drops bold type). Numbered problems with
    // no category heading anywhere in the section are just numbered: they have no category to lose.
    const headed = problems.some((p) => p.raw.nested || (p.raw.group && !p.raw.group.implicit));
    if (!headed) for (const p of problems) if (p.raw.group) p.raw.group.numberOnly = true;
    const seen = new Set<Heading>();
    for (const p of problems) {
      const h = p.raw.nested ?? p.raw.group;
      if (!h || seen.has(h) || (h as Group).numberOnly) continue;
      seen.add(h);
      if (isBlankTitle(h.title))
        reader.finding(
          'warning',
          importFindingMessage('import.categoryTitle', { heading: h.line.text, number: String(h.number) }),
          { line: h.line },
        );
    }
    const role: Role | null = /长期/.test(section.title) ? 'longTerm' : null;
    parsedSections.push({ section, items: problems, role });
  }

  // The main section is the one that lists the most problems; the others repeat some of them.
  let main: (typeof parsedSections)[number] | null = null;
  for (const s of parsedSections)
    if (s.role === null && (!main || s.items.length >= main.items.length)) main = s;
  if (!main) main = parsedSections[0] ?? null;
  const rows: ImportedProblem[] = [];
  const mainItems = main ? main.items : [];
  for (const p of mainItems) {
    const g = p.raw.group;
    p.row.category = categoryOf(g, p.raw.nested);
    // Under a 方面 heading, the “1.关于…问题的整改” heading names the problem group: kept in 备注.
    if (p.raw.nested && g && !g.implicit && !isBlankTitle(g.title) && !p.headingIsProblem)
      p.row.remarks = [g.title, p.row.remarks].filter((s) => s !== '').join('\n');
    p.row.source = defaultSource;
    rows.push(p.row);
  }
  // A repeat prints the same text as a rule: match that exactly first (no pairwise scoring over the rows).
  const exact = new Map<string, number[]>();
  mainItems.forEach((p, i) => {
    const key = letters(p.row.problem);
    const list = exact.get(key);
    if (list) list.push(i);
    else exact.set(key, [i]);
  });
  let keyCache: Set<string>[] | null = null;
  const keys = () => {
    if (!keyCache) keyCache = mainItems.map((p) => bigrams(p.row.problem));
    return keyCache;
  };
  const taken = new Set<number>();
  const extra: ImportedProblem[] = [];
  for (const s of parsedSections) {
    if (s === main) continue;
    const role: Role = s.role ?? 'separate';
    const source = sourceOf(s.section.title);
    s.items.forEach((p, k) => {
      const first = p.raw.lines[0];
      const same = exact.get(letters(p.row.problem));
      const exactIndex = same ? (same.find((i) => !taken.has(i)) ?? same[0]) : undefined;
      const match =
        exactIndex !== undefined
          ? { index: exactIndex, score: 1 }
          : bestMatch(bigrams(p.row.problem), keys(), taken);
      if (match.index === null) {
        const row = p.row;
        row.id = `${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][s.section.numeral] ?? s.section.numeral}-${k + 1}`;
        row.source = role === 'separate' ? source : defaultSource;
        if (role === 'longTerm') {
          row.longTerm = true;
          row.longTermMeasures = row.measures;
        }
        extra.push(row);
        reader.finding(
          'warning',
          importFindingMessage(match.reason === 'ambiguous' ? 'import.linkAmbiguous' : 'import.linkMissing', {
            section: s.section.title,
            id: row.id,
          }),
          { line: first, id: row.id },
        );
        return;
      }
      taken.add(match.index);
      const target = at(mainItems, match.index).row;
      target.paragraphs = [...target.paragraphs, ...p.row.paragraphs].sort((a, b) => a - b);
      if (role === 'longTerm') {
        target.longTerm = true;
        target.longTermMeasures = p.row.measures;
        if (p.row.deadline !== '' && p.row.deadline !== target.deadline)
          target.longTermDeadline = p.row.deadline;
        return;
      }
      target.source = source;
      const differs: string[] = [];
      if (p.row.problem !== target.problem) differs.push('问题描述');
      if (p.row.measures !== target.measures) differs.push('整改措施');
      if (p.row.deadline !== target.deadline) differs.push(`整改时限（此处“${p.row.deadline}”）`);
      if (p.row.statusKey !== target.statusKey) differs.push(`整改进展（此处“${p.row.status}”）`);
      if (differs.length > 0)
        reader.finding(
          'warning',
          importFindingMessage('import.repeatDiffers', { section: s.section.title, id: target.id, differs }),
          { line: first, id: target.id },
        );
    });
  }
  rows.push(...extra);
  dedupeIds(rows, reader);

  for (const p of [...mainItems, ...parsedSections.filter((s) => s !== main).flatMap((s) => s.items)]) {
    const row = p.row;
    if (!rows.includes(row)) continue;
    const at = { line: p.raw.lines[0], id: row.id };
    if (row.measures === '')
      reader.finding('error', importFindingMessage('import.noMeasures', { id: row.id }), at);
    else if (p.weakSplit)
      reader.finding('warning', importFindingMessage('import.split', { id: row.id }), {
        line: p.raw.lines[0],
        id: row.id,
        text: row.measures,
      });
    if (row.deadline === '')
      reader.finding('error', importFindingMessage('import.noDeadline', { id: row.id }), at);
    else if (!p.deadlineParsed)
      reader.finding(
        'warning',
        importFindingMessage('import.deadline', { id: row.id, deadline: row.deadline }),
        at,
      );
    if (row.statusKey === null && !reader.findings.some((f) => f.code === 'import.status' && f.id === row.id))
      reader.finding('error', importFindingMessage('import.noStatus', { id: row.id }), at);
  }

  const rowFigures = countRows(rows);
  const printed = reader.printedFigures;
  if (printed) {
    const keysOf: [keyof Figures, string][] = [
      ['total', '问题'],
      ['done', '已完成'],
      ['inProgress', '正在整改'],
      ['notDone', '未完成'],
      ['longTerm', '长期坚持'],
    ];
    const diff = keysOf.filter(([k]) => printed[k] !== null && printed[k] !== rowFigures[k]);
    if (diff.length > 0) {
      const show = (f: Figures) => keysOf.map(([k, name]) => `${name}${f[k] ?? '—'}`).join('、');
      const gaps = diff.map(([k, name]) => ({ name, by: (rowFigures[k] ?? 0) - (printed[k] ?? 0) }));
      const params = { printed: show(printed), counted: show(rowFigures), gaps };
      reader.finding('warning', importFindingMessage('import.figures', params));
    }
    if (printed.recovered !== null && printed.recovered > 0)
      reader.finding('warning', importFindingMessage('import.recovered', { amount: printed.recovered }));
  }
  return {
    problems: rows,
    narrative: reader.narrative,
    // Every unplaced entry is a paragraph of at least one line, so it has a first paragraph number.
    unplaced: reader.unplaced.sort((a, b) => at(a.paragraphs, 0) - at(b.paragraphs, 0)),
    findings: reader.findings,
    printedFigures: printed,
    rowFigures,
    layout,
    pageNumbers,
  };
}

function dedupeIds(rows: ImportedProblem[], reader: DocumentReader): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n > 1) {
      const old = r.id;
      r.id = `${old}（${n}）`;
      reader.finding('warning', importFindingMessage('import.duplicateId', { old, n, id: r.id }), {
        id: r.id,
      });
    }
  }
}
