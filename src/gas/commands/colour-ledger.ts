// 标记逾期: fills each ledger row by urgency at the as-of date (one read, one write), keeping people's own fills.
import {
  type CalendarDate,
  type Ledger,
  type Locale,
  legend,
  PALETTE,
  type Urgency,
  urgencyOf,
} from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { colourMessages as M } from '../../core/messages/colour';
import { type CommandEnv, runOutcome } from '../platform/command';
import { type LedgerContext, loadLedger } from '../platform/ledger-sheet';
import type { Block, Outcome, OwnNotes } from '../platform/outcome';
import { resolveServices, type Services } from '../platform/services';
import { isRectifyShade, isUnfilled, LEGEND_MARKER } from '../platform/sheet-write';
import { type FillMemory, fillMemoryWrites, readFillMemory, rowKeys } from './fill-memory';

export type UrgencyCounts = Record<Urgency, number>;

export interface ColourPlan {
  /** Fills of sheet rows headerRow+1 … numRows, columns 1 … numColumns; null = no fill. */
  fills: (string | null)[][];
  counts: UrgencyCounts;
}

/** The fill of every data row; blank rows get none, so a row emptied since the last run loses its colour. */
export function colourPlan(
  ledger: Ledger,
  numRows: number,
  numColumns: number,
  asOf: CalendarDate,
  leadDays: number,
): ColourPlan {
  const counts: UrgencyCounts = { done: 0, longTerm: 0, overdue: 0, dueSoon: 0, none: 0 };
  const first = ledger.headerRow + 1;
  const fills: (string | null)[][] = Array.from({ length: Math.max(0, numRows - ledger.headerRow) }, () =>
    new Array<string | null>(numColumns).fill(null),
  );
  for (const p of ledger.problems) {
    const { urgency } = urgencyOf(p, asOf, leadDays);
    counts[urgency]++;
    if (urgency === 'none') continue;
    fills[p.row - first]?.fill(PALETTE[urgency]);
  }
  return { fills, counts };
}

/**
 * The fills to write: ours where a cell is unfilled or still carries the shade we noted for its row; a person's
 * fill, whatever its colour, stays (so does a person's later fill over ours). Returns what we now painted.
 */
export function mergeOwnFills(
  current: readonly (readonly string[])[],
  planned: readonly (readonly (string | null)[])[],
  firstRow: number,
  keys: ReadonlyMap<number, string>,
  painted: FillMemory,
): { fills: (string | null)[][]; painted: FillMemory } {
  const now: FillMemory = new Map();
  const fills = current.map((row, i) => {
    const sheetRow = firstRow + i;
    const key = keys.get(sheetRow) ?? `#${sheetRow}`;
    const noted = painted.get(key);
    let ours = false;
    const out = row.map((colour, c) => {
      const mine = isRectifyShade(colour) && colour.toLowerCase() === noted;
      if (!isUnfilled(colour) && !mine) return colour;
      const want = planned[i]?.[c] ?? null;
      if (want !== null) ours = true;
      return want;
    });
    const want = planned[i]?.find((c) => c !== null) ?? null;
    if (ours && want !== null) now.set(key, want);
    return out;
  });
  return { fills, painted: now };
}

const COLOUR_NAMES: Record<string, Bilingual> = {
  [PALETTE.overdue]: M.lightRed,
  [PALETTE.dueSoon]: M.lightOrange,
  [PALETTE.longTerm]: M.lightBlue,
  [PALETTE.done]: M.lightGreen,
};

/** The legend as note text for the header cell, where anyone colouring or reading the ledger sees it. */
export function legendNote(asOf: CalendarDate, leadDays: number, locale: Locale): string {
  const lines = legend(locale, leadDays).map((l) => {
    const name = COLOUR_NAMES[l.colour];
    return `${name ? say(locale, name) : l.colour}（${l.colour}）：${l.label}`;
  });
  return [say(locale, M.legendHead({ asOf })), ...lines, say(locale, M.legendTail)].join('\n');
}

export interface ColourResult {
  asOf: CalendarDate;
  counts: UrgencyCounts;
}

/** Menu 标记逾期. */
export function colourLedger(services?: Services): ColourResult | undefined {
  const s = resolveServices(services);
  return runOutcome('colourLedger', s, (env) => colouring(s, env));
}

/**
 * The fills (ours only where a cell is unfilled or still carries the shade we noted), the legend on the first
 * header cell, and the record of what we painted; one read of the fills, one write of each.
 */
function colouring(s: Services, env: CommandEnv): Outcome<ColourResult> {
  env.toast(say(env.locale, M.progress));
  const ctx = loadLedger(s);
  const { locale, sheet, asOf } = ctx;
  const ledger = ctx.ledger;
  if (!ledger) throw new Error('loadLedger returns a ledger unless told requireHeader: none');
  const leadDays = ctx.settings.leadDays;
  const plan = colourPlan(ledger, ctx.numRows, ctx.numColumns, asOf, leadDays);
  const firstRow = ledger.headerRow + 1;
  const area = { sheet, row: firstRow, column: 1, numRows: plan.fills.length, numColumns: ctx.numColumns };
  const memory = readFillMemory(ctx.ss);
  const blocks: Block[] = [
    // The legend rides on the header's first cell: one write per run, a person's note on it kept.
    { sheet, row: ledger.headerRow, column: 1, numRows: 1, numColumns: 1, ownNotes: legendNotes(ctx) },
  ];
  let painted: FillMemory = new Map();
  if (area.numRows > 0) {
    const range = sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
    const merged = mergeOwnFills(
      range.getBackgrounds(),
      plan.fills,
      firstRow,
      rowKeys(ledger),
      memory.painted,
    );
    painted = merged.painted;
    blocks.unshift({ ...area, range, fills: merged.fills });
  }
  const record = fillMemoryWrites(memory.sheet, painted);
  const c = plan.counts;
  const text = say(locale, M.coloured({ asOf, leadDays, ...c }));
  return {
    writes: {
      spreadsheet: ctx.ss,
      blocks: [...blocks, record.block],
      create: record.create,
      clear: record.clear,
      known: [{ sheet, rows: ctx.numRows, columns: ctx.numColumns }],
    },
    report: { show: 'toast', locale, lines: [text] },
    value: { asOf, counts: plan.counts },
  };
}

function legendNotes(ctx: LedgerContext): OwnNotes {
  return { notes: [[legendNote(ctx.asOf, ctx.settings.leadDays, ctx.locale)]], marker: LEGEND_MARKER };
}
