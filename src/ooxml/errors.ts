// Why a package cannot be read or written: a code the caller turns into a message in the user's language.

export type OoxmlErrorCode =
  | 'damaged'
  | 'notWorkbook'
  | 'noSheets'
  | 'limit.inflated'
  | 'limit.rows'
  | 'limit.columns'
  | 'limit.cellLength';

export class OoxmlError extends Error {
  constructor(
    readonly code: OoxmlErrorCode,
    /** The part, cell or reason concerned (English, for the message's detail). */
    readonly detail: string,
    /** For limits: the cap, and the amount that passed it. */
    readonly limit = 0,
    readonly actual = 0,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'OoxmlError';
  }
}

/** Caps on the work one file can cause; every one has an override (see README, "Limits"). */
export interface Limits {
  /** Bytes inflated from the package in total (all parts read). */
  maxInflatedBytes: number;
  /** Rows with data read from one sheet or CSV. */
  maxRows: number;
  /** The highest column holding data. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellLength: number;
}

/** Defaults: twice Rectify's largest measured ledger, and Excel's own column and cell-length limits. */
export const DEFAULT_LIMITS: Limits = {
  maxInflatedBytes: 1024 * 2 ** 20,
  maxRows: 200_000,
  maxColumns: 16_384,
  maxCellLength: 32_767,
};
