// Findings as a clerk reads them: each with its catalogue text, so tests assert the words people see.
import { type Finding, type FindingMessage, findingText, type Locale } from '../../src/core';

export type Rendered<F extends FindingMessage = Finding> = F & { message: string };

/** Each finding with `message`, its text in the locale (Chinese unless a test asks for English). */
export function rendered<F extends FindingMessage>(
  findings: readonly F[],
  locale: Locale = 'zh',
): Rendered<F>[] {
  return findings.map((f) => ({ ...f, message: findingText(locale, f) }));
}
