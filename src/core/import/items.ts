// Cuts a section's lines into problem items under their category headings, and numbers them (编号).
import { at } from '../arrays';
import { captured } from '../text';
import { endsSentence, type Line, tightenCjk } from './lines';
import { type DocumentReader, type Group, type Heading, type RawItem, SUMMARY, SUPERVISION } from './reader';
import {
  deadlineOfLine,
  isBlankTitle,
  isTitleLike,
  labelAt,
  NESTED_CATEGORY,
  NUMBERED,
  numeralValue,
  SUB,
} from './vocabulary';

/** Where the cut of one section stands: the items so far, the text before the first, the open headings. */
interface Cut {
  items: RawItem[];
  before: Line[];
  nested: Heading | null;
  group: Group | null;
  item: RawItem | null;
}

function start(cut: Cut, sub: number | null, first: Line): RawItem {
  const item: RawItem = { lines: [first], group: cut.group, nested: cut.nested, sub, closed: false };
  cut.item = item;
  cut.items.push(item);
  return item;
}

/** Takes a heading or numbered line (“（一）”, “1.”, “（1）”); false when the line is plain text. */
function markerLine(reader: DocumentReader, cut: Cut, l: Line, next: Line | undefined): boolean {
  let m = NESTED_CATEGORY.exec(l.text);
  if (m && isTitleLike(captured(m, 2))) {
    cut.nested = { number: numeralValue(captured(m, 1)), title: captured(m, 2).trim(), line: l };
    cut.group = null;
    cut.item = null;
    return true;
  }
  m = NUMBERED.exec(l.text);
  if (m) {
    const number = Number(captured(m, 1));
    const rest = captured(m, 2).trim();
    const wrapsOn = reader.wrapped && l.width >= reader.width - 2 && !!next && !reader.isMarker(next.text);
    if (isBlankTitle(rest) || (isTitleLike(rest) && !wrapsOn)) {
      cut.group = { number, title: rest, line: l, implicit: false, nested: cut.nested };
      cut.item = null;
      return true;
    }
    cut.group = { number, title: '', line: l, implicit: true, nested: cut.nested };
    start(cut, null, { ...l, text: rest });
    return true;
  }
  m = SUB.exec(l.text);
  if (!m) return false;
  start(cut, Number(captured(m, 1)), { ...l, text: captured(m, 2).trim() });
  return true;
}

/** Adds plain line i to the open item, a new one, or the text before the first item (then null). */
function plainLine(reader: DocumentReader, cut: Cut, body: readonly Line[], i: number): RawItem | null {
  const l = at(body, i);
  const current = cut.item;
  if (current && !current.closed) {
    current.lines.push(l);
    return current;
  }
  const first = !current && cut.group === null && cut.nested === null && cut.items.length === 0;
  if (first && (continuesBefore(reader, cut.before, body, i) || !startsItem(reader, body, i))) {
    cut.before.push(l);
    return null;
  }
  return start(cut, null, l);
}

/** Without labels, an item ends with its status line, or with its deadline when no status follows. */
function closeAfter(reader: DocumentReader, it: RawItem, l: Line, next: Line | undefined): void {
  if (it.lines.some((x) => labelAt(x.text))) return;
  if (reader.isStatusLine(l) && it.lines.length > 1) {
    if (!(next && reader.isStatusLine(next) && deadlineOfLine(l.text))) it.closed = true;
  } else if (deadlineOfLine(l.text) && it.lines.length > 1 && next && !reader.isStatusLine(next))
    it.closed = !reader.isMarker(next.text) && !labelAt(next.text);
}

/** Cuts a section's lines into items under their headings. */
export function cutItems(
  reader: DocumentReader,
  body: readonly Line[],
): { items: RawItem[]; before: Line[]; after: Line[] } {
  const cut: Cut = { items: [], before: [], nested: null, group: null, item: null };
  const after: Line[] = [];
  for (let i = 0; i < body.length; i++) {
    const l = at(body, i);
    // The supervision paragraph (“欢迎广大干部群众…监督”) closes the notice: nothing after it is an item.
    if (cut.items.length > 0 && SUPERVISION.test(l.text)) {
      for (let j = i; j < body.length; j++) after.push(at(body, j));
      break;
    }
    const next = body[i + 1];
    if (markerLine(reader, cut, l, next)) continue;
    const it = plainLine(reader, cut, body, i);
    if (it) closeAfter(reader, it, l, next);
  }
  return { items: cut.items, before: cut.before, after };
}

/** A wrapped sentence that began before the first item (the summary) goes on where it began. */
function continuesBefore(
  reader: DocumentReader,
  before: readonly Line[],
  body: readonly Line[],
  i: number,
): boolean {
  return (
    reader.wrapped &&
    i > 0 &&
    before[before.length - 1] === body[i - 1] &&
    !endsSentence(at(body, i - 1).text)
  );
}

/** Whether the text at i begins a problem block (it reaches a deadline, status or label before a marker). */
function startsItem(reader: DocumentReader, body: readonly Line[], i: number): boolean {
  for (let j = i; j < body.length; j++) {
    const line = at(body, j);
    const t = line.text;
    if (j > i && reader.isMarker(t)) return false;
    if (labelAt(t) || (j > i && (deadlineOfLine(t) || reader.isStatusLine(line)))) return true;
    if (SUMMARY.test(tightenCjk(t))) return false;
  }
  return false;
}

/** 编号 of each problem from its numbering: 1, 2-1, …; ids that would repeat get the category in front. */
export function assignIds(items: RawItem[]): string[] {
  const perGroup = new Map<Group | Heading | null, RawItem[]>();
  for (const it of items) {
    const key = it.group ?? it.nested;
    const list = perGroup.get(key) ?? [];
    list.push(it);
    perGroup.set(key, list);
  }
  const groupNumbers = items.filter((i) => i.group).map((i) => i.group as Group);
  const uniqueGroups = new Set(groupNumbers.map((g) => g.number)).size === new Set(groupNumbers).size;
  let loose = 0;
  return items.map((it) => {
    const siblings = perGroup.get(it.group ?? it.nested) ?? [it];
    const parts: number[] = [];
    if (it.group?.nested && !uniqueGroups) parts.push(it.group.nested.number);
    if (it.group) parts.push(it.group.number);
    else if (it.nested) parts.push(it.nested.number);
    if (it.sub !== null) parts.push(it.sub);
    else if (siblings.length > 1 || parts.length === 0) {
      if (parts.length === 0) parts.push(++loose);
      else parts.push(siblings.indexOf(it) + 1);
    }
    return parts.join('-');
  });
}
