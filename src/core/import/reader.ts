// The state one import builds up (findings, narrative, unplaced text) and the line-layout questions every step asks.
import type { ImportFindingMessage } from '../messages/findings-import';
import { shorten } from '../text';
import { endsSentence, fullWidth, joinWrapped, type Line, tightenCjk } from './lines';
import type {
  Figures,
  ImportedProblem,
  ImportFinding,
  NarrativeParagraph,
  UnplacedParagraph,
  UnplacedReason,
} from './model';
import { labelAt, NESTED_CATEGORY, NUMBERED, SECTION, SUB, statusOfSentence } from './vocabulary';

export interface Heading {
  number: number;
  title: string;
  line: Line;
}

export interface Group extends Heading {
  /** Made for a numbered item whose number is its only heading (“5. 如，学习…”). */
  implicit: boolean;
  nested: Heading | null;
  /** Set when no problem of the section has a category heading: its number numbers a problem, not a category. */
  numberOnly?: boolean;
}

export interface RawItem {
  lines: Line[];
  group: Group | null;
  nested: Heading | null;
  sub: number | null;
  closed: boolean;
}

export interface Section {
  numeral: number;
  title: string;
  heading: Line[];
  body: Line[];
}

export type Role = 'main' | 'separate' | 'longTerm';

export interface ParsedItem {
  raw: RawItem;
  row: ImportedProblem;
  /** Whether the problem/measures split rests on a weak clue (a wrapped page with no label or “一是”). */
  weakSplit: boolean;
  deadlineParsed: boolean;
  /** The problem text is its group heading's title (so the heading is not repeated in 备注). */
  headingIsProblem?: boolean;
}

export const SUMMARY = /截至.{0,30}?\d+个(?:具体)?问题/;
export const SUPERVISION = /^欢迎.{0,40}监督/;

export function numbersOf(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (const l of lines) if (out[out.length - 1] !== l.n) out.push(l.n);
  return out;
}

export class DocumentReader {
  readonly findings: ImportFinding[] = [];
  readonly narrative: NarrativeParagraph[] = [];
  readonly unplaced: UnplacedParagraph[] = [];
  printedFigures: Figures | null = null;
  readonly width: number;

  constructor(
    readonly lines: Line[],
    readonly layout: 'paragraphs' | 'lines',
  ) {
    this.width = fullWidth(lines);
  }

  get wrapped(): boolean {
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
  shortStart(l: Line): boolean {
    return this.wrapped && l.width <= this.width - 4.5;
  }

  shortEnd(l: Line): boolean {
    return this.wrapped && l.width < this.width - 2;
  }

  isMarker(text: string): boolean {
    return SECTION.test(text) || NESTED_CATEGORY.test(text) || NUMBERED.test(text) || SUB.test(text);
  }

  isStatusLine(l: Line): boolean {
    return Array.from(l.text).length <= 30 && statusOfSentence(l.text) !== null && !labelAt(l.text);
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
