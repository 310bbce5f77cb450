// One yes/no vocabulary: the 长期坚持 column and the 设置 sheet accept and reject the same words.
import { describe, expect, it } from '@jest/globals';
import { parseLedger, parseSettings } from '../../src/core';
import { readYesNo } from '../../src/core/yes-no';
import { grid, row } from './grid';

/** Every word either list accepted before they became one (ledger.ts and settings.ts each had their own). */
const YES = ['是', 'yes', 'Y', 'TRUE', '1', '✓', '√', '✔', 'x', '长期', '长期坚持', 'ｙｅｓ'];
const NO = ['否', 'no', 'N', 'false', '0', '✗', '×', '✘', '-', '无', 'ＮＯ'];
const NEITHER = ['也许', 'maybe', '2', 'ok', '是的'];

/** How the 长期坚持 column reads a word: the flag, or null when it warns and reads no. */
function ledgerReads(word: string): boolean | null {
  const { ledger, findings } = parseLedger(grid(row({ 长期坚持: word })), { asOf: '2024-10-30' });
  if (findings.some((f) => f.code === 'longterm.unknown')) return null;
  return ledger?.problems[0]?.longTerm ?? null;
}

/** How 设置 reads a word for a yes/no setting: the value, or null when it is refused with a finding. */
function settingsReads(word: string): boolean | null {
  const { settings, findings } = parseSettings([['销号需审核', word]]);
  if (findings.some((f) => f.code === 'setting.invalid')) return null;
  return settings.closureReview;
}

describe('yes/no words', () => {
  it.each(YES)('%s is yes in the ledger and on 设置', (word) => {
    expect([readYesNo(word), ledgerReads(word), settingsReads(word)]).toEqual([true, true, true]);
  });

  it.each(NO)('%s is no in the ledger and on 设置', (word) => {
    expect([readYesNo(word), ledgerReads(word), settingsReads(word)]).toEqual([false, false, false]);
  });

  it.each(NEITHER)('%s is neither: a warning in the ledger, a refused value on 设置', (word) => {
    expect([readYesNo(word), ledgerReads(word), settingsReads(word)]).toEqual([null, null, null]);
  });
});
