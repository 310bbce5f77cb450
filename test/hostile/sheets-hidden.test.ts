// In Google Sheets too: a cell with a bidi override or a zero-width character gets a warning note naming it
// (校验台账), the cell itself is left exactly as typed, and the Doc notice's text is read without them.
import { describe, expect, it } from '@jest/globals';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { NOTE_MARKER } from '../../src/gas/platform/sheet-write';
import { exampleEnv, exampleGrid, servicesOf } from '../gas/helpers';

describe('validateLedger with hidden characters', () => {
  it('notes U+202E on its cell as a warning and changes no value', () => {
    const grid = exampleGrid('ledger');
    // Row 3's 问题描述 (C3) with a right-to-left override in it.
    grid[2][2] = `${grid[2][2]}\u202e文本`;
    const before = grid.map((r) => [...r]);
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    validateLedger(servicesOf(env));
    const after = env.snapshot('台账');
    expect(after.notes[2][2].startsWith(`${NOTE_MARKER}提醒：`)).toBe(true);
    expect(after.notes[2][2]).toContain('U+202E');
    expect(env.values('台账')).toEqual(before);
  });
});
