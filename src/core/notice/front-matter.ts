// The notice's paragraphs made from 设置 alone: the title, the opening paragraph and the supervision paragraph.
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { noticeLabels, noticeText as T } from '../messages/notice';
import type { Settings } from '../settings';
import type { Warn } from './warnings';

/** 通报标题 when set; else the seed's title from 发文单位 (or 被巡察单位) and 巡察组. */
export function noticeTitle(s: Settings, locale: Locale, warn: Warn): string {
  if (s.noticeTitle.trim() !== '') return s.noticeTitle.trim();
  const issuer = s.issuer.trim() || s.inspectedUnit.trim();
  if (issuer === '') warn('noIssuer');
  return say(locale, T.title({ issuer, group: s.inspectionGroup.trim() }));
}

/**
 * The opening paragraph: who inspected whom, when, and when the findings were handed over. Each blank setting
 * leaves its clause out with a warning; without the group or the unit there is no paragraph.
 */
export function noticePreamble(s: Settings, locale: Locale, warn: Warn): string | null {
  const group = s.inspectionGroup.trim();
  const unit = s.inspectedUnit.trim();
  if (group === '' || unit === '') {
    warn('noPreamble');
    return null;
  }
  const organ = s.deployingOrgan.trim();
  if (organ === '') warn('noOrgan');
  const start = s.inspectionStart;
  const range = start ? say(locale, T.inspectionDates({ start, end: s.inspectionEnd })) : null;
  if (!range) warn('noInspectionDates');
  const feedback = s.feedbackDate;
  if (!feedback) warn('noFeedbackDate');
  const year = (s.inspectionEnd ?? s.inspectionStart)?.slice(0, 4);
  return say(locale, T.preamble({ organ, range, group, unit, feedback, year }));
}

/** The supervision paragraph with the contact lines that are set; null when none is. */
export function noticeSupervision(s: Settings, locale: Locale, warn: Warn): string | null {
  const parts = [
    { value: s.contactPhone, label: T.phoneLabel, name: T.phoneName },
    { value: s.postalAddress, label: T.addressLabel, name: T.addressName },
    { value: s.contactEmail, label: T.emailLabel, name: T.emailName },
  ];
  const present = parts.filter((p) => p.value.trim() !== '');
  const missing = parts.filter((p) => p.value.trim() === '').map((p) => p.name);
  if (present.length === 0) {
    warn('noContact');
    return null;
  }
  if (missing.length > 0) warn('partialContact', { missing });
  const colon = say(locale, noticeLabels.colon);
  const lines = present.map((p) => `${say(locale, p.label)}${colon}${p.value.trim()}`);
  return say(locale, T.supervision({ lines }));
}
