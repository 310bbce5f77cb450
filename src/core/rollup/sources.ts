// Which unit ledgers a roll-up spreadsheet's 设置 lists: one row each, key 单位台账 (Unit ledger), the link beside it.
import { type Cell, cellText } from '../text';

export interface RollupSource {
  /** 1-based row of 设置, so a message can point at it. */
  row: number;
  url: string;
}

const KEY = /^(单位台账|unit ledger)$/i;

/** Every 单位台账 row with something in its value cell, in sheet order. */
export function rollupSources(grid: readonly (readonly Cell[])[]): RollupSource[] {
  const out: RollupSource[] = [];
  grid.forEach((cells, i) => {
    if (!KEY.test(cellText(cells?.[0]).trim())) return;
    const url = cellText(cells?.[1]).trim();
    if (url !== '') out.push({ row: i + 1, url });
  });
  return out;
}
