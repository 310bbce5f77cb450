// A command's outcome as data: the writes the executor makes (applyWrites), the report a presenter shows, its value.
import type { Report, ValidationRule } from '../../core/outcome';
import type { Area } from './sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What setValues takes: strings from people must already be text-safe (safeCell). */
export type WriteCell = string | number | boolean | Date;

/** A sheet the run creates; blocks and settings name it by this same object. */
export interface NewSheet {
  readonly create: string;
  /** 0-based position; at the end when absent. */
  readonly index?: number;
  readonly hidden?: boolean;
  /** Rectify's own record: a warning-only protection with this description (people may still edit). */
  readonly warningOnly?: string;
}

export type Target = Sheet | NewSheet;

export function isNewSheet(target: Target): target is NewSheet {
  return typeof (target as Partial<NewSheet>).create === 'string';
}

/** Our part of each cell's note; a person's part and our other parts (under other markers) stay. */
export interface OwnNotes {
  readonly notes: readonly (readonly string[])[];
  /** NOTE_MARKER when absent. */
  readonly marker?: string;
}

/** One rectangle and everything written to it, each kind in one batched call. */
export interface Block extends Area {
  readonly sheet: Target;
  /** The range the command already read this area through: reused, so the area is fetched once. */
  readonly range?: Range;
  readonly numberFormats?: string[][];
  readonly values?: WriteCell[][];
  readonly fontWeights?: ('bold' | null)[][];
  readonly fills?: (string | null)[][];
  readonly ownNotes?: OwnNotes;
  readonly bold?: true;
  readonly wrap?: true;
  readonly verticalAlignment?: 'top';
  readonly validation?: ValidationRule;
  readonly numberFormat?: string;
}

/** A stacked column chart of a table on the sheet. */
export interface ChartWrite {
  readonly sheet: Target;
  readonly table: Area;
  readonly title: string;
  /** The cell its top-left corner sits on. */
  readonly at: { row: number; column: number };
}

export interface Writes {
  readonly blocks: readonly Block[];
  /** The spreadsheet the command read (new sheets go there); asked of SpreadsheetApp when absent. */
  readonly spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Sheets to create, in this order, before anything is written. */
  readonly create?: readonly NewSheet[];
  /** Rectify's own sheets emptied before their blocks: 'all' clears values, formats and charts. */
  readonly clear?: readonly { sheet: Target; what: 'all' | 'contents' }[];
  readonly columnWidths?: readonly { sheet: Target; column: number; width: number }[];
  readonly frozenRows?: readonly { sheet: Target; rows: number }[];
  readonly charts?: readonly ChartWrite[];
  /** The sheet the person lands on (insertSheet activates each new sheet). */
  readonly activate?: Target;
  /** Areas touched beyond the blocks (a sheet cleared whole), checked for protection with them. */
  readonly guard?: readonly { sheet: Sheet; area: Area }[];
  /** Rows and columns known to exist from the reads (a data range): their size is not asked again. */
  readonly known?: readonly { sheet: Sheet; rows: number; columns: number }[];
}

/** What a command returns: nothing is written until the runner hands `writes` to applyWrites. */
export interface Outcome<T> {
  readonly writes: Writes;
  readonly report: Report;
  readonly value: T;
  /** Work that must follow the writes under the same lock (初始化台账's edit history), given the sheets. */
  readonly afterWrites?: (sheetOf: (target: Target) => Sheet) => void;
}

/** Several parts' writes as one, each list in the parts' order (creation order decides the sheets' order). */
export function mergeWrites(...parts: Writes[]): Writes {
  const spreadsheet = parts.find((p) => p.spreadsheet)?.spreadsheet;
  return {
    ...(spreadsheet ? { spreadsheet } : {}),
    create: parts.flatMap((p) => p.create ?? []),
    clear: parts.flatMap((p) => p.clear ?? []),
    blocks: parts.flatMap((p) => p.blocks),
    columnWidths: parts.flatMap((p) => p.columnWidths ?? []),
    frozenRows: parts.flatMap((p) => p.frozenRows ?? []),
    charts: parts.flatMap((p) => p.charts ?? []),
    guard: parts.flatMap((p) => p.guard ?? []),
    known: parts.flatMap((p) => p.known ?? []),
  };
}
