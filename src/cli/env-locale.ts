// The terminal's language, in a module of its own so `rectify --help` loads nothing else to find it.
import type { Locale } from '../core';

/** English when the terminal's locale is English (en_US…); Chinese otherwise. */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale | null {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en[_-]/i.test(tag) ? 'en' : null;
}
