// Round trip: a random ledger written as a notice by the notice builder (its text, paragraph by paragraph)
// and imported back gives the same ledger, the same narrative, and figures that agree with the rows.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  buildNotice,
  DEFAULT_SETTINGS,
  layoutNotice,
  paragraphText,
  parseLedger,
  type Settings,
  textWidthChars,
} from '../../src/core';
import { importDocument, importedLedgerGrid, type SourceParagraph } from '../../src/core/import';

// Characters a clerk's text is made of, without digits, Chinese numerals and brackets that would start a
// heading, and without the status words (已, 正, 未, 长, 持, 完) a sentence could open with.
const POOL = Array.from(
  '党组织建设学习教育管理制度落实工作责任监督检查干部人才文艺创作活动资金项目会议记录档案合同财务经费规范程序审核批准服务群众基层调研宣传思想理论政治纪律作风廉洁考核评价培训指导协会单位部门机关支部委员书记主席成员领导班子民主生活市县区镇村社的了在对和与及等不够较少差距问题',
);
const phrase = (min: number, max: number) =>
  fc.array(fc.constantFrom(...POOL), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const sentence = phrase(6, 30).map((s) => `${s}。`);
/** One or two lines; a cell's line breaks print as paragraphs and come back as line breaks. */
const text = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.option(sentence, { nil: undefined }))
  .map(([a, b]) => (b ? `${a.join('')}\n${b}` : a.join('')));
const measures = fc.oneof(
  text,
  fc.tuple(phrase(6, 20), phrase(6, 20)).map(([a, b]) => `一是${a}。二是${b}。`),
);
const DEADLINES = [
  '2024年9月底前完成整改',
  '2024年10月前完成整改',
  '2024年12月',
  '2024年底前',
  '2025年上半年',
  '2024年第三季度',
  '立行立改',
  '2024年9月30日前完成整改',
];
const LEADS = ['党组书记', '党组副书记', '分管财务领导', ''];
const DEPARTMENTS = ['办公室', '财务室', '组织联络部', '机关党支部', ''];

interface Row {
  source: string;
  problem: string;
  measures: string;
  lead: string;
  department: string;
  deadline: string;
  status: string;
  longTerm: boolean;
  longTermMeasures: string;
  longTermDeadline: string;
}

const row: fc.Arbitrary<Row> = fc
  .record({
    source: fc.constantFrom('巡察反馈', '巡察反馈', '市委书记点人点事'),
    problem: text,
    measures,
    lead: fc.constantFrom(...LEADS),
    department: fc.constantFrom(...DEPARTMENTS),
    deadline: fc.constantFrom(...DEADLINES),
    status: fc.constantFrom('已完成', '正在整改', '未完成', '长期坚持'),
    longTerm: fc.boolean(),
    longTermMeasures: text,
    longTermDeadline: fc.constantFrom('', ...DEADLINES),
  })
  .map((r) => {
    // A problem whose status is 长期坚持 is printed in section 四, which makes it long-term on the way back.
    const longTerm = r.longTerm || r.status === '长期坚持';
    return {
      ...r,
      longTerm,
      longTermMeasures: longTerm ? r.longTermMeasures : '',
      // 四 prints 整改时限 where 长期举措时限 is blank: the same phrase twice is kept once.
      longTermDeadline: longTerm && r.longTermDeadline !== r.deadline ? r.longTermDeadline : '',
    };
  });

/** A ledger in the notice's own order: categories numbered as printed, 编号 from that numbering. */
const ledger = fc.array(fc.tuple(phrase(4, 14), fc.array(row, { minLength: 1, maxLength: 4 })), {
  minLength: 1,
  maxLength: 4,
});

const HEADER = [
  '编号',
  '问题类别',
  '问题来源',
  '问题描述',
  '整改措施',
  '牵头领导',
  '责任科室',
  '整改时限',
  '整改状态',
  '长期坚持',
  '长期举措',
  '长期举措时限',
];

function grid(categories: [string, Row[]][]): string[][] {
  const out = [HEADER];
  categories.forEach(([title, rows], c) => {
    rows.forEach((r, k) => {
      out.push([
        rows.length === 1 ? `${c + 1}` : `${c + 1}-${k + 1}`,
        `${c + 1}. ${title}`,
        r.source,
        r.problem,
        r.measures,
        r.lead,
        r.department,
        r.deadline,
        r.status,
        r.longTerm ? '是' : '',
        r.longTermMeasures,
        r.longTermDeadline,
      ]);
    });
  });
  return out;
}

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  issuer: '中共某某局党组',
  inspectedUnit: '某某局党组',
  inspectionGroup: '市委第一巡察组',
  deployingOrgan: '市委',
  inspectionStart: '2024-04-10',
  inspectionEnd: '2024-05-11',
  feedbackDate: '2024-07-10',
  contactPhone: '0812—5503651',
  showResponsible: true,
};

/** The notice as a reader of the Doc or .docx sees it: one paragraph each, bold where all its runs are. */
function noticeParagraphs(cells: string[][], narrative: string[][]): SourceParagraph[] {
  const parsed = parseLedger(cells, { asOf: '2024-10-30' });
  if (!parsed.ledger) throw new Error('the generated ledger does not parse');
  const { notice } = buildNotice({
    problems: parsed.ledger.problems,
    settings: SETTINGS,
    asOf: '2024-10-30',
    narrative,
  });
  return layoutNotice(notice).map((p) => ({
    text: paragraphText(p),
    bold: p.runs.every((r) => r.bold || r.text.trim() === ''),
  }));
}

describe('import round trip: ledger → notice text → ledger', () => {
  it('gives back the same rows, narrative and figures for any ledger in the notice’s order', () => {
    fc.assert(
      fc.property(
        ledger,
        fc.array(sentence, { minLength: 1, maxLength: 3 }),
        fc.array(sentence, { minLength: 1, maxLength: 3 }),
        (categories, opening, closing) => {
          const cells = grid(categories);
          const narrative = [
            ['章节', '段落'],
            ...opening.map((t) => ['党组及主要负责人组织整改落实情况', t]),
            ...closing.map((t) => ['下一步整改工作安排', t]),
          ];
          const result = importDocument(noticeParagraphs(cells, narrative), { layout: 'paragraphs' });
          const back = importedLedgerGrid(result.problems);
          const columns = HEADER.map((h) => back[0].indexOf(h));
          expect(back.map((r) => columns.map((i) => r[i]))).toEqual(cells);
          expect(result.narrative.map((n) => [n.section, n.text])).toEqual(narrative.slice(1));
          // The printed summary sentence agrees with the rows it was computed from, and nothing is unsure.
          expect(result.printedFigures).not.toBeNull();
          expect(result.findings).toEqual([]);
          // Left for 设置: the title (one paragraph a printed line) and the opening, the summary sentence, the
          // contact paragraph and the signature.
          const reasons = result.unplaced.map((u) => u.reason);
          expect(reasons.slice(-3)).toEqual(['summary', 'supervision', 'signature']);
          expect(reasons.slice(0, -3).every((r) => r === 'frontMatter')).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** A paragraph as a PDF's text layer gives it: printed lines of at most 26 characters, the first indented 2. */
function wrap(text: string, width = 26): string[] {
  const out: string[] = [];
  let line = '';
  let room = width - 2;
  for (const ch of text) {
    if (textWidthChars(line + ch) > room) {
      out.push(line);
      line = '';
      room = width;
    }
    line += ch;
  }
  if (line !== '') out.push(line);
  return out;
}

describe('import round trip through a wrapped page (a PDF of the notice, labels kept)', () => {
  it('gives back the same rows when every paragraph is broken into printed lines', () => {
    const oneLine = (r: Row): Row => ({
      ...r,
      problem: r.problem.replace(/\n/g, ''),
      measures: r.measures.replace(/\n/g, ''),
      longTermMeasures: r.longTermMeasures.replace(/\n/g, ''),
    });
    fc.assert(
      fc.property(ledger, (categories) => {
        const cells = grid(categories.map(([t, rows]) => [t, rows.map(oneLine)]));
        const lines = noticeParagraphs(cells, []).flatMap((p) => wrap(p.text).map((text) => ({ text })));
        const result = importDocument(lines, { layout: 'lines' });
        const back = importedLedgerGrid(result.problems);
        const columns = HEADER.map((h) => back[0].indexOf(h));
        expect(back.map((r) => columns.map((i) => r[i]))).toEqual(cells);
        expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
