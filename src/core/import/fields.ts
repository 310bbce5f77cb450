// Reads the fields of one problem item: by labels (“整改措施：”) when it has them, else by position.
import { at } from '../arrays';
import { parseDeadline } from '../deadline';
import { importFindingMessage } from '../messages/findings-import';
import { captured, shorten } from '../text';
import { endsSentence, type Line } from './lines';
import type { ImportedProblem } from './model';
import { type DocumentReader, numbersOf, type ParsedItem, type RawItem } from './reader';
import {
  deadlineOfLine,
  isBlankTitle,
  type LabelField,
  labelAt,
  ledgerStatus,
  MEASURES_START,
  splitInlineLabels,
  statusOfSentence,
} from './vocabulary';

type Parts = Record<LabelField, { lines: Line[]; texts: string[] }>;

function emptyRow(): ImportedProblem {
  return {
    id: '',
    category: '',
    source: '',
    problem: '',
    measures: '',
    lead: '',
    department: '',
    ownerEmail: '',
    deadline: '',
    status: '',
    statusKey: null,
    longTerm: false,
    longTermMeasures: '',
    longTermDeadline: '',
    remarks: '',
    paragraphs: [],
  };
}

/** Fields of one item: by labels when it has them, else problem, measures, deadline line, status line. */
export function readFields(reader: DocumentReader, raw: RawItem, id: string): ParsedItem {
  const row = emptyRow();
  row.id = id;
  row.paragraphs = numbersOf(raw.lines);
  const parsed: ParsedItem = { raw, row, weakSplit: false, deadlineParsed: true };
  const labelled = raw.lines.some((l) => labelAt(l.text) || splitInlineLabels(l.text).length > 1);
  if (labelled) labelledFields(reader, raw, parsed);
  else plainFields(reader, raw, parsed);
  row.problem = row.problem.replace(/^[:：]\s*/, '');
  // “3.关于“违规发放津补贴”问题的整改” with only labelled fields under it: the heading names the problem.
  const g = raw.group;
  if (row.problem === '' && g && !g.implicit && !isBlankTitle(g.title)) {
    row.problem = g.title;
    parsed.headingIsProblem = true;
  }
  row.measures = row.measures.replace(/^[:：]\s*/, '');
  if (row.deadline !== '') {
    const d = parseDeadline(row.deadline);
    parsed.deadlineParsed = d.ok;
  }
  return parsed;
}

/** Sorts an item's text under the label that last came before it. */
function labelledParts(reader: DocumentReader, raw: RawItem, id: string): Parts {
  const parts: Parts = {
    problem: { lines: [], texts: [] },
    measures: { lines: [], texts: [] },
    progressText: { lines: [], texts: [] },
    deadline: { lines: [], texts: [] },
    status: { lines: [], texts: [] },
    department: { lines: [], texts: [] },
    lead: { lines: [], texts: [] },
    person: { lines: [], texts: [] },
    longTermMeasures: { lines: [], texts: [] },
  };
  let field: LabelField = 'problem';
  let previous: Line | null = null;
  for (const l of raw.lines) {
    // On a wrapped page a field goes on only from a line that ran to the margin.
    const paragraphEnded = !reader.wrapped || (previous !== null && reader.shortEnd(previous));
    previous = l;
    for (const piece of splitInlineLabels(l.text)) {
      const lab = labelAt(piece);
      let text = piece;
      if (lab) {
        field = lab.field;
        text = lab.rest;
      } else if (
        (field === 'deadline' || field === 'status' || field === 'department' || field === 'lead') &&
        paragraphEnded
      ) {
        // A paragraph after a one-line field, with no label of its own, is a measure that lost its label.
        reader.finding(
          'warning',
          importFindingMessage('import.unlabelled', {
            quote: shorten(piece, 30),
            after: field === 'deadline' || field === 'status' ? field : 'responsible',
          }),
          { line: l, id },
        );
        field = 'measures';
      }
      if (text.trim() === '') continue;
      parts[field].lines.push(l);
      parts[field].texts.push(text.trim());
    }
  }
  return parts;
}

/** “整改情况：…” goes to the measures, except a closing sentence that is a status, which is the status. */
function addProgress(row: ImportedProblem, parts: Parts, progress: string): void {
  const whole = statusOfSentence(progress);
  if (whole && !whole.extra && parts.status.texts.length === 0) {
    parts.status.texts.push(progress);
    return;
  }
  // “整改情况：一是…。目前已完成整改。”: the last sentence, when it is a status, is the status.
  const m = /^([\s\S]*?[。；;])\s*([^。；;]+[。]?)$/.exec(progress);
  const tail = m ? statusOfSentence(captured(m, 2)) : null;
  if (m && tail && parts.status.texts.length === 0) {
    row.measures = [row.measures, captured(m, 1).trim()].filter((s) => s !== '').join('\n');
    parts.status.texts.push(captured(m, 2));
  } else row.measures = [row.measures, progress].filter((s) => s !== '').join('\n');
}

function labelledFields(reader: DocumentReader, raw: RawItem, parsed: ParsedItem): void {
  const row = parsed.row;
  const parts = labelledParts(reader, raw, row.id);
  const text = (f: LabelField) => (parts[f].texts.length ? reader.join(parts[f].lines, parts[f].texts) : '');
  row.problem = text('problem');
  row.measures = text('measures');
  const progress = text('progressText');
  if (progress !== '') addProgress(row, parts, progress);
  row.deadline = deadlinePhrase(text('deadline'));
  const status = text('status');
  // An item starts with the line that opened it, so raw.lines[0] is there.
  if (status !== '') setStatus(reader, row, status, parts.status.lines[0] ?? at(raw.lines, 0));
  row.department = text('department');
  row.lead = text('lead');
  const person = text('person');
  if (person !== '') {
    if (/^[^\s@]+@[^\s@]+$/.test(person)) row.ownerEmail = person;
    else row.remarks = [row.remarks, `责任人：${person}`].filter((s) => s !== '').join('\n');
  }
  row.longTermMeasures = text('longTermMeasures');
}

function deadlinePhrase(text: string): string {
  const t = text.replace(/[。.]+$/, '').trim();
  return deadlineOfLine(t) ?? t;
}

function setStatus(reader: DocumentReader, row: ImportedProblem, text: string, line: Line): void {
  const s = statusOfSentence(text);
  if (!s) {
    row.remarks = [row.remarks, text].filter((x) => x !== '').join('\n');
    reader.finding('error', importFindingMessage('import.status', { quote: shorten(text, 30) }), {
      line,
      id: row.id,
    });
    return;
  }
  row.statusKey = s.status;
  row.status = ledgerStatus(s.status);
  if (s.extra) {
    const sentence = text.trim();
    row.remarks = [row.remarks, sentence].filter((x) => x !== '').join('\n');
    reader.finding(
      'warning',
      importFindingMessage('import.statusSentence', { quote: shorten(sentence, 30), status: row.status }),
      { line, id: row.id },
    );
  }
}

function plainFields(reader: DocumentReader, raw: RawItem, parsed: ParsedItem): void {
  const row = parsed.row;
  const lines = [...raw.lines];
  let end = lines.length;
  const last = lines[end - 1];
  if (last && end > 1 && reader.isStatusLine(last)) {
    setStatus(reader, row, last.text, last);
    end--;
  }
  const dl = lines[end - 1];
  if (dl && end > 1) {
    const phrase = deadlineOfLine(dl.text);
    if (phrase !== null) {
      row.deadline = phrase;
      end--;
    }
  }
  const text = lines.slice(0, end);
  const cut = splitProblem(reader, text, parsed);
  row.problem = reader.join(text.slice(0, cut));
  row.measures = reader.join(text.slice(cut));
}

/** Where the measures begin among the item's text lines (text.length when it cannot tell). */
function splitProblem(reader: DocumentReader, text: readonly Line[], parsed: ParsedItem): number {
  if (text.length < 2) {
    // One paragraph: “问题。一是…” splits at the first “一是” after a sentence.
    const t = text[0]?.text ?? '';
    const m = /[。；](?=\s*一是)/.exec(t);
    if (m && text[0]) {
      const line = text[0];
      (text as Line[]).splice(
        0,
        1,
        { ...line, text: t.slice(0, m.index + 1) },
        { ...line, text: t.slice(m.index + 1).trim() },
      );
      return 1;
    }
    return text.length;
  }
  if (!reader.wrapped) {
    const i = text.findIndex((l, k) => k > 0 && MEASURES_START.test(l.text));
    return i > 0 ? i : 1;
  }
  let firstStart = -1;
  let firstEnd = -1;
  for (let i = 1; i < text.length; i++) {
    const prev = at(text, i - 1);
    if (!endsSentence(prev.text)) continue;
    const line = at(text, i);
    const strong = MEASURES_START.test(line.text);
    const start = reader.shortStart(line);
    const end = reader.shortEnd(prev);
    if (strong || (start && end)) return i;
    if (start && firstStart < 0) firstStart = i;
    if (end && firstEnd < 0) firstEnd = i;
  }
  parsed.weakSplit = true;
  if (firstStart > 0) return firstStart;
  if (firstEnd > 0) return firstEnd;
  return text.length;
}
