// The two languages of user-facing text, and how a locale string picks one.

export type Locale = 'zh' | 'en';

/** Picks the language for a Google or system locale string ('zh_CN', 'en-US', 'en'). Chinese by default. */
export function localeOf(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^en\b|^en[-_]/i.test(tag.trim()) ? 'en' : 'zh';
}
