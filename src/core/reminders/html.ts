// HTML escaping for e-mail bodies: every ledger text goes through here before it reaches markup.

import { withoutHiddenCharacters } from '../hidden-chars';

export { escapeHtml } from '../html';

/** A link target only when it is an http(s) URL; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null): string | null {
  return url !== null && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

/** One line for a mail subject: no line breaks (header injection), no control characters. */
export function subjectLine(text: string, max = 150): string {
  const flat = withoutHiddenCharacters(text)
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
