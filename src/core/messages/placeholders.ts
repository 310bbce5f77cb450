// Texts with {name} placeholders, for a browser page that carries its whole table and fills values in itself.
import type { Locale } from '../locale';
import { hasOwn } from '../own';
import { type Bilingual, say } from './bilingual';

/** The names in a text's {name} placeholders, as a union of string literal types. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The placeholders of a message in either language: both languages must be given every value. */
type NamesOf<T extends Bilingual> = Placeholders<T['zh']> | Placeholders<T['en']>;

/**
 * The arguments after a message's id: none for a fixed text, else one object with a value per placeholder,
 * so a missing or misspelt value is a compile error at the call.
 */
export type FillArgs<T extends Bilingual> = [NamesOf<T>] extends [never]
  ? []
  : [params: { readonly [K in NamesOf<T>]: string | number }];

/** True when `key` is one of the table's own ids (never an inherited name such as "constructor"). */
export function isOwnKey<T extends object>(table: T, key: PropertyKey): key is keyof T {
  return hasOwn(table, key);
}

/**
 * The text with each {name} replaced by its value, in one pass: a value that itself contains "{x}" (a sheet
 * name, a cell's text) is never read as a placeholder. An unknown name stays as written, so it shows.
 */
export function fill(text: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    isOwnKey(params, name) ? String(params[name]) : whole,
  );
}

/** Ids of a table's texts without placeholders: the ones a template can name in data-t. */
export type FixedIds<T extends Readonly<Record<string, Bilingual>>> = {
  [K in keyof T]: FillArgs<T[K]> extends [] ? K : never;
}[keyof T];

/** A table's text in the locale, with its {name} placeholders filled (the pages' t()). */
export function textIn<T extends Readonly<Record<string, Bilingual>>, K extends keyof T & string>(
  table: T,
  locale: Locale,
  key: K,
  ...args: FillArgs<T[K]>
): string {
  const text: Bilingual | undefined = table[key];
  // K is one of the table's ids, so text is there; were it not, the id shows rather than nothing.
  return text ? fill(say(locale, text), args[0]) : key;
}
