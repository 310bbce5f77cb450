// A text in both languages and the one function that picks a language: every user-facing string passes here.
import type { Locale } from '../locale';

/** One message in both languages. Chinese is the default language; English is shown where the locale is English. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A catalogue entry: a fixed text, or a function of the message's parameters. */
export type Entry = Bilingual | ((params: never) => Bilingual);

/** A table of messages, one per id. Each file in src/core/messages exports tables built with `messages`. */
export type MessageTable = Record<string, Entry>;

/**
 * Declares a message table and keeps its exact type, so `table.someId` is checked by the compiler and a
 * function entry's parameters are typed. The table is the only place a zh/en pair may be written.
 */
export function messages<const T extends MessageTable>(table: T): T {
  return table;
}

/** The text of a message in the locale. */
export function say(locale: Locale, text: Bilingual): string {
  return locale === 'en' ? text.en : text.zh;
}
