// The words of a notice or plan: section, category and item markers, field labels, status sentences.
import { CHINESE_DIGITS, tensValue } from '../chinese-numerals';
import { cleanDeadlineText, parseDeadline } from '../deadline';
import { parseStatus, type Status, statusLabel } from '../status';
import { captured, foldWidth } from '../text';

export type LabelField =
  | 'problem'
  | 'measures'
  | 'progressText'
  | 'deadline'
  | 'status'
  | 'department'
  | 'lead'
  | 'person'
  | 'longTermMeasures';

/**
 * Field labels as offices print them. 整改情况 may hold what was done or only how far it got: it is read as
 * measures, and as the status when it is nothing but a status sentence.
 */
const LABELS: [LabelField, string[]][] = [
  ['problem', ['问题描述', '存在问题', '具体问题', '问题表现', '主要问题']],
  ['measures', ['整改措施', '整改举措', '具体措施', '主要措施', 'Measures']],
  ['progressText', ['整改情况', '落实情况', '整改落实情况']],
  ['deadline', ['整改时限', '完成时限', '整改期限', '时限要求', '完成时间', 'Deadline']],
  ['status', ['整改进展', '目前进展', '进展情况', '整改状态', '完成情况', 'Progress']],
  ['department', ['责任科室', '责任单位', '责任部门', '牵头单位', '牵头部门', '责任科室（单位）', 'Office']],
  ['lead', ['牵头领导', '责任领导', '分管领导', 'Lead']],
  ['person', ['具体责任人', '责任人']],
  ['longTermMeasures', ['长期举措', '长效机制']],
];

const LABEL_WORDS = new Map<string, LabelField>();
for (const [field, words] of LABELS) for (const w of words) LABEL_WORDS.set(w.toLowerCase(), field);
const LABEL_ALTERNATION = LABELS.flatMap(([, w]) => w)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[()（）]/g, '\\$&'))
  .join('|');
const LABEL_AT_START = new RegExp(`^[【\\[]?(${LABEL_ALTERNATION})[】\\]]?\\s*[:：]\\s*`, 'i');
/** A label in the middle of a paragraph, after a sentence: “…。整改措施：一是…”. */
const LABEL_INSIDE = new RegExp(
  `(?<=[。；;！？])\\s*[【\\[]?(?:${LABEL_ALTERNATION})[】\\]]?\\s*[:：]`,
  'gi',
);

export function labelAt(text: string): { field: LabelField; label: string; rest: string } | null {
  const m = LABEL_AT_START.exec(text);
  if (!m) return null;
  return {
    field: LABEL_WORDS.get(captured(m, 1).toLowerCase())!,
    label: captured(m, 1),
    rest: text.slice(m[0].length),
  };
}

/** Splits “问题。整改措施：…。整改时限：…” into one part per label. */
export function splitInlineLabels(text: string): string[] {
  const cuts: number[] = [];
  LABEL_INSIDE.lastIndex = 0;
  for (let m = LABEL_INSIDE.exec(text); m; m = LABEL_INSIDE.exec(text)) cuts.push(m.index);
  if (cuts.length === 0) return [text];
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(text.slice(from, c));
    from = c;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const CN = '[一二三四五六七八九十]+';
/** “三、集中整改期内已完成的整改事项”. */
export const SECTION = new RegExp(`^(${CN})[、．.]\\s*(.*)$`);
/** “（一）在“政治建设”方面”. */
export const NESTED_CATEGORY = new RegExp(`^[（(](${CN})[）)]\\s*(.*)$`);
/** “2.”, “2．”, “2、” but not “0.02” or “2024.9”. */
export const NUMBERED = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;
/** “（1）”, “(1)”. */
export const SUB = /^[（(](\d{1,3})[）)]\s*(.*)$/;
/** Where unlabelled measures begin: “一是…”, “（一）…”, “1.…” after the problem. */
export const MEASURES_START = /^[：:]?\s*(?:一是|首先|[（(]一[）)]|1[、.．](?!\d))/;

/** 一 → 1, 十二 → 12, 二十 → 20. */
export function numeralValue(text: string): number {
  if (!text.includes('十')) return CHINESE_DIGITS[text] ?? 0;
  return tensValue(text, 0);
}

/** A heading's title, not a sentence: no sentence punctuation, and some letters to it. */
export function isTitleLike(text: string): boolean {
  return !/[。，；！？,;!?]/.test(text) && !/[:：]$/.test(text);
}

/** True when a heading's title is missing: empty, or only quotes and spaces left where bold text was (“11.“ ””). */
export function isBlankTitle(text: string): boolean {
  return foldWidth(text).replace(/[\s“”"'‘’「」《》]/g, '') === '';
}

/** Status phrases of notices that say nothing beyond the status (the ledger's own words are in status.ts). */
const PHRASES = new Map<string, Status>([
  ['持续整改中', 'inProgress'],
  ['正在推进中', 'inProgress'],
  ['持续推进中', 'inProgress'],
  ['正在整改中', 'inProgress'],
  ['整改进行中', 'inProgress'],
  ['已全部完成', 'done'],
  ['已全部完成整改', 'done'],
  ['已按期完成', 'done'],
  ['已按期完成整改', 'done'],
  ['长期坚持整改', 'longTerm'],
]);

/**
 * A status written as a sentence: 已完成整改。, 正在推进, 持续整改中, 已整改到位, 未完成，正在… . Returns the
 * status and whether the sentence says more than the status word (then it is kept in 备注).
 */
export function statusOfSentence(text: string): { status: Status; extra: boolean } | null {
  const t = foldWidth(text)
    .replace(/\s+/g, '')
    .replace(/^[:：]/, '')
    .replace(/^(目前|现已|截至目前|截至发文时)[,，]?/, '')
    .replace(/[。.!！]+$/, '');
  if (t === '') return null;
  const exact = parseStatus(t) ?? PHRASES.get(t);
  // “整改完成率44.1%”, “已完成整改16个”: figures of the summary sentence, not a problem's status.
  if (!exact && /率|\d+个/.test(t)) return null;
  if (exact) return { status: exact, extra: false };
  const rules: [RegExp, Status][] = [
    [/^(未完成|尚未完成|未整改|尚未整改|未按期完成)/, 'notDone'],
    [/^(长期坚持|长期整改|持续推进|常态长效)/, 'longTerm'],
    [/^(已完成|已整改|已销号|已办结|已整改到位|已全部完成|完成整改|整改完成|基本完成)/, 'done'],
    [/^(正在|持续整改中|整改中|推进中|持续推进中|按计划推进|已启动|部分完成)/, 'inProgress'],
  ];
  for (const [re, status] of rules) {
    if (re.test(t) && t.length <= 40) return { status, extra: true };
  }
  return null;
}

/** The status label the ledger writes. */
export function ledgerStatus(status: Status): string {
  return statusLabel(status, 'zh');
}

/**
 * The deadline phrase of a line that is nothing but a deadline (“2024 年 9 月底前完成整改。”), without the
 * spaces of print, a label residue “：” or the full stop; null when the line is not one.
 */
export function deadlineOfLine(text: string): string | null {
  const t = text
    .replace(/^[:：\s]+/, '')
    .replace(/[。.]+$/, '')
    .trim();
  if (t === '' || Array.from(t).length > 30) return null;
  const phrase = t.replace(
    /(?<=[\u3000-\u9fff\uff00-\uffef0-9])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef0-9])/g,
    '',
  );
  const result = parseDeadline(phrase);
  if (!result.ok && result.error.code !== 'deadline.no-year' && result.error.code !== 'deadline.no-such-date')
    return null;
  if (!result.ok && !/\d|[〇零一二三四五六七八九十]月/.test(cleanDeadlineText(phrase))) return null;
  return phrase;
}
