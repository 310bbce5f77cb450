// The unit notice's text: its title, opening and closing paragraphs, field labels, and what it warns it left out.
import { type CalendarDate, chineseDate, chineseMonthDay, dateParts, englishDate } from '../dates';
import { type Bilingual, messages } from './bilingual';

// Entries with parameters are methods, not arrows: esbuild's keepNames wraps every arrow in a naming call
// (about 12 bytes each in build/Code.js, which has a budget), while a method is named by its key.

/** A ledger row a warning names: its sheet row and its 编号. */
export interface RowRef {
  row: number;
  id: string;
}

/** “第5行（A-3）…” / “Row 5 (A-3) …”: every warning about one problem starts the same way. */
function aboutRow(p: RowRef, zh: string, en: string): Bilingual {
  return { zh: `第${p.row}行（${p.id}）${zh}`, en: `Row ${p.row} (${p.id}) ${en}` };
}

/** The notice's own labels, and the punctuation it prints after them. */
export const noticeLabels = /* @__PURE__ */ messages({
  /** 整改进展: the block's status line (its other lines are headed by their ledger fields' labels). */
  progress: { zh: '整改进展', en: 'Progress' },
  /** After a label (整改措施：…) and a contact line's name. */
  colon: { zh: '：', en: ': ' },
  /** Ends a cell a clerk left without a stop, when the cell is not in Chinese script. */
  fullStop: { zh: '。', en: '.' },
  /** The category of problems whose 问题类别 is blank. */
  otherProblems: { zh: '其他问题', en: 'Other problems' },
  /** The 通报正文 sheet, as warnings name it. */
  narrativeSheet: { zh: '通报正文', en: 'Narrative' },
});

/** The notice's own sentences: the title, the opening paragraph, the supervision paragraph. */
export const noticeText = /* @__PURE__ */ messages({
  /** The title when 通报标题 is blank; `issuer` and `group` are trimmed and may be blank. */
  title({ issuer, group }: { issuer: string; group: string }) {
    return {
      zh: `${issuer}关于${group}巡察反馈意见集中整改进展情况的通报`,
      en: `${issuer ? `${issuer}: ` : ''}Progress of the rectification of the ${group || 'inspection'} findings`,
    };
  },
  /** “2024年4月10日至5月11日”: the end date drops the year (and month) it shares with the start. */
  inspectionDates({ start, end }: { start: CalendarDate; end?: CalendarDate }) {
    return {
      zh: chineseRange(start, end),
      en: end ? `from ${englishDate(start)} to ${englishDate(end)}` : `from ${englishDate(start)}`,
    };
  },
  /** The opening paragraph; `range` is inspectionDates in the notice's language, `year` the inspection's. */
  preamble(p: {
    organ: string;
    range: string | null;
    group: string;
    unit: string;
    feedback?: CalendarDate;
    year?: string;
  }) {
    const { organ, range, group, unit, feedback } = p;
    const feedbackZh = feedback
      ? `${feedback.slice(0, 4) === p.year ? chineseMonthDay(feedback) : chineseDate(feedback)}，`
      : '';
    return {
      zh:
        `${organ ? `根据${organ}统一部署，` : ''}${range ? `${range}，` : ''}${group}对${unit}进行了巡察。` +
        `${feedbackZh}${group}向${unit}反馈了巡察意见。` +
        '根据党务公开原则和巡察工作有关要求，现将反馈意见集中整改进展情况予以公布。',
      en: [
        `${organ ? `As deployed by ${organ}, ` : ''}${group} inspected ${unit}${range ? ` ${range}` : ''}.`,
        `${feedback ? `On ${englishDate(feedback)}, ` : ''}${group} handed its findings to ${unit}.`,
        'In line with the openness of Party affairs and the rules of inspection work, the progress of the rectification is published as follows.',
      ].join(' '),
    };
  },
  /** `lines` are the contact lines, each already “label：value” in the notice's language. */
  supervision({ lines }: { lines: string[] }) {
    return {
      zh: `欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。${lines.join('；')}。`,
      en: `Cadres and the public are welcome to supervise the rectification. Please send us your comments. ${lines.join('; ')}.`,
    };
  },
  phoneLabel: { zh: '联系方式', en: 'Phone' },
  addressLabel: { zh: '邮政地址', en: 'Address' },
  emailLabel: { zh: '电子邮箱', en: 'E-mail' },
  /** The contact lines' names in a warning that one is missing. */
  phoneName: { zh: '联系电话', en: 'phone' },
  addressName: { zh: '邮政地址', en: 'postal address' },
  emailName: { zh: '电子邮箱', en: 'e-mail' },
});

function chineseRange(start: CalendarDate, end?: CalendarDate): string {
  if (!end) return `${chineseDate(start)}起`;
  const a = dateParts(start);
  const b = dateParts(end);
  const tail =
    a.year !== b.year ? chineseDate(end) : a.month !== b.month ? chineseMonthDay(end) : `${b.day}日`;
  return `${chineseDate(start)}至${tail}`;
}

/** 一 or 五 left out: the 通报正文 sheet has no paragraphs for the section titled `title`. */
function noNarrative(title: string, part: string): Bilingual {
  return {
    zh: `通报正文中没有“${title}”的段落，第${part}部分已略去`,
    en: `The narrative has no paragraphs for "${title}"; that section was left out`,
  };
}

/** What the notice left out or filled in for itself, and why: one warning each. */
export const noticeWarnings = /* @__PURE__ */ messages({
  noIssuer: {
    zh: '设置中未填发文单位，标题中略去',
    en: 'No issuing body in the settings; the title leaves it out',
  },
  noPreamble: {
    zh: '设置中未填巡察组或被巡察单位，通报开头的说明段已略去',
    en: 'The inspection group or the inspected unit is blank in the settings; the opening paragraph was left out',
  },
  noOrgan: {
    zh: '设置中未填部署机关，开头略去“根据…统一部署”',
    en: 'No deploying organ in the settings; the opening omits it',
  },
  noInspectionDates: {
    zh: '设置中未填巡察开始日期，开头略去巡察时间',
    en: 'No inspection dates in the settings; the opening omits them',
  },
  noFeedbackDate: {
    zh: '设置中未填反馈日期，开头略去反馈时间',
    en: 'No feedback date in the settings; the opening omits it',
  },
  noSignature: {
    zh: '设置中未填发文单位，落款只有日期',
    en: 'No issuing body in the settings; the signature shows only the date',
  },
  noContact: {
    zh: '设置中未填联系电话、邮政地址和电子邮箱，通报末尾的监督段已略去',
    en: 'No contact lines in the settings; the supervision paragraph was left out',
  },
  partialContact({ missing }: { missing: Bilingual[] }) {
    return {
      zh: `设置中未填${missing.map((m) => m.zh).join('、')}，监督段中略去`,
      en: `No ${missing.map((m) => m.en).join(', ')} in the settings; the supervision paragraph omits it`,
    };
  },
  noLongTerm: {
    zh: '台账中没有长期坚持的问题，第四部分已略去',
    en: 'No long-term problems; that section was left out',
  },
  noSeparate({ source }: { source: string }) {
    return {
      zh: `没有问题来源为“${source}”的问题，第二部分已略去`,
      en: `No problem has the source "${source}"; that section was left out`,
    };
  },
  noMeasures(p: RowRef) {
    return aboutRow(p, '未填整改措施，通报中略去该行', 'has no measures; the line was left out');
  },
  noDeadline(p: RowRef) {
    return aboutRow(p, '未填整改时限，通报中略去该行', 'has no deadline; the line was left out');
  },
  noStatus(p: RowRef) {
    return aboutRow(
      p,
      '整改状态未填或无法识别，通报中略去整改进展',
      'has no readable status; progress was left out',
    );
  },
  noProblem(p: RowRef) {
    return aboutRow(
      p,
      '未填问题描述，通报中略去该问题',
      'has no problem text; the notice leaves that problem out',
    );
  },
  /** `other` is the heading the problem is listed under (其他问题). */
  noCategory(p: RowRef & { other: Bilingual }) {
    return aboutRow(p, `未填问题类别，列入“${p.other.zh}”`, `has no category; listed under "${p.other.en}"`);
  },
  noLongTermMeasures(p: RowRef) {
    return aboutRow(
      p,
      '未填长期举措，第四部分用其整改措施',
      'has no long-term measures; section 4 uses its measures',
    );
  },
  noLongTermDeadline(p: RowRef) {
    return aboutRow(
      p,
      '未填长期举措时限，第四部分用其整改时限',
      'has no long-term deadline; section 4 uses its deadline',
    );
  },
  noOpening({ title }: { title: string }) {
    return noNarrative(title, '一');
  },
  noClosing({ title }: { title: string }) {
    return noNarrative(title, '五');
  },
  /** Narrative written for 二 (`second`) or 四 whose section has no problems. */
  unplaced({ second }: { second: boolean }) {
    return {
      zh: `通报正文中有第${second ? '二' : '四'}部分的段落，但该部分没有问题，已略去`,
      en: `The narrative has paragraphs for section ${second ? 2 : 4}, which has no problems; they were left out`,
    };
  },
  /** A 章节 of the 通报正文 sheet that names no section. */
  unmatched({ sheet, row, name }: { sheet: string; row: number; name: string }) {
    return {
      zh: `${sheet}第${row}行：章节“${name}”对应不到通报的任何部分，已略去；请写成设置中的部分标题或“一”至“五”`,
      en: `${sheet} row ${row}: section "${name}" matches no part of the notice and was left out; use a section title from the settings or 1–5`,
    };
  },
});
