// The findings catalogue: every code a ledger or 设置 finding can carry, its parameters, and its text in both languages.
import type { Locale } from '../locale';
import { type Coded, codedText, type ParamsOf } from './coded';
import { cellFindings } from './findings-cells';
import { deadlineFindings } from './findings-deadline';
import { ledgerFindings } from './findings-ledger';
import { settingsFindings } from './findings-settings';

/**
 * One table keyed by code. The codes are the rule names the CLI's JSON has always carried
 * ("deadline.unreadable"), so they stay stable for scripts that read it. The document importer's findings
 * have their own table (findings-import.ts): the add-on's bundle renders ledger findings and must not carry them.
 */
export const FINDINGS = {
  ...ledgerFindings,
  ...cellFindings,
  ...deadlineFindings,
  ...settingsFindings,
};

type Catalogue = typeof FINDINGS;

/** Every code a finding may carry. */
export type FindingCode = keyof Catalogue;

/** The parameters the text of a code needs; a fixed text needs none. */
export type FindingParams<C extends FindingCode> = ParamsOf<Catalogue[C]>;

/** What a finding says, as data: its code and that code's parameters. */
export type FindingMessage = Coded<Catalogue>;

/** Builds a finding's message; with `params` typed by `code`, a wrong or missing parameter does not compile. */
export function findingMessage<C extends FindingCode>(
  code: C,
  ...params: FindingParams<C> extends Record<string, never> ? [] : [FindingParams<C>]
): Extract<FindingMessage, { code: C }>;
export function findingMessage(code: string, params: unknown = {}): unknown {
  return { code, params };
}

/** The finding's text in the reader's language: adapters call this where they show a finding. */
export function findingText(locale: Locale, finding: FindingMessage): string {
  return codedText(FINDINGS, locale, finding);
}
