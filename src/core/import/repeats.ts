// Picks the main list of problems and links the other sections' problems to it: a repeat merges, the rest stand alone.
import { at } from '../arrays';
import { importFindingMessage } from '../messages/findings-import';
import { bestMatch, bigrams, letters } from './link';
import type { ImportedProblem } from './model';
import type { DocumentReader, Group, Heading, ParsedItem, Role, Section } from './reader';
import { isBlankTitle } from './vocabulary';

export interface ParsedSection {
  section: Section;
  items: ParsedItem[];
  role: Role | null;
}

/** How a section outside the main list places its problems. */
interface Placing {
  section: Section;
  role: Role;
  source: string;
  defaultSource: string;
}

type Match = ReturnType<typeof bestMatch>;

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function sourceOf(title: string): string {
  return title.replace(/(问题)?(整改)?(落实)?(情况|进展)?$/, '').trim() || title;
}

function categoryOf(group: Group | null, nested: Heading | null): string {
  const h = nested ?? group;
  if (!h || (h as Group).numberOnly) return '';
  const title = h.title.replace(/^[“"]\s*[”"]$/, '').trim();
  return isBlankTitle(title) ? `${h.number}.` : `${h.number}. ${title}`;
}

/** The main section is the one that lists the most problems; the others repeat some of them. */
export function mainSection(sections: readonly ParsedSection[]): ParsedSection | null {
  let main: ParsedSection | null = null;
  for (const s of sections) if (s.role === null && (!main || s.items.length >= main.items.length)) main = s;
  return main ?? sections[0] ?? null;
}

/** The main section's problems as rows, with their category and source. */
export function mainRows(main: ParsedSection | null, defaultSource: string): ImportedProblem[] {
  const rows: ImportedProblem[] = [];
  for (const p of main ? main.items : []) {
    const g = p.raw.group;
    p.row.category = categoryOf(g, p.raw.nested);
    // Under a 方面 heading, the “1.关于…问题的整改” heading names the problem group: kept in 备注.
    if (p.raw.nested && g && !g.implicit && !isBlankTitle(g.title) && !p.headingIsProblem)
      p.row.remarks = [g.title, p.row.remarks].filter((s) => s !== '').join('\n');
    p.row.source = defaultSource;
    rows.push(p.row);
  }
  return rows;
}

/** A repeat prints the same text as a rule: match that exactly first (no pairwise scoring over the rows). */
function matcher(mainItems: readonly ParsedItem[]): (problem: string, taken: Set<number>) => Match {
  const exact = new Map<string, number[]>();
  mainItems.forEach((p, i) => {
    const key = letters(p.row.problem);
    const list = exact.get(key);
    if (list) list.push(i);
    else exact.set(key, [i]);
  });
  let keyCache: Set<string>[] | null = null;
  const keys = () => {
    if (!keyCache) keyCache = mainItems.map((p) => bigrams(p.row.problem));
    return keyCache;
  };
  return (problem, taken) => {
    const same = exact.get(letters(problem));
    const exactIndex = same ? (same.find((i) => !taken.has(i)) ?? same[0]) : undefined;
    return exactIndex !== undefined
      ? { index: exactIndex, score: 1 }
      : bestMatch(bigrams(problem), keys(), taken);
  };
}

/** A problem that repeats none of the main list: a row of its own, numbered by its section. */
function ownRow(
  reader: DocumentReader,
  placing: Placing,
  p: ParsedItem,
  k: number,
  reason: 'none' | 'ambiguous',
): ImportedProblem {
  const { section, role } = placing;
  const row = p.row;
  row.id = `${NUMERALS[section.numeral] ?? section.numeral}-${k + 1}`;
  row.source = role === 'separate' ? placing.source : placing.defaultSource;
  if (role === 'longTerm') {
    row.longTerm = true;
    row.longTermMeasures = row.measures;
  }
  reader.finding(
    'warning',
    importFindingMessage(reason === 'ambiguous' ? 'import.linkAmbiguous' : 'import.linkMissing', {
      section: section.title,
      id: row.id,
    }),
    { line: p.raw.lines[0], id: row.id },
  );
  return row;
}

/** A repeat adds its paragraphs (and long-term measures) to the main row, and says where it differs. */
function mergeRepeat(reader: DocumentReader, placing: Placing, p: ParsedItem, target: ImportedProblem): void {
  target.paragraphs = [...target.paragraphs, ...p.row.paragraphs].sort((a, b) => a - b);
  if (placing.role === 'longTerm') {
    target.longTerm = true;
    target.longTermMeasures = p.row.measures;
    if (p.row.deadline !== '' && p.row.deadline !== target.deadline) target.longTermDeadline = p.row.deadline;
    return;
  }
  target.source = placing.source;
  const differs: string[] = [];
  if (p.row.problem !== target.problem) differs.push('问题描述');
  if (p.row.measures !== target.measures) differs.push('整改措施');
  if (p.row.deadline !== target.deadline) differs.push(`整改时限（此处“${p.row.deadline}”）`);
  if (p.row.statusKey !== target.statusKey) differs.push(`整改进展（此处“${p.row.status}”）`);
  if (differs.length > 0)
    reader.finding(
      'warning',
      importFindingMessage('import.repeatDiffers', {
        section: placing.section.title,
        id: target.id,
        differs,
      }),
      { line: p.raw.lines[0], id: target.id },
    );
}

/** Links every other section's problems to the main list; returns the rows that repeat none of it. */
export function linkRepeats(
  reader: DocumentReader,
  sections: readonly ParsedSection[],
  main: ParsedSection | null,
  defaultSource: string,
): ImportedProblem[] {
  const mainItems = main ? main.items : [];
  const match = matcher(mainItems);
  const taken = new Set<number>();
  const extra: ImportedProblem[] = [];
  for (const s of sections) {
    if (s === main) continue;
    const placing: Placing = {
      section: s.section,
      role: s.role ?? 'separate',
      source: sourceOf(s.section.title),
      defaultSource,
    };
    s.items.forEach((p, k) => {
      const m = match(p.row.problem, taken);
      if (m.index === null) {
        extra.push(ownRow(reader, placing, p, k, m.reason));
        return;
      }
      taken.add(m.index);
      mergeRepeat(reader, placing, p, at(mainItems, m.index).row);
    });
  }
  return extra;
}
