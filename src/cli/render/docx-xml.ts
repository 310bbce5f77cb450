// XML text for WordprocessingML: escaping, and dropping the characters XML 1.0 cannot carry at all.

/**
 * XML 1.0 §2.2 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates. A ledger cell can
 * hold anything else (a pasted form feed, a vertical tab from Excel's Alt+Enter in old files, a lone
 * surrogate from a truncated emoji); Word refuses the whole file over one of them, so they are dropped.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/**
 * The run content for a piece of text: w:t with xml:space="preserve" (leading and trailing spaces are
 * text), a tab as w:tab and a line break as w:br, since WordprocessingML reads both as plain spaces in w:t.
 */
export function runContent(text: string): string {
  if (!/[\t\r\n]/.test(text)) return `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
  let out = '';
  for (const [i, line] of text.split(/\r\n|\r|\n/).entries()) {
    if (i > 0) out += '<w:br/>';
    for (const [j, piece] of line.split('\t').entries()) {
      if (j > 0) out += '<w:tab/>';
      if (piece !== '') out += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
    }
  }
  return out;
}

/** Full-width punctuation that may end a line (UAX #14 classes CL, CP, NS, EX). */
const CJK_STOP = '、，。：；！？）》」』】”';

const BREAK_AFTER_STOP = new RegExp(`([${CJK_STOP}])(?=[0-9A-Za-z])`, 'g');

/**
 * Zero-width spaces where a line may break but LibreOffice does not see it: after Chinese punctuation
 * before a number or a Latin word (“2022、2023年”, “邮箱：3910…”). Without them the whole number moves
 * down and justification stretches the line before it letter by letter. Numbers themselves stay whole
 * (GB/T 15835 5.1.4).
 */
export function withBreakOpportunities(text: string): string {
  return text.replace(BREAK_AFTER_STOP, '$1\u200b');
}

/** An e-mail address or a web address: long, unbreakable Latin text. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s，。；、）]+/g;

/** Splits text into plain pieces and addresses, in order (an address piece has address: true). */
export function splitAddresses(text: string): { text: string; address: boolean }[] {
  // Nearly every text has neither: skip the regex scan (a third of the body's time at 100,000 problems).
  if (!text.includes('@') && !text.includes('://')) return [{ text, address: false }];
  const out: { text: string; address: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    if (start > at) out.push({ text: text.slice(at, start), address: false });
    out.push({ text: m[0], address: true });
    at = start + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), address: false });
  return out;
}
