// What a paint is asked to do and what it reports: the contract between the colour command and src/ooxml.
import type { NoteToWrite } from './notes';
import type { SheetRef } from './package';

export interface LegendCell {
  text?: string;
  number?: number;
  bold?: boolean;
  size?: number;
  /** '#rrggbb' */
  fill?: string;
  /** An internal link, e.g. "'台账'!G8". */
  link?: string;
}

export interface PaintRequest {
  /** The ledger sheet: the only sheet whose cells are painted. */
  sheet: SheetRef;
  /** Its merged ranges (from readSheet): only a merge's first cell is painted. */
  merges: readonly string[];
  /** Rows (1-based, inclusive) whose cells colour may paint or clear: the data rows under the header. */
  rows: { first: number; last: number };
  /** Columns (1-based, inclusive) of the ledger's table; nothing right of it is touched. */
  columns: { first: number; last: number };
  /** The wanted colour ('#rrggbb') of each coloured row; a row not listed wants none of ours. */
  rowColours: ReadonlyMap<number, string>;
  /** Our colours: a cell filled with any other fill is a person's, and is kept. */
  ours: ReadonlySet<string>;
  /** Notes to write, on the ledger sheet or another (the 设置 sheet). */
  notes: (NoteToWrite & { sheet: SheetRef })[];
  /** A note whose text starts with one of these is ours: removed from every sheet before new ones are written. */
  noteMarks: readonly string[];
  noteAuthor: string;
  legend: {
    /** The sheet name wanted ('图例'); '图例 (2)' and so on when a person's sheet has it. */
    baseName: string;
    /** A1 texts that mark a legend sheet as ours, so colouring again replaces it. */
    titles: readonly string[];
    /** Rows from row 1; null for an empty cell. */
    rows: (LegendCell | null)[][];
    /** Column widths in characters. */
    widths: number[];
  };
  /** Called every few thousand rows with the row reached, for a progress bar. */
  onRow?: (row: number) => void;
}

export interface PaintResult {
  bytes: Uint8Array;
  /** Cells whose fill a person made, left as they were. */
  keptFills: number;
  notes: number;
  /** Notes not written because a person's note holds the cell. */
  skippedNotes: number;
  legendSheet: string;
}
