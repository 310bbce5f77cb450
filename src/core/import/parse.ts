// Reads a published notice or a rectification plan back into ledger rows, narrative and what it could not place.
import { appendAll, at } from '../arrays';
import { importFindingMessage } from '../messages/findings-import';
import { checkFigures, checkRows, countRows, dedupeIds } from './checks';
import { readFields } from './fields';
import { assignIds, cutItems } from './items';
import { inputLines, type Line, resolveLayout, tightenCjk } from './lines';
import type { ImportOptions, ImportResult, SourceParagraph } from './model';
import { DocumentReader, type Group, type Heading, type ParsedItem, type Section, SUMMARY } from './reader';
import { linkRepeats, mainRows, mainSection, type ParsedSection } from './repeats';
import { splitSections, takeSignature } from './sections';
import { isBlankTitle } from './vocabulary';

/** An item is a problem block when it has a deadline, a status, or labelled measures. */
function isProblem(p: ParsedItem): boolean {
  return p.row.deadline !== '' || p.row.statusKey !== null || p.row.measures !== '';
}

function defaultSourceOf(lines: readonly Line[]): string {
  const head = lines
    .slice(0, 40)
    .map((l) => l.text)
    .join('');
  if (/巡察/.test(head)) return '巡察反馈';
  if (/巡视/.test(head)) return '巡视反馈';
  if (/审计/.test(head)) return '审计反馈';
  return '';
}

/** The numbered sections; the text before them is front matter, unless there are none. */
function documentSections(reader: DocumentReader): Section[] {
  const { front, sections } = splitSections(reader);
  reader.addUnplaced(front, 'frontMatter');
  if (sections.length > 0) return sections;
  // A plan with no numbered sections: the whole text is one section of problems.
  for (let i = reader.unplaced.length - 1; i >= 0; i--)
    if (reader.unplaced[i]?.reason === 'frontMatter') reader.unplaced.splice(i, 1);
  return [{ numeral: 0, title: '', heading: [], body: front }];
}

/** The text before a section's first problem: the printed figures, front matter or narrative. */
function placeBefore(reader: DocumentReader, section: Section, before: readonly Line[]): void {
  for (const p of reader.paragraphs(before)) {
    const text = reader.join(p);
    if (SUMMARY.test(tightenCjk(text))) reader.figures(text, p);
    else if (section.title === '') reader.addUnplaced(p, 'frontMatter');
    else reader.addNarrative(section.title, p);
  }
}

/**
 * Category headings whose title is not in the text (a PDF drops bold type). Numbered problems with no category
 * heading anywhere in the section are just numbered: they have no category to lose.
 */
function checkCategories(reader: DocumentReader, problems: readonly ParsedItem[]): void {
  const headed = problems.some((p) => p.raw.nested || (p.raw.group && !p.raw.group.implicit));
  if (!headed) for (const p of problems) if (p.raw.group) p.raw.group.numberOnly = true;
  const seen = new Set<Heading>();
  for (const p of problems) {
    const h = p.raw.nested ?? p.raw.group;
    if (!h || seen.has(h) || (h as Group).numberOnly) continue;
    seen.add(h);
    if (isBlankTitle(h.title))
      reader.finding(
        'warning',
        importFindingMessage('import.categoryTitle', { heading: h.line.text, number: String(h.number) }),
        { line: h.line },
      );
  }
}

/** One section's problems; a section without any is narrative (then null). */
function readSection(reader: DocumentReader, section: Section): ParsedSection | null {
  const { items, before, after } = cutItems(reader, section.body);
  const ids = assignIds(items);
  const parsed = items.map((it, i) => readFields(reader, it, at(ids, i)));
  const problems = parsed.filter(isProblem);
  if (problems.length === 0) {
    reader.addNarrative(section.title, section.body);
    return null;
  }
  placeBefore(reader, section, before);
  for (const p of parsed) {
    if (isProblem(p)) continue;
    reader.addUnplaced(p.raw.lines, 'orphan');
    reader.finding('warning', importFindingMessage('import.orphan'), { line: p.raw.lines[0] });
  }
  if (after.length > 0) reader.addUnplaced(after, 'orphan');
  checkCategories(reader, problems);
  return { section, items: problems, role: /长期/.test(section.title) ? 'longTerm' : null };
}

/** Reads the paragraphs of a notice or plan. Pure: the same paragraphs give the same result. */
export function importDocument(input: readonly SourceParagraph[], options: ImportOptions = {}): ImportResult {
  const { lines, pageNumbers } = inputLines(input);
  const layout = resolveLayout(options.layout, lines);
  const reader = new DocumentReader(lines, layout);
  const defaultSource = options.defaultSource ?? defaultSourceOf(lines);
  takeSignature(reader);
  const sections: ParsedSection[] = [];
  for (const section of documentSections(reader)) {
    const read = readSection(reader, section);
    if (read) sections.push(read);
  }
  const main = mainSection(sections);
  const rows = mainRows(main, defaultSource);
  appendAll(rows, linkRepeats(reader, sections, main, defaultSource));
  dedupeIds(rows, reader);
  const others = sections.filter((s) => s !== main).flatMap((s) => s.items);
  checkRows(reader, rows, [...(main ? main.items : []), ...others]);
  const rowFigures = countRows(rows);
  checkFigures(reader, reader.printedFigures, rowFigures);
  return {
    problems: rows,
    narrative: reader.narrative,
    // Every unplaced entry is a paragraph of at least one line, so it has a first paragraph number.
    unplaced: reader.unplaced.sort((a, b) => at(a.paragraphs, 0) - at(b.paragraphs, 0)),
    findings: reader.findings,
    printedFigures: reader.printedFigures,
    rowFigures,
    layout,
    pageNumbers,
  };
}
