// Findings on 整改时限 and 延期: a deadline that cannot be read, or reads as something a clerk should check.
import { type CalendarDate, chineseDate, englishDate, lastDayOfMonth } from '../dates';
import { type Bilingual, messages } from './bilingual';

const FORMS: Bilingual = {
  zh: '可写：2024-09-30、2024年9月30日、2024年9月底前、2024年第三季度、2024年底前、长期坚持 或 立行立改',
  en: 'write e.g. 2024-09-30, 30 September 2024, end of September 2024, Q3 2024, end of 2024, long-term or immediate',
};

/** A requested new deadline, and the original date deadline it would replace (null when that is not a date). */
interface ExtensionDates {
  extendedTo: CalendarDate;
  original: CalendarDate | null;
}

export const deadlineFindings = /* @__PURE__ (unused tables drop out of a bundle) */ messages({
  'deadline.invalid-date': {
    zh: `日期无效；请重新填写，${FORMS.zh}`,
    en: `the date is not valid; ${FORMS.en}`,
  },
  'deadline.bad-number'({ value }: { value: number }) {
    return {
      zh: `数字 ${value} 不是日期；${FORMS.zh}`,
      en: `the number ${value} is not a date; ${FORMS.en}`,
    };
  },
  'deadline.unreadable'({ text }: { text: string }) {
    return {
      zh: `“${text}”无法识别为整改时限；${FORMS.zh}`,
      en: `"${text}" is not a deadline; ${FORMS.en}`,
    };
  },
  /** `start` is the cell's opening words; `length` its characters; `max` the longest a deadline may be. */
  'deadline.too-long'({ start, length, max }: { start: string; length: number; max: number }) {
    return {
      zh: `整改时限“${start}”有${length}个字符，太长，不像一个时限（最多${max}个）；请只写时限，如“2024年9月底前”，说明写到备注`,
      en: `the deadline "${start}" is ${length} characters long, too long to be a deadline (at most ${max}); write only the deadline, e.g. 2024-09-30, and put notes in Remarks`,
    };
  },
  /** `example` is the cell with the ledger's year put in front (“2024年9月底前”). */
  'deadline.no-year'({ text, example }: { text: string; example: string }) {
    return {
      zh: `“${text}”没有写年份；请写上年份，如“${example}”`,
      en: `"${text}" has no year; add the year, e.g. "${example}"`,
    };
  },
  'deadline.range'({ text, end }: { text: string; end: CalendarDate }) {
    return {
      zh: `“${text}”是一个时间段，按结束日期${chineseDate(end)}计算；如另有所指，请只写一个日期`,
      en: `"${text}" is a period; it is read as its end, ${end}; if another date is meant, write that date alone`,
    };
  },
  /** “2024年10月前”: `year` and `month` as written, read as the day before that month began. */
  'deadline.before-month'({
    text,
    year,
    month,
    day,
  }: {
    text: string;
    year: number;
    month: number;
    day: CalendarDate;
  }) {
    return {
      zh: `“${text}”按字面理解为${month}月之前，即${chineseDate(day)}；如指${month}月底，请写“${year}年${month}月底前”`,
      en: `"${text}" reads as before month ${month}, that is ${day}; if the end of month ${month} is meant, write ${lastDayOfMonth(year, month)}`,
    };
  },
  'deadline.no-such-date'({ text }: { text: string }) {
    return {
      zh: `“${text}”不是存在的日期；请核对月份和日期`,
      en: `"${text}" is not a date that exists; check the month and day`,
    };
  },
  'deadline.year-range'({ text, first, last }: { text: string; first: number; last: number }) {
    return {
      zh: `“${text}”的年份超出范围；年份应在${first}–${last}年之间，请核对年份`,
      en: `"${text}" has a year out of range; years must be ${first}–${last}, check the year`,
    };
  },
  'extension.unapproved'({ extendedTo, original }: ExtensionDates) {
    const o = originalDeadline(original);
    return {
      zh: `延期至${chineseDate(extendedTo)}未填写延期批准，仍按${o.zh}计算`,
      en: `The extension to ${englishDate(extendedTo)} has no approval, so ${o.en} stands`,
    };
  },
  'extension.no-date'({ approval, original }: { approval: string; original: CalendarDate | null }) {
    const o = originalDeadline(original);
    return {
      zh: `已填延期批准“${approval}”，但未填延期至日期；仍按${o.zh}计算`,
      en: `An extension approval ("${approval}") is filled in but no new date; ${o.en} stands`,
    };
  },
  'extension.not-later'({ extendedTo, original }: ExtensionDates) {
    const o = originalDeadline(original);
    return {
      zh: `延期至${chineseDate(extendedTo)}不晚于${o.zh}；请核对日期`,
      en: `The extension to ${englishDate(extendedTo)} is not later than ${o.en}; check the date`,
    };
  },
});

/** “原整改时限（2024年9月30日）”: the deadline an unapproved extension leaves in force. */
function originalDeadline(date: CalendarDate | null): Bilingual {
  return date
    ? { zh: `原整改时限（${chineseDate(date)}）`, en: `the original deadline (${englishDate(date)})` }
    : { zh: '原整改时限', en: 'the original deadline' };
}
