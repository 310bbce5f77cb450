// How the notice's builders record what they left out: a code, the text in the notice's language, the row.
import type { Locale } from '../locale';
import { type Bilingual, say } from '../messages/bilingual';
import type { NoticeWarning } from './model';

/** Records one warning; `row` is the ledger or 通报正文 row it is about, when there is one. */
export type Warn = (code: string, text: Bilingual, row?: number) => void;

/** A Warn that renders each warning in `locale` and appends it to `warnings`. */
export function warnInto(warnings: NoticeWarning[], locale: Locale): Warn {
  return (code, text, row) => {
    const message = say(locale, text);
    warnings.push(row === undefined ? { code, message } : { code, message, row });
  };
}
