// How the notice's builders record what they left out: the warning's id, its parameters, the row it is about.
import type { Locale } from '../locale';
import { type Bilingual, type Entry, say } from '../messages/bilingual';
import { noticeWarnings } from '../messages/notice';
import type { NoticeWarning } from './model';

type Table = typeof noticeWarnings;

/** A notice warning's id: its code is `notice.<id>`. */
export type WarningId = keyof Table;

/** The parameters a warning's message takes; none for a fixed message. */
type Params<K extends WarningId> = Table[K] extends (params: infer P) => Bilingual ? [params: P] : [];

/**
 * Records one warning by its catalogue id. A warning about a ledger row carries that row (`params.row`), so
 * the sidebar and the tests can trace it back; the id names the code, so the two cannot disagree.
 */
export type Warn = <K extends WarningId>(id: K, ...params: Params<K>) => void;

/** A Warn that renders each warning in `locale` and appends it to `warnings`. */
export function warnInto(warnings: NoticeWarning[], locale: Locale): Warn {
  return (id, ...params) => {
    const entry: Entry = noticeWarnings[id];
    const p = params[0] as { row?: number } | undefined;
    const message = say(locale, typeof entry === 'function' ? entry(p as never) : entry);
    const code = `notice.${id}`;
    warnings.push(p?.row === undefined ? { code, message } : { code, message, row: p.row });
  };
}
