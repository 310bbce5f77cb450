// Cuts a document's lines into its signature, front matter and numbered sections (“一、…”).
import { at } from '../arrays';
import { captured } from '../text';
import { endsSentence, type Line, tightenCjk } from './lines';
import { type DocumentReader, numbersOf, type Section } from './reader';
import { isTitleLike, numeralValue, SECTION } from './vocabulary';

const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;

/** Splits off the signature (issuer and date) printed at the very end. */
export function takeSignature(reader: DocumentReader): void {
  const lines = reader.lines;
  const last = lines[lines.length - 1];
  if (!last || !DATE_LINE.test(last.text)) return;
  const parts = [last];
  const before = lines[lines.length - 2];
  if (before && !endsSentence(before.text) && before.width <= 30 && !/[，。；]/.test(before.text))
    parts.unshift(before);
  lines.splice(lines.length - parts.length, parts.length);
  reader.unplaced.push({
    text: parts.map((p) => p.text).join(' '),
    reason: 'signature',
    paragraphs: numbersOf(parts),
  });
}

/** A long heading wraps: “四、对长期整改任务采取的重要举措和取得的阶段性” / “成效”. */
function headingGoesOn(reader: DocumentReader, l: Line, next: Line | undefined): next is Line {
  return (
    reader.wrapped &&
    !!next &&
    l.width >= reader.width - 3 &&
    next.width < reader.width / 2 &&
    isTitleLike(next.text) &&
    !reader.isMarker(next.text)
  );
}

export function splitSections(reader: DocumentReader): { front: Line[]; sections: Section[] } {
  const lines = reader.lines;
  const front: Line[] = [];
  const sections: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = at(lines, i);
    const m = SECTION.exec(l.text);
    if (m && isTitleLike(captured(m, 2)) && l.width <= 50 && captured(m, 2) !== '') {
      const heading = [l];
      let title = captured(m, 2);
      const next = lines[i + 1];
      if (headingGoesOn(reader, l, next)) {
        heading.push(next);
        title += next.text;
        i++;
      }
      sections.push({
        numeral: numeralValue(captured(m, 1)),
        title: tightenCjk(title.trim()),
        heading,
        body: [],
      });
    } else if (sections.length > 0) at(sections, sections.length - 1).body.push(l);
    else front.push(l);
  }
  return { front, sections };
}
