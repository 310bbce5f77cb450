// The page's language and words: the catalogue's sidebar table, in the language the server sends.

import { type Locale, localeOf } from '../../../core/locale';
import { say } from '../../../core/messages/bilingual';
import { commonMessages } from '../../../core/messages/common';
import { type FillArgs, type FixedIds, isOwnKey, textIn } from '../../../core/messages/placeholders';
import { type SidebarMessageId, sidebarMessages } from '../../../core/messages/sidebar';

type Messages = typeof sidebarMessages;

/** Ids of texts with no placeholder: the ones markup names in data-t and tiles, buttons and buckets use. */
export type FixedText = FixedIds<Messages>;

let locale: Locale = 'zh';

/** The language the dashboard last said (Chinese until it answers). */
export function pageLocale(): Locale {
  return locale;
}

/** Takes the settings' language from the server: English only when it says so. */
export function setPageLocale(value: string): void {
  locale = localeOf(value);
}

/** A text in the page's language, with its {name} placeholders filled. */
export function t<K extends SidebarMessageId>(key: K, ...args: FillArgs<Messages[K]>): string {
  return textIn(sidebarMessages, locale, key, ...args);
}

function isFixedText(key: string): key is FixedText {
  return isOwnKey(sidebarMessages, key) && !/\{\w+\}/.test(sidebarMessages[key].zh);
}

/** Puts the texts into the markup's data-t elements and the document's language and title. */
export function applyStrings(): void {
  document.documentElement.lang = say(locale, commonMessages.documentLang);
  for (const node of Array.from(document.querySelectorAll('[data-t]'))) {
    const key = node.getAttribute('data-t') ?? '';
    // The template's keys are checked by a test; an unknown one shows as itself rather than vanishing.
    node.textContent = isFixedText(key) ? t(key) : key;
  }
  document.title = t('title');
}
