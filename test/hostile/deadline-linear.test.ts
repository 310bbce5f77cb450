// The deadline grammar does work linear in its input: no pattern has a nested or ambiguous quantifier, every
// pattern takes at most 8 backtracking steps a character on 32,767-character adversarial cells (runs of each
// separator and digit class), and a cell is never handed to a pattern past MAX_DEADLINE_LENGTH characters (a
// meter counts calls and characters).
import { describe, expect, it } from '@jest/globals';
import {
  DEADLINE_PATTERNS,
  type DeadlineMeter,
  MAX_DEADLINE_LENGTH,
  parseDeadline,
} from '../../src/core/deadline';
import { findingText } from '../../src/core/findings';
import { adversarialCells as cells, EXCEL_MAX } from './adversarial-deadlines';
import { countSteps, StepBudgetExceeded } from './regex-steps';

describe('deadline grammar: bounded work per cell', () => {
  it('reports a 32,767-character cell as too long after reading it once', () => {
    for (const { name, text } of cells(EXCEL_MAX)) {
      const meter: DeadlineMeter = { calls: 0, chars: 0 };
      const r = parseDeadline(text, { meter });
      // Cells that are blank after trimming (runs of spaces) are empty, not too long.
      if (text.trim().length > MAX_DEADLINE_LENGTH) {
        expect({ name, code: !r.ok && r.error.code }).toEqual({ name, code: 'deadline.too-long' });
        expect(!r.ok && findingText('zh', r.error).length).toBeLessThan(200);
        // Nothing is handed to a pattern: the length alone decides.
        expect(meter).toEqual({ calls: 0, chars: 0 });
      }
    }
  });

  it('makes at most 60 pattern calls on at most 40 × the limit in characters, for any cell at the limit', () => {
    let worst = { name: '', calls: 0, chars: 0 };
    for (const { name, text } of cells(MAX_DEADLINE_LENGTH)) {
      const meter: DeadlineMeter = { calls: 0, chars: 0 };
      parseDeadline(text, { meter });
      if (meter.chars > worst.chars) worst = { name, ...meter };
    }
    // Calls are a constant of the grammar; characters a small multiple of the bounded text.
    expect(worst.calls).toBeLessThanOrEqual(60);
    expect(worst.chars).toBeLessThanOrEqual(40 * MAX_DEADLINE_LENGTH);
  });

  it('still reads a deadline typed at the length limit with spaces around it', () => {
    const padded = `${' '.repeat(500)}2024年9月底前完成整改${' '.repeat(500)}`;
    expect(parseDeadline(padded)).toEqual({ ok: true, deadline: { kind: 'date', date: '2024-09-30' } });
    const long = `2024年9月底前${'。'.repeat(MAX_DEADLINE_LENGTH)}`;
    const r = parseDeadline(long);
    expect(r).toMatchObject({ ok: false, error: { code: 'deadline.too-long' } });
    expect(!r.ok && findingText('zh', r.error)).toContain(`${long.length}个字符`);
  });
});

/**
 * Why a regular expression can backtrack more than linearly, read from its source: a lazy quantifier, a
 * quantified group that holds an unbounded quantifier (nested), or an unbounded `.` or negated class that
 * something else follows (it can give back any character to what comes next). Returns the first reason.
 */
function ambiguity(source: string): string | null {
  if (/[*+}]\?/.test(source)) return 'lazy quantifier';
  // Innermost groups first: a group with an unbounded quantifier inside, itself quantified.
  let text = source.replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'c');
  for (;;) {
    const inner = /\(([^()]*)\)([*+?]|\{\d+(,\d*)?\})?/.exec(text);
    if (!inner) break;
    const unboundedInside = /[*+]|\{\d+,\}/.test(inner[1]);
    if (unboundedInside && inner[2] && inner[2] !== '?') return 'nested quantifier';
    text =
      text.slice(0, inner.index) + (unboundedInside ? 'U' : 'e') + text.slice(inner.index + inner[0].length);
  }
  if (/(\.|\[\^)[^$]*[*+]/.test(source.replace(/\[\^[^\]]*\]|\./g, (m) => (m === '.' ? '.' : '[^')))) {
    const wild = /(?:\.|\[\^[^\]]*\])[*+](.*)$/.exec(source);
    if (wild && wild[1] !== '' && wild[1] !== '$' && wild[1] !== ')$') return 'wildcard run followed by more';
  }
  return null;
}

describe('deadline patterns: no ambiguous or nested quantifiers', () => {
  const OLD = {
    oldRange: /^(\d{4})年(.+?)(?:至|到|~|-+|—+|–+)((?:\d{4}年)?\d.*)$/,
    oldWithLongTerm:
      /^(.+?)[,;、。.]*(?:并且|并|且|同时)?(长期坚持|长期整改|持续整改|长期推进|持续推进|常态化推进)[。.]?$/,
  };

  it('every grammar pattern is one-way', () => {
    const found = Object.entries(DEADLINE_PATTERNS)
      .map(([name, p]) => [name, ambiguity(p.source)])
      .filter(([, why]) => why !== null);
    expect(found).toEqual([]);
  });

  it('the check catches the patterns that were quadratic, and a nested quantifier', () => {
    expect(ambiguity(OLD.oldRange.source)).toBe('lazy quantifier');
    expect(ambiguity(OLD.oldWithLongTerm.source)).toBe('lazy quantifier');
    expect(ambiguity('^(a+)+$')).toBe('nested quantifier');
    expect(ambiguity('^(\\d{4})年(.*)至(\\d)$')).toBe('wildcard run followed by more');
  });

  it('every pattern takes at most 8 steps a character on every adversarial 32,767-character cell', () => {
    // Steps counted by a backtracking matcher that tries alternatives and counts in JavaScript's order
    // (regex-steps.ts), checked to agree with V8 on every verdict. Linear: at most 8 × length + 64 steps.
    const texts = cells(EXCEL_MAX).filter((c) => c.name.endsWith('x'));
    const budget = 8 * EXCEL_MAX + 64;
    let worst = { pattern: '', cell: '', steps: 0 };
    for (const [name, pattern] of Object.entries(DEADLINE_PATTERNS))
      for (const { name: cell, text } of texts) {
        const { steps, matched } = countSteps(pattern, text, budget);
        pattern.lastIndex = 0;
        expect({ name, cell, matched }).toEqual({ name, cell, matched: pattern.exec(text) !== null });
        if (steps > worst.steps) worst = { pattern: name, cell, steps };
      }
    // Measured: 98,304 steps (3 a character), englishMonthYear on a run of letters.
    expect(worst.steps).toBeLessThanOrEqual(budget);
  }, 120_000);

  it('the old patterns take quadratically many steps: the count is a real measure', () => {
    const at = (n: number) => countSteps(OLD.oldRange, `2024年1${'-'.repeat(n)}`).steps;
    expect(at(800) / at(400)).toBeGreaterThan(3.5);
    const lt = (n: number) => countSteps(OLD.oldWithLongTerm, `${'、'.repeat(n)}长期坚持x`).steps;
    expect(lt(800) / lt(400)).toBeGreaterThan(3.5);
    expect(() => countSteps(OLD.oldRange, `2024年1${'-'.repeat(EXCEL_MAX)}`, 8 * EXCEL_MAX + 64)).toThrow(
      StepBudgetExceeded,
    );
  });
});
