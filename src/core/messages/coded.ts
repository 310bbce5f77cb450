// Messages as data: a code from a table and that code's parameters, turned into text only where shown.

import type { Locale } from '../locale';
import { type Bilingual, type MessageTable, say } from './bilingual';

/** The parameters an entry's text needs; a fixed text needs none. */
export type ParamsOf<E> = E extends (params: infer P) => Bilingual ? P : Record<string, never>;

/** One message of a table as data: its code and that code's parameters (the compiler checks them per code). */
export type Coded<T extends MessageTable> = {
  [C in keyof T & string]: { code: C; params: ParamsOf<T[C]> };
}[keyof T & string];

/** The message's text in the reader's language. */
export function codedText<T extends MessageTable>(table: T, locale: Locale, message: Coded<T>): string {
  const entry = table[message.code];
  // A code outside the table cannot type-check; were one to arrive from untyped data, it shows as itself.
  if (entry === undefined) return message.code;
  return say(
    locale,
    typeof entry === 'function' ? (entry as (params: unknown) => Bilingual)(message.params) : entry,
  );
}
