// Adversarial deadline cells: runs of every separator, digit and word class the grammar treats specially,
// between prefixes and suffixes that lead a pattern in; the linearity test and the deadline bench share them.

/** Excel's longest cell. */
export const EXCEL_MAX = 32767;

/** Every separator, digit and word character class the grammar treats specially. */
const RUNS = [
  '、',
  ',',
  '，',
  ';',
  '。',
  '.',
  '-',
  '—',
  '–',
  '~',
  '～',
  '至',
  '到',
  '/',
  ' ',
  '\u3000',
  '\n',
  '(',
  '【',
  '年',
  '月',
  '日',
  '号',
  '前',
  '并',
  '_',
  '1',
  '１',
  '一',
  '十',
  '〇',
  'a',
  'Q',
  '长期坚持',
  '完成整改',
];
const PREFIXES = ['', '2024', '2024年', '2024年1', '2024年9月', 'end of '];
const SUFFIXES = ['', 'x', '1', '长期坚持'];

export function adversarialCells(length: number): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const run of RUNS)
    for (const prefix of PREFIXES)
      for (const suffix of SUFFIXES) {
        const fill = length - prefix.length - suffix.length;
        const body = run.repeat(Math.ceil(fill / run.length)).slice(0, fill);
        out.push({ name: `${prefix}[${run}…]${suffix}`, text: prefix + body + suffix });
      }
  return out;
}
