// Ledger parser: turns a grid of cells into typed problems plus findings addressed to cells; never throws.

import { type ClosureOptions, closureHeaderRules, closureRules } from './closure';
import { type CalendarDate, daysBetween, plausibleSerialDate, utcCalendarDate } from './dates';
import { cleanDeadlineText, type Deadline, type DeadlineResult, parseDeadline } from './deadline';
import { extensionRules } from './extensions';
import type { Field, ProblemTextFields } from './fields';
import { type Finding, type FindingMessage, finding, findingMessage, sortFindings } from './findings';
import { findHeader, type HeaderMap } from './header';
import { codePointName, hiddenCharacterFinding, withoutHiddenCharacters } from './hidden-chars';
import { parseStatus, type Status } from './status';
import { type Cell, cellText, foldWidth, isBlank, isDateObject, isFormulaError, isValidDate } from './text';
import { firstUnstorable } from './xml-chars';
import { readYesNo } from './yes-no';

export interface Problem extends ProblemTextFields {
  /** 1-based sheet row. */
  row: number;
  /** Addresses as typed that passed the check. */
  ownerEmails: string[];
  deadline: Deadline | null;
  /** The deadline as written, for the notice ("2024年9月底前完成整改"). */
  deadlineText: string;
  status: Status | null;
  statusText: string;
  doneDate: CalendarDate | null;
  longTerm: boolean;
  longTermMeasures: string;
  /**
   * 长期举措时限 as typed: the deadline section 四 prints for a long-term task (“2024年12月底前完成整改”);
   * set only when the ledger has the column. Printed, not tracked: urgency follows 整改时限.
   */
  longTermDeadline?: string;
  recovered: number | null;
  evidence: string;
  remarks: string;
  /** 延期至: the requested new deadline; in force only with an approval (see extensions.ts). */
  extendedTo?: CalendarDate | null;
  /** 延期批准: the approval reference (document number, meeting, approver). */
  extensionApproval?: string;
  /** 销号审核人 and 审核日期: who approved closing a done problem, and when. */
  closureApprover?: string;
  closureDate?: CalendarDate | null;
}

export interface Ledger {
  header: HeaderMap;
  /** 1-based sheet row of the header. */
  headerRow: number;
  problems: Problem[];
}

export interface ParseOptions {
  /** The date "today" is for the checks (a done date after it is an error). */
  asOf: CalendarDate;
  /** 1-based sheet row of grid[0]; 1 when the grid is the whole sheet. */
  firstRow?: number;
  /** Reads a Date cell as a calendar date in the spreadsheet's zone; defaults to its UTC fields. */
  dateOf?: (value: Date) => CalendarDate | null;
  /** The 销号需审核 setting: done problems then need 销号审核人 and 审核日期. */
  closureReview?: boolean;
  /**
   * The formula cells of the sheet, as a file reader found them (src/ooxml's readSheet gives exactly this).
   * The contract: the grid holds the value Excel or WPS computed and cached for each formula, never the formula
   * text; a formula saved without a result (by a program that does not calculate) is blank in the grid and
   * listed here with cached = false, so a finding can say why that cell reads as blank. Google Sheets'
   * getValues returns computed values, so the add-on passes nothing.
   */
  formulas?: readonly FormulaRef[];
}

/** One formula cell of a sheet: its 1-based row and column, and whether the file holds its computed value. */
export interface FormulaRef {
  row: number;
  column: number;
  cached: boolean;
}

export interface ParseResult {
  ledger: Ledger | null;
  findings: Finding[];
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;

/**
 * Splits a cell of one or more addresses separated by ; , 、 or spaces. Pasted from a mail client,
 * "张三 <zhang@example.org>" and "mailto:zhang@example.org" are read as the address alone.
 */
export function splitEmails(text: string): string[] {
  return foldWidth(text)
    .replace(/"[^"]*"\s*(?=<)/g, ' ')
    .replace(/[^;,、，；<>]*<\s*([^<>\s]+@[^<>\s]+)\s*>/g, ' $1 ')
    .split(/[;,、，；\s]+/)
    .map((s) => s.trim().replace(/^mailto:/i, ''))
    .filter((s) => s !== '');
}

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** Parses a whole ledger grid. */
export function parseLedger(grid: readonly (readonly Cell[])[], options: ParseOptions): ParseResult {
  const firstRow = options.firstRow ?? 1;
  const { header, findings } = findHeader(grid, firstRow);
  if (!header) return { ledger: null, findings };
  const parser = new RowParser(header, options, findings);
  const problems: Problem[] = [];
  for (let r = header.index + 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells || cells.every(isBlank)) continue;
    problems.push(parser.parse(cells, firstRow + r));
  }
  hiddenCharacterRules(grid, header, firstRow, findings);
  crossRowRules(problems, header, findings);
  findings.push(...closureHeaderRules(problems, header, firstRow + header.index, closureOptions(options)));
  return {
    ledger: { header, headerRow: firstRow + header.index, problems },
    findings: sortFindings(findings),
  };
}

/** Reads one row's cells; keeps caches of deadline and status words, which repeat down a ledger. */
class RowParser {
  private readonly deadlines = new Map<string, DeadlineResult>();
  // Status words, address lists and done dates repeat down a ledger: parse each distinct text once.
  private readonly statuses = new Map<string, Status | null>();
  private readonly addressLists = new Map<string, { good: string[]; bad: string[] }>();
  private readonly exactDates = new Map<string, CalendarDate | null>();
  /** "row:column" (1-based) of each formula cell the file holds no computed value for. */
  private readonly uncached = new Set<string>();

  constructor(
    private readonly header: HeaderMap,
    private readonly options: ParseOptions,
    private readonly findings: Finding[],
  ) {
    for (const f of options.formulas ?? []) if (!f.cached) this.uncached.add(`${f.row}:${f.column}`);
  }

  private add(row: number, field: Field, severity: 'error' | 'warning', message: FindingMessage): void {
    this.findings.push(finding(row, (this.header.columns[field] ?? 0) + 1, field, severity, message));
  }

  /** The cell of a field, with formula errors and unreadable values reported and read as blank. */
  private cell(cells: readonly Cell[], row: number, field: Field): Cell {
    const column = this.header.columns[field];
    if (column === undefined) return '';
    const value = cells[column];
    if (this.isUncachedFormula(row, field)) {
      this.add(row, field, 'warning', findingMessage('cell.formula-uncached', { field }));
      return '';
    }
    if (isUnreadable(value)) {
      this.add(row, field, 'error', findingMessage('cell.unreadable', { field }));
      return '';
    }
    if (isFormulaError(value)) {
      this.add(row, field, 'error', findingMessage('cell.formula-error', { field, error: value.trim() }));
      return '';
    }
    return value;
  }

  /** A formula cell whose computed value the file lacks (ParseOptions.formulas): blank in the grid, said once. */
  private isUncachedFormula(row: number, field: Field): boolean {
    const column = this.header.columns[field];
    return this.uncached.size > 0 && column !== undefined && this.uncached.has(`${row}:${column + 1}`);
  }

  /** True when cell() has already reported the field's value, so "missing" would only repeat it. */
  private reported(cells: readonly Cell[], row: number, field: Field): boolean {
    return isReported(cells[this.header.columns[field] ?? -1]) || this.isUncachedFormula(row, field);
  }

  private text(cells: readonly Cell[], row: number, field: Field, required = false): string {
    const value = this.cell(cells, row, field);
    // What a reader sees: bidi controls and zero-width characters are left out (a warning names the cell).
    const text = isDateObject(value) ? this.dateText(value) : withoutHiddenCharacters(cellText(value));
    if (required && text === '' && !this.reported(cells, row, field)) {
      this.add(row, field, 'error', findingMessage('cell.required', { field }));
    }
    return text;
  }

  private dateText(value: Date): string {
    if (!isValidDate(value)) return '';
    return (this.options.dateOf ?? utcCalendarDate)(value) ?? '';
  }

  private has(field: Field): boolean {
    return this.header.columns[field] !== undefined;
  }

  parse(cells: readonly Cell[], row: number): Problem {
    const statusText = this.text(cells, row, 'status', this.has('status'));
    const status = statusText === '' ? null : this.status(statusText);
    if (statusText !== '' && status === null) {
      this.add(row, 'status', 'error', findingMessage('status.unknown', { text: statusText }));
    }
    const deadlineCell = this.cell(cells, row, 'deadline');
    let deadlineText = isDateObject(deadlineCell)
      ? this.dateText(deadlineCell)
      : withoutHiddenCharacters(cellText(deadlineCell));
    let deadline: Deadline | null = null;
    if (!isBlank(deadlineCell)) {
      deadline = this.deadline(deadlineCell, row);
      // A serial reads as its day in the notice, not as "45565".
      if (typeof deadlineCell === 'number' && deadline?.kind === 'date') deadlineText = deadline.date;
    } else if (this.has('deadline') && status !== 'longTerm' && !this.reported(cells, row, 'deadline')) {
      this.add(row, 'deadline', 'error', findingMessage('cell.required', { field: 'deadline' }));
    }
    const problem: Problem = {
      row,
      id: this.text(cells, row, 'id'),
      category: this.text(cells, row, 'category'),
      source: this.text(cells, row, 'source'),
      problem: this.text(cells, row, 'problem', this.has('problem')),
      measures: this.text(cells, row, 'measures', this.has('measures')),
      lead: this.text(cells, row, 'lead'),
      department: this.text(cells, row, 'department', this.has('department')),
      ownerEmails: this.emails(cells, row),
      deadline,
      deadlineText,
      status,
      statusText,
      doneDate: this.doneDate(cells, row, status),
      // "…前完成整改并长期坚持" in 整改时限 marks a long-term task too.
      longTerm:
        this.longTerm(cells, row) ||
        status === 'longTerm' ||
        (deadline?.kind === 'date' && deadline.longTerm === true),
      longTermMeasures: this.text(cells, row, 'longTermMeasures'),
      recovered: this.recovered(cells, row),
      evidence: this.text(cells, row, 'evidence'),
      remarks: this.text(cells, row, 'remarks'),
    };
    if (this.has('longTermDeadline')) problem.longTermDeadline = this.longTermDeadline(cells, row);
    this.accountability(cells, row, problem);
    return problem;
  }

  /** 延期 and 销号 columns: read them, then apply the extension and closing rules. */
  private accountability(cells: readonly Cell[], row: number, problem: Problem): void {
    // Set only where the ledger has the column, so a ledger without them parses exactly as before.
    if (this.has('extendedTo')) problem.extendedTo = this.extendedTo(cells, row);
    if (this.has('extensionApproval')) problem.extensionApproval = this.text(cells, row, 'extensionApproval');
    if (this.has('closureApprover')) problem.closureApprover = this.text(cells, row, 'closureApprover');
    if (this.has('closureDate')) problem.closureDate = this.closureDate(cells, row);
    const rules = [
      ...extensionRules(problem),
      ...closureRules(problem, this.header, closureOptions(this.options)),
    ];
    for (const r of rules) {
      // A ledger may hold only one of the two extension columns: point at the one it has.
      const partner: Field | null =
        r.field === 'extendedTo'
          ? 'extensionApproval'
          : r.field === 'extensionApproval'
            ? 'extendedTo'
            : null;
      const field = this.header.columns[r.field] === undefined && partner ? partner : r.field;
      this.add(row, field, r.severity, r.message);
    }
  }

  /** 长期举措时限 as text; a date serial reads as its day (2024-12-31), as 整改时限 does, not as “45657”. */
  private longTermDeadline(cells: readonly Cell[], row: number): string {
    const value = this.cell(cells, row, 'longTermDeadline');
    const serial = typeof value === 'number' ? plausibleSerialDate(value) : null;
    return serial ?? this.text(cells, row, 'longTermDeadline');
  }

  /** 延期至 takes the deadline grammar (2024年12月底前, 2024-12-31) but must name a day. */
  private extendedTo(cells: readonly Cell[], row: number): CalendarDate | null {
    const value = this.cell(cells, row, 'extendedTo');
    if (isBlank(value)) return null;
    const result = parseDeadline(value, this.deadlineOptions());
    if (result.ok && result.deadline.kind === 'date') {
      // "2024年12月前" reads as 30 November: the clerk must hear that, as for 整改时限.
      if (result.warning) this.add(row, 'extendedTo', 'warning', result.warning);
      return result.deadline.date;
    }
    this.add(row, 'extendedTo', 'error', findingMessage('extension.unreadable', { text: cellText(value) }));
    return null;
  }

  private deadlineOptions() {
    return { dateOf: this.options.dateOf, asOf: this.options.asOf };
  }

  private closureDate(cells: readonly Cell[], row: number): CalendarDate | null {
    const value = this.cell(cells, row, 'closureDate');
    if (isBlank(value)) return null;
    const date = this.exactDate(value);
    if (date === null) this.unreadableDay(row, 'closureDate', 'closure.unreadable', value);
    return date;
  }

  /** A cell that must name one day (完成日期, 审核日期) but does not: say what was typed and how to write it. */
  private unreadableDay(
    row: number,
    field: 'doneDate' | 'closureDate',
    code: 'done.unreadable' | 'closure.unreadable',
    value: Cell,
  ): void {
    // A date, but from a year no ledger has (9999, 1899, a 1904-system serial gone wrong): name the range.
    const year = isValidDate(value) ? value.getUTCFullYear() : Number.NaN;
    const typed = typeof value === 'string' ? parseDeadline(value, {}) : null;
    const outOfRange =
      year < 1900 || year > 2999 || (!!typed && !typed.ok && typed.error.code === 'deadline.year-range');
    this.add(row, field, 'error', findingMessage(code, { field, text: cellText(value), outOfRange }));
  }

  private deadline(value: Cell, row: number): Deadline | null {
    const key = typeof value === 'string' ? value : null;
    let result = key === null ? undefined : this.deadlines.get(key);
    if (!result) {
      result = parseDeadline(value, this.deadlineOptions());
      if (key !== null) this.deadlines.set(key, result);
    }
    if (!result.ok) {
      this.add(row, 'deadline', 'error', result.error);
      return null;
    }
    if (result.warning) this.add(row, 'deadline', 'warning', result.warning);
    return result.deadline;
  }

  private status(text: string): Status | null {
    let status = this.statuses.get(text);
    if (status === undefined) {
      status = parseStatus(text);
      this.statuses.set(text, status);
    }
    return status;
  }

  private emails(cells: readonly Cell[], row: number): string[] {
    const text = this.text(cells, row, 'ownerEmail');
    if (text === '') return [];
    let split = this.addressLists.get(text);
    if (!split) {
      split = { good: [], bad: [] };
      for (const address of splitEmails(text)) (isEmail(address) ? split.good : split.bad).push(address);
      this.addressLists.set(text, split);
    }
    const { good, bad } = split;
    if (bad.length > 0) {
      this.add(row, 'ownerEmail', 'error', findingMessage('email.malformed', { addresses: bad.slice() }));
    }
    // A copy: each problem owns its list, whatever a caller later does to it.
    return good.slice();
  }

  private doneDate(cells: readonly Cell[], row: number, status: Status | null): CalendarDate | null {
    const value = this.cell(cells, row, 'doneDate');
    if (isBlank(value)) {
      if (status === 'done' && this.header.columns.doneDate !== undefined) {
        this.add(row, 'doneDate', 'warning', findingMessage('done.no-date'));
      }
      return null;
    }
    const date = this.exactDate(value);
    if (date === null) {
      this.unreadableDay(row, 'doneDate', 'done.unreadable', value);
      return null;
    }
    if (daysBetween(this.options.asOf, date) > 0) {
      this.add(row, 'doneDate', 'error', findingMessage('done.future', { date, asOf: this.options.asOf }));
    }
    if (status !== null && status !== 'done') {
      this.add(row, 'doneDate', 'warning', findingMessage('done.date-without-done'));
    }
    return date;
  }

  private exactDate(value: Cell): CalendarDate | null {
    if (typeof value !== 'string') return readExactDate(value, this.options.dateOf);
    let date = this.exactDates.get(value);
    if (date === undefined) {
      date = readExactDate(value, this.options.dateOf);
      this.exactDates.set(value, date);
    }
    return date;
  }

  private longTerm(cells: readonly Cell[], row: number): boolean {
    const value = this.cell(cells, row, 'longTerm');
    if (value === true) return true;
    if (isBlank(value) || value === false) return false;
    const flag = readYesNo(cellText(value));
    if (flag !== null) return flag;
    this.add(row, 'longTerm', 'warning', findingMessage('longterm.unknown', { text: cellText(value) }));
    return false;
  }

  private recovered(cells: readonly Cell[], row: number): number | null {
    const value = this.cell(cells, row, 'recovered');
    if (isBlank(value)) return null;
    let amount = Number.NaN;
    if (typeof value === 'number') amount = value;
    else if (typeof value === 'string') {
      const text = foldWidth(value).replace(/[,\s]|万元?$/g, '');
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) amount = Number(text);
    }
    if (!Number.isFinite(amount) || amount < 0) {
      this.add(row, 'recovered', 'error', findingMessage('recovered.invalid', { text: cellText(value) }));
      return null;
    }
    return amount;
  }
}

function closureOptions(options: ParseOptions): ClosureOptions {
  return { closureReview: options.closureReview ?? false, asOf: options.asOf };
}

/** A value no person could have typed: an invalid Date, NaN or ±Infinity (from a broken reader or formula). */
function isUnreadable(value: Cell): boolean {
  return (
    (typeof value === 'number' && !Number.isFinite(value)) || (isDateObject(value) && !isValidDate(value))
  );
}

/** True when cell() has already reported the value, so "missing" would only repeat it. */
function isReported(value: Cell): boolean {
  return isFormulaError(value) || isUnreadable(value);
}

/** An exact calendar date from a Date, a serial, or text such as 2024-09-30 or 2024年9月30日. */
export function readExactDate(
  value: Cell,
  dateOf?: (value: Date) => CalendarDate | null,
): CalendarDate | null {
  if (isDateObject(value)) return isValidDate(value) ? (dateOf ?? utcCalendarDate)(value) : null;
  if (typeof value === 'number') return plausibleSerialDate(value);
  if (typeof value !== 'string') return null;
  const result = parseDeadline(value, {});
  if (!result.ok || result.deadline.kind !== 'date' || result.warning || result.deadline.longTerm)
    return null;
  // Only a full day counts: "2024年9月" and "2024.09" are months, not a done date.
  return /日|号|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{8}$|^\d{4}年\d{1,2}月\d{1,2}/.test(
    cleanDeadlineText(value),
  ) || /\d{1,2}(st|nd|rd|th)?,?\s*\d{4}$|^\d{1,2}\s+[A-Za-z]+/.test(foldWidth(value).trim())
    ? result.deadline.date
    : null;
}

/** A quick test before firstUnstorable's scan: NUL, any surrogate, U+FFFE/U+FFFF. */
const UNSTORABLE = /[\u0000\ud800-\udfff\ufffe\uffff]/;

/** A character an .xlsx cell cannot hold (a CSV may): the coloured copy leaves it out, so say so first. */
function unstorableFinding(code: number, row: number, column: number, field: Field | null): Finding {
  return finding(
    row,
    column,
    field,
    'warning',
    findingMessage('cell.unstorable', { code: codePointName(code) }),
  );
}

/**
 * A warning on every cell of the table (header included) that holds bidi controls or zero-width characters,
 * or a character an .xlsx file cannot store.
 */
function hiddenCharacterRules(
  grid: readonly (readonly Cell[])[],
  header: HeaderMap,
  firstRow: number,
  findings: Finding[],
): void {
  const fieldAt = new Map<number, Field>();
  for (const [field, column] of Object.entries(header.columns)) fieldAt.set(column as number, field as Field);
  for (let r = header.index; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (typeof value !== 'string') continue;
      const f = hiddenCharacterFinding(value, firstRow + r, c + 1, fieldAt.get(c) ?? null);
      if (f) findings.push(f);
      const u = UNSTORABLE.test(value) ? firstUnstorable(value) : null;
      if (u) findings.push(unstorableFinding(u.code, firstRow + r, c + 1, fieldAt.get(c) ?? null));
    }
  }
}

/** Rules across rows: a repeated 编号 is an error on the later row; a repeated problem text a warning. */
function crossRowRules(problems: Problem[], header: HeaderMap, findings: Finding[]): void {
  const ids = new Map<string, number>();
  const texts = new Map<string, number>();
  for (const p of problems) {
    if (p.id !== '') {
      const first = ids.get(p.id);
      if (first === undefined) ids.set(p.id, p.row);
      else
        findings.push(
          finding(
            p.row,
            (header.columns.id ?? 0) + 1,
            'id',
            'error',
            findingMessage('id.duplicate', { id: p.id, firstRow: first }),
          ),
        );
    }
    if (p.problem !== '') {
      const key = p.problem.replace(/\s+/g, '');
      const first = texts.get(key);
      if (first === undefined) texts.set(key, p.row);
      else
        findings.push(
          finding(
            p.row,
            (header.columns.problem ?? 0) + 1,
            'problem',
            'warning',
            findingMessage('problem.duplicate', { firstRow: first, problem: p.problem }),
          ),
        );
    }
  }
}
