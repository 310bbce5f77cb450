// 标记逾期: fills each ledger row by urgency at the as-of date (one read, one write), keeping people's own fills.
import {
  type CalendarDate,
  type Ledger,
  type Locale,
  legend,
  PALETTE,
  tr,
  type Urgency,
  urgencyOf,
} from '../../core';
import { runCommand } from '../platform/command';
import { loadLedger } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import {
  assertWritable,
  isRectifyShade,
  isUnfilled,
  LEGEND_MARKER,
  withOwnNote,
} from '../platform/sheet-write';
import { type FillMemory, readFillMemory, rowKeys, writeFillMemory } from './fill-memory';

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

const COLOUR_NAMES: Record<string, { zh: string; en: string }> = {
  [PALETTE.overdue]: { zh: '浅红', en: 'light red' },
  [PALETTE.dueSoon]: { zh: '浅橙', en: 'light orange' },
  [PALETTE.longTerm]: { zh: '浅蓝', en: 'light blue' },
  [PALETTE.done]: { zh: '浅绿', en: 'light green' },
};

/** The legend as note text for the header cell, where anyone colouring or reading the ledger sees it. */
export function legendNote(asOf: CalendarDate, leadDays: number, locale: Locale): string {
  const lines = legend(locale, leadDays).map((l) => {
    const name = COLOUR_NAMES[l.colour];
    return `${name ? tr(locale, name.zh, name.en) : l.colour}（${l.colour}）：${l.label}`;
  });
  return [
    tr(locale, `行底色图例（按 ${asOf} 标色）：`, `Row colours (as of ${asOf}):`),
    ...lines,
    tr(
      locale,
      '无底色：未到期。您自己设置的其他底色不会被改动。',
      'No fill: not yet due. Fills of other colours you set are left alone.',
    ),
  ].join('\n');
}

export interface ColourResult {
  asOf: CalendarDate;
  counts: UrgencyCounts;
}

/** Menu 标记逾期. */
export function colourLedger(services?: Services): ColourResult | undefined {
  const s = resolveServices(services);
  return runCommand('colourLedger', s, (env) => {
    env.toast(tr(env.locale, '正在按整改时限标色…', 'Colouring rows by deadline…'));
    const ctx = loadLedger(s);
    const ledger = ctx.ledger!;
    const { locale, sheet, asOf } = ctx;
    const leadDays = ctx.settings.leadDays;
    const plan = colourPlan(ledger, ctx.numRows, ctx.numColumns, asOf, leadDays);
    const headerCell = sheet.getRange(ledger.headerRow, 1);
    const legendText = withOwnNote(headerCell.getNote(), legendNote(asOf, leadDays, locale), LEGEND_MARKER);
    const dataRows = plan.fills.length;
    const data = dataRows > 0 ? sheet.getRange(ledger.headerRow + 1, 1, dataRows, ctx.numColumns) : null;
    const memory = readFillMemory(ctx.ss);
    const merged = data
      ? mergeOwnFills(
          data.getBackgrounds(),
          plan.fills,
          ledger.headerRow + 1,
          rowKeys(ledger),
          memory.painted,
        )
      : null;
    const fills = merged?.fills ?? null;
    assertWritable(
      sheet,
      [{ row: ledger.headerRow, column: 1, numRows: dataRows + 1, numColumns: ctx.numColumns }],
      locale,
      s.spreadsheet.ProtectionType,
    );
    if (data && fills) data.setBackgrounds(fills);
    writeFillMemory(ctx.ss, memory.sheet, merged?.painted ?? new Map());
    // The legend rides on the header's first cell: one write per run.
    headerCell.setNotes([[legendText]]);
    const c = plan.counts;
    env.toast(
      tr(
        locale,
        `已按 ${asOf} 标色：逾期 ${c.overdue}，${leadDays}天内到期 ${c.dueSoon}，长期坚持 ${c.longTerm}，已完成 ${c.done}。图例见表头第一格的批注。`,
        `Coloured as of ${asOf}: ${c.overdue} overdue, ${c.dueSoon} due within ${leadDays} days, ${c.longTerm} long-term, ${c.done} done. The legend is the note on the first header cell.`,
      ),
      locale,
    );
    return { asOf, counts: plan.counts };
  });
}
