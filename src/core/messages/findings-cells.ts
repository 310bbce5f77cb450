// Findings on one ledger cell: what a clerk typed that cannot be read, or that contradicts the row.
import { type CalendarDate, chineseDate, englishDate } from '../dates';
import { type Field, fieldLabel } from '../fields';
import { shorten } from '../text';
import { messages } from './bilingual';

const zhLabel = (field: Field) => fieldLabel(field, 'zh');
const enLabel = (field: Field) => fieldLabel(field, 'en');

interface UnreadableDay {
  field: Field;
  text: string;
  outOfRange: boolean;
}

function unreadableDay({ field, text, outOfRange }: UnreadableDay) {
  const zh = zhLabel(field);
  const en = enLabel(field);
  return outOfRange
    ? {
        zh: `${zh}“${text}”的年份超出范围；年份应在1900–2999年之间，请核对`,
        en: `${en} "${text}" has a year out of range; years must be 1900–2999`,
      }
    : {
        zh: `${zh}“${text}”无法识别；请写成 2024-09-30 或 2024年9月30日`,
        en: `${en} "${text}" is not a date; write 2024-09-30`,
      };
}

export const cellFindings = /* @__PURE__ (unused tables drop out of a bundle) */ messages({
  'cell.formula-uncached'({ field }: { field: Field }) {
    return {
      zh: `${zhLabel(field)}是公式，但文件中没有保存它的计算结果，按空白处理；请在 Excel 或 WPS 中打开并保存后再运行`,
      en: `${enLabel(field)} is a formula whose result the file does not hold, so it reads as blank; open and save the file in Excel or WPS, then run again`,
    };
  },
  'cell.unreadable'({ field }: { field: Field }) {
    return {
      zh: `${zhLabel(field)}的值无法读取（无效的日期或数字）；请重新填写`,
      en: `${enLabel(field)} holds a value that cannot be read (an invalid date or number); type it again`,
    };
  },
  'cell.formula-error'({ field, error }: { field: Field; error: string }) {
    return {
      zh: `${zhLabel(field)}是公式错误值 ${error}；请修正公式或改填内容`,
      en: `${enLabel(field)} holds the formula error ${error}; fix the formula or type the value`,
    };
  },
  'cell.required'({ field }: { field: Field }) {
    return {
      zh: `未填${zhLabel(field)}`,
      en: `${enLabel(field)} is empty`,
    };
  },
  /** `codes` are code point names (U+202E); `bidi` says whether one of them changes the text's direction. */
  'cell.hidden-characters'({ codes, bidi }: { codes: string[]; bidi: boolean }) {
    return {
      zh: `单元格含有看不见的${bidi ? '文字方向控制' : '零宽'}字符（${codes.join('、')}），屏幕上显示的文字可能与实际内容不同；请删除后重新输入该处文字（通报和提醒邮件中已略去这些字符）`,
      en: `the cell holds invisible ${bidi ? 'text-direction' : 'zero-width'} characters (${codes.join(', ')}), so what it shows may differ from what it says; delete them and retype that text (the notice and reminder mails leave them out)`,
    };
  },
  'cell.unstorable'({ code }: { code: string }) {
    return {
      zh: `单元格含有 .xlsx 无法保存的字符（${code}），着色副本中该字符被略去；请删除该字符`,
      en: `the cell holds a character .xlsx cannot store (${code}); the coloured copy leaves it out; delete it`,
    };
  },
  'email.malformed'({ addresses }: { addresses: string[] }) {
    return {
      zh: `邮箱地址格式不正确：${addresses.join('、')}（多个地址用分号隔开）`,
      en: `Malformed e-mail address: ${addresses.join(', ')} (separate several with semicolons)`,
    };
  },
  'status.unknown'({ text }: { text: string }) {
    return {
      zh: `整改状态“${text}”无法识别；可填：已完成（已整改、已销号）、正在整改（整改中、推进中）、未完成、长期坚持`,
      en: `Status "${text}" is not recognised; use Done, In progress, Not done or Long-term`,
    };
  },
  'longterm.unknown'({ text }: { text: string }) {
    return {
      zh: `长期坚持应填“是”或“否”，“${text}”按“否”处理`,
      en: `Long-term should be yes or no; "${text}" is read as no`,
    };
  },
  'recovered.invalid'({ text }: { text: string }) {
    return {
      zh: `追赃挽损“${text}”不是有效金额；请填写不小于 0 的数字，单位万元，如 0.02`,
      en: `Recovered "${text}" is not an amount; write a number of at least 0, in 10k CNY, e.g. 0.02`,
    };
  },
  'id.duplicate'({ id, firstRow }: { id: string; firstRow: number }) {
    return {
      zh: `编号“${id}”与第${firstRow}行重复；编号应唯一`,
      en: `ID "${id}" repeats row ${firstRow}; each ID must be unique`,
    };
  },
  /** The problem text is quoted shortened to what each language's line has room for. */
  'problem.duplicate'({ firstRow, problem }: { firstRow: number; problem: string }) {
    return {
      zh: `问题描述与第${firstRow}行相同：“${shorten(problem, 20)}”`,
      en: `The problem text repeats row ${firstRow}: "${shorten(problem, 40)}"`,
    };
  },
  'done.no-date': {
    zh: '整改状态为“已完成”，但未填完成日期',
    en: 'The status is Done but the done date is empty',
  },
  'done.future'({ date, asOf }: { date: CalendarDate; asOf: CalendarDate }) {
    return {
      zh: `完成日期${chineseDate(date)}晚于统计截止日期${chineseDate(asOf)}；请核对完成日期`,
      en: `The done date ${englishDate(date)} is after the as-of date ${englishDate(asOf)}; check the done date`,
    };
  },
  'done.date-without-done': {
    zh: '已填完成日期，但整改状态不是“已完成”',
    en: 'A done date is filled in but the status is not Done',
  },
  /** A cell that must name one day (完成日期, 审核日期) does not; `outOfRange` when its year is no ledger's. */
  'done.unreadable': unreadableDay,
  'closure.unreadable': unreadableDay,
  'extension.unreadable'({ text }: { text: string }) {
    return {
      zh: `延期至“${text}”不是日期；请写成 2024-12-31 或 2024年12月底前`,
      en: `Extended to "${text}" is not a date; write 2024-12-31`,
    };
  },
});
