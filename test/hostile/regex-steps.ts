// A backtracking regular-expression matcher that counts its steps, for the subset the deadline grammar uses:
// it tries alternatives and quantifier counts in the same order as JavaScript's engine, so a pattern that would
// backtrack quadratically in V8 takes quadratically many steps here. Tests compare its verdicts with V8's.

type Node =
  | { t: 'char'; test: (c: string) => boolean }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { t: 'start' }
  | { t: 'end' };

/** Thrown when a match takes more steps than its budget. */
export class StepBudgetExceeded extends Error {}

function parse(source: string, ignoreCase: boolean): Node {
  let i = 0;
  const fold = (c: string) => (ignoreCase ? c.toLowerCase() : c);
  const escapeTest = (e: string): ((c: string) => boolean) | string => {
    if (e === 'd') return (c) => c >= '0' && c <= '9';
    if (e === 's') return (c) => /\s/.test(c);
    if (e === 'u') {
      const code = String.fromCharCode(Number.parseInt(source.slice(i, i + 4), 16));
      i += 4;
      return code;
    }
    return e; // \. \- \[ \] \\ \/ and the like: the character itself
  };
  function parseClass(): Node {
    const negate = source[i] === '^';
    if (negate) i++;
    const parts: ((c: string) => boolean)[] = [];
    while (source[i] !== ']') {
      let lo: string | ((c: string) => boolean) = source[i++];
      if (lo === '\\') lo = escapeTest(source[i++]);
      if (typeof lo === 'string' && source[i] === '-' && source[i + 1] !== ']') {
        i++;
        let hi: string | ((c: string) => boolean) = source[i++];
        if (hi === '\\') hi = escapeTest(source[i++]);
        const [a, b] = [lo, hi as string];
        parts.push((c) => {
          const f = fold(c);
          return (f >= fold(a) && f <= fold(b)) || (c >= a && c <= b);
        });
      } else if (typeof lo === 'string') {
        const ch = lo;
        parts.push((c) => fold(c) === fold(ch));
      } else parts.push(lo);
    }
    i++;
    return { t: 'char', test: (c) => parts.some((p) => p(c)) !== negate };
  }
  function parseAtom(): Node {
    const ch = source[i++];
    if (ch === '(') {
      if (source.startsWith('?:', i)) i += 2;
      const body = parseAlt();
      i++; // ')'
      return body;
    }
    if (ch === '[') return parseClass();
    if (ch === '^') return { t: 'start' };
    if (ch === '$') return { t: 'end' };
    if (ch === '.')
      return { t: 'char', test: (c) => c !== '\n' && c !== '\r' && c !== '\u2028' && c !== '\u2029' };
    if (ch === '\\') {
      const e = escapeTest(source[i++]);
      return typeof e === 'string' ? { t: 'char', test: (c) => fold(c) === fold(e) } : { t: 'char', test: e };
    }
    return { t: 'char', test: (c) => fold(c) === fold(ch) };
  }
  function parseSeq(): Node {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom = parseAtom();
      const q = source[i];
      let min = -1;
      let max = -1;
      if (q === '?') [min, max] = [0, 1];
      else if (q === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
      else if (q === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
      else if (q === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) as RegExpExecArray;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
        i += m[0].length - 1;
      }
      if (min >= 0) {
        i++;
        const lazy = source[i] === '?';
        if (lazy) i++;
        atom = { t: 'repeat', body: atom, min, max, lazy };
      }
      items.push(atom);
    }
    return { t: 'seq', items };
  }
  function parseAlt(): Node {
    const options = [parseSeq()];
    while (source[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }
  return parseAlt();
}

/**
 * Runs `pattern` on `text` as exec() does (from each start position until one matches; only position 0 when
 * it starts with ^; for a global pattern, every match in turn, as replace() does) and returns the steps: one
 * per character tested, per anchor tested and per quantifier count tried.
 */
export function countSteps(pattern: RegExp, text: string, budget = Number.POSITIVE_INFINITY) {
  const root = parse(pattern.source, pattern.flags.includes('i'));
  let steps = 0;
  const step = () => {
    if (++steps > budget) throw new StepBudgetExceeded();
  };
  const n = text.length;
  function m(node: Node, i: number, k: (j: number) => boolean): boolean {
    switch (node.t) {
      case 'char':
        step();
        return i < n && node.test(text[i]) && k(i + 1);
      case 'start':
        step();
        return i === 0 && k(i);
      case 'end':
        step();
        return i === n && k(i);
      case 'seq': {
        const go = (idx: number, j: number): boolean =>
          idx === node.items.length ? k(j) : m(node.items[idx], j, (next) => go(idx + 1, next));
        return go(0, i);
      }
      case 'alt':
        for (const option of node.options) if (m(option, i, k)) return true;
        return false;
      case 'repeat': {
        const { body, min, max, lazy } = node;
        if (body.t === 'char') {
          // One character at a time, as V8's loops over a single character: no recursion per character.
          let count = 0;
          if (lazy) {
            for (;;) {
              if (count >= min) {
                step();
                if (k(i + count)) return true;
              }
              if (count >= max) return false;
              step();
              if (!(i + count < n && body.test(text[i + count]))) return false;
              count++;
            }
          }
          while (count < max && i + count < n) {
            step();
            if (!body.test(text[i + count])) break;
            count++;
          }
          for (let c = count; c >= min; c--) {
            step();
            if (k(i + c)) return true;
          }
          return false;
        }
        const rep = (count: number, j: number): boolean => {
          step();
          if (lazy && count >= min && k(j)) return true;
          if (count < max && m(body, j, (next) => next !== j && rep(count + 1, next))) return true;
          return !lazy && count >= min && k(j);
        };
        return rep(0, i);
      }
    }
  }
  const anchored = pattern.source.startsWith('^');
  const global = pattern.flags.includes('g');
  let matches = 0;
  for (let start = 0; start <= n; ) {
    let end = -1;
    const found = m(root, start, (j) => {
      end = j;
      return true;
    });
    if (found) {
      matches++;
      if (!global) break;
      start = end > start ? end : start + 1;
      continue;
    }
    if (anchored) break;
    start++;
  }
  return { steps, matched: matches > 0 };
}
