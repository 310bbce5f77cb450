// The notice model: the seed's structure from the example ledger, computed figures, and parts left out with warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  buildNotice,
  categoryTitle,
  layoutNotice,
  noticeItems,
  paragraphText,
  parseLedger,
  type Settings,
} from '../../src/core';
import { grid, row } from './grid';
import { exampleInput } from './notice-example';

const text = (input = exampleInput()) =>
  layoutNotice(buildNotice(input).notice).map(paragraphText).join('\n');

describe('notice from the example ledger (as of 2024-10-30)', () => {
  const { notice, warnings } = buildNotice(exampleInput());

  test('has the five sections of the seed, numbered 一 to 五, and nothing missing', () => {
    expect(notice.sections.map((s) => `${s.marker}${s.title}`)).toEqual([
      '一、党组及主要负责人组织整改落实情况',
      '二、市委书记点人点事问题整改情况',
      '三、集中整改期内已完成的整改事项',
      '四、对长期整改任务采取的重要举措和取得的阶段性成效',
      '五、下一步整改工作安排',
    ]);
    expect(warnings).toEqual([]);
  });

  test('三 lists 34 problem blocks in 12 categories, numbered 1. to 12. with the ledger’s own numbers removed', () => {
    const progress = notice.sections[2];
    expect(progress.groups).toHaveLength(12);
    expect(progress.groups.flatMap((g) => g.items)).toHaveLength(34);
    expect(progress.groups[0]).toMatchObject({
      marker: '1.',
      title: '学习贯彻习近平新时代中国特色社会主义思想',
    });
    expect(progress.groups[10].title).toBe('全面从严治党“两个责任”');
    expect(progress.groups[1].items.map((i) => i.marker)).toEqual(['（1）', '（2）', '（3）']);
    // A category with one problem prints it unnumbered, as the seed does for 1. and 5.
    expect(progress.groups[0].items[0].marker).toBeNull();
  });

  test('三 opens with the computed sentence (34/15/18/1/3), not the published 37/16/20/1/4', () => {
    const summary = notice.sections[2].summary ?? '';
    expect(summary).toMatch(
      /^截至10月30日，巡察反馈的34个具体问题，已完成整改15个，正在整改18个，未完成1个，长期坚持3个/,
    );
    expect(summary).not.toMatch(/37个|16个|20个|长期坚持4个/);
  });

  test('problem 4-2 (市委书记点人点事) is reported in 二 and again in its category in 三', () => {
    expect(notice.sections[1].groups[0].items.map((i) => i.id)).toEqual(['4-2']);
    expect(notice.sections[2].groups[3].items.map((i) => i.id)).toContain('4-2');
  });

  test('四 holds the three long-term tasks with their 长期举措 and progress 长期坚持', () => {
    const items = notice.sections[3].groups[0].items;
    expect(items.map((i) => i.id)).toEqual(['1', '4-1', '9-1']);
    expect(items.map((i) => i.marker)).toEqual(['1.', '2.', '3.']);
    expect(items[2].fields).toEqual([
      { label: '整改措施', text: '已印发《中共攀枝花市文联党组关于2024年党建工作要点的通知》。' },
      { label: '整改时限', text: '2024年9月30日前完成整改。' },
      { label: '整改进展', text: '长期坚持。' },
    ]);
  });

  test('四 prints each long-term task’s own deadline (长期举措时限) exactly as the published notice does', () => {
    // The seed's section 四, as its PDF text (spaces between digits and 年/月 are the PDF's, not the text's).
    const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed-notice.txt'), 'utf8');
    const four = seed.slice(seed.indexOf('四、对长期整改任务'), seed.indexOf('五、下一步整改工作安排'));
    const published = [...four.matchAll(/\d{4}\s*年[^。]*?前完成整改。/g)].map((m) =>
      m[0].replace(/\s+/g, ''),
    );
    expect(published).toEqual([
      '2024年12月底前完成整改。',
      '2024年12月底前完成整改。',
      '2024年9月30日前完成整改。',
    ]);
    const printed = notice.sections[3].groups[0].items.map(
      (i) => i.fields.find((f) => f.label === '整改时限')?.text,
    );
    expect(printed).toEqual(published);
    // 三 keeps each problem's own 整改时限: problem 1 is due at the end of September there.
    const inThree = notice.sections[2].groups[0].items[0];
    expect(inThree.fields[1].text).toBe('2024年9月底前完成整改。');
  });

  test('四 falls back to 整改时限, with a warning, when the 长期举措时限 cell is blank', () => {
    const input = exampleInput();
    const task = input.problems.find((p) => p.id === '4-1')!;
    task.longTermDeadline = '';
    const { notice: n, warnings: w } = buildNotice(input);
    const item = n.sections[3].groups[0].items.find((i) => i.id === '4-1')!;
    expect(item.fields[1].text).toBe(`${task.deadlineText}。`);
    expect(w.filter((x) => x.code === 'notice.noLongTermDeadline').map((x) => x.row)).toEqual([task.row]);
  });

  test('every item has 整改措施 / 整改时限 / 整改进展, the deadline printed as written', () => {
    const item = noticeItems(notice).find((i) => i.id === '9-3')!;
    expect(item.fields.map((f) => f.label)).toEqual(['整改措施', '整改时限', '整改进展']);
    expect(item.fields[1].text).toBe('2024年12月。');
    expect(item.fields[2].text).toBe('未完成。');
  });

  test('the preamble, supervision paragraph and signature read as in the seed', () => {
    expect(notice.title).toBe('中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报');
    expect(notice.preamble).toBe(
      '根据市委统一部署，2024年4月10日至5月11日，市委第一巡察组对市文联党组进行了巡察。7月10日，市委第一巡察组向市文联党组反馈了巡察意见。根据党务公开原则和巡察工作有关要求，现将反馈意见集中整改进展情况予以公布。',
    );
    expect(notice.supervision).toBe(
      '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：0812—5503651；邮政地址：攀枝花市东区公园路 6 号；电子邮箱：391024768@qq.com。',
    );
    expect(notice.issuer).toBe('中共攀枝花市文联党组');
    expect(notice.dateText).toBe('2024年12月20日');
  });

  test('一 and 五 carry the 通报正文 paragraphs (first 章节 → 一, last → 五)', () => {
    expect(notice.sections[0].paragraphs).toHaveLength(5);
    expect(notice.sections[0].paragraphs[0]).toMatch(/^市文联党组全面履行巡察整改主题责任/);
    expect(notice.sections[4].paragraphs).toHaveLength(3);
    expect(notice.sections[4].paragraphs[2]).toMatch(/^发扬钉钉子精神/);
  });

  test('building the notice leaves the problems exactly as typed', () => {
    const input = exampleInput();
    const before = JSON.stringify(input.problems);
    buildNotice(input);
    expect(JSON.stringify(input.problems)).toBe(before);
  });
});

describe('parts that are missing are left out with a warning, never a placeholder', () => {
  const bare = (settings: Partial<Settings> = {}) => {
    const base = exampleInput();
    return { ...base, settings: { ...base.settings, ...settings } };
  };

  test('no narrative: 一 and 五 are left out, the rest renumbered 一 to 三', () => {
    const { notice, warnings } = buildNotice({ ...bare(), narrative: null });
    expect(notice.sections.map((s) => s.marker + s.title)).toEqual([
      '一、市委书记点人点事问题整改情况',
      '二、集中整改期内已完成的整改事项',
      '三、对长期整改任务采取的重要举措和取得的阶段性成效',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['notice.noOpening', 'notice.noClosing']);
    expect(warnings[0].message).toContain('党组及主要负责人组织整改落实情况');
  });

  test('no contact lines: the supervision paragraph is left out', () => {
    const input = bare({ contactPhone: '', postalAddress: '', contactEmail: '' });
    const { notice, warnings } = buildNotice(input);
    expect(notice.supervision).toBeNull();
    expect(warnings.map((w) => w.code)).toContain('notice.noContact');
    expect(text(input)).not.toContain('欢迎广大干部群众');
  });

  test('one contact line missing: only the others are printed', () => {
    const { notice, warnings } = buildNotice(bare({ contactEmail: '' }));
    expect(notice.supervision).toMatch(/邮政地址：攀枝花市东区公园路 6 号。$/);
    expect(warnings.find((w) => w.code === 'notice.partialContact')?.message).toContain('电子邮箱');
  });

  test('blank settings: no placeholder, no “undefined”, each gap named in a warning', () => {
    const blank = bare({
      issuer: '',
      inspectedUnit: '',
      inspectionGroup: '',
      deployingOrgan: '',
      inspectionStart: undefined,
      inspectionEnd: undefined,
      feedbackDate: undefined,
      contactPhone: '',
      postalAddress: '',
      contactEmail: '',
    });
    const printed = text({ ...blank, narrative: null });
    expect(printed).not.toMatch(/undefined|null|\{\{|××|…/);
    const { notice, warnings } = buildNotice(blank);
    expect(notice.preamble).toBeNull();
    expect(notice.issuer).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining([
        'notice.noIssuer',
        'notice.noPreamble',
        'notice.noContact',
        'notice.noSignature',
      ]),
    );
  });

  test('a row without measures or deadline loses that line, and the warning names the row', () => {
    const asOf = '2024-10-30';
    const { ledger } = parseLedger(grid(row({ 整改措施: '', 整改时限: '' }, 1), row({}, 2)), { asOf });
    const base = exampleInput();
    const { notice, warnings } = buildNotice({ ...base, problems: ledger!.problems });
    const first = noticeItems(notice)[0];
    expect(first.fields.map((f) => f.label)).toEqual(['整改进展']);
    expect(warnings.filter((w) => w.row === 2).map((w) => w.code)).toEqual([
      'notice.noMeasures',
      'notice.noDeadline',
    ]);
  });

  test('no problem from the separate source: 二 is left out and says why', () => {
    const { notice, warnings } = buildNotice(bare({ separateSource: '专项巡察' }));
    expect(notice.sections.map((s) => s.kind)).toEqual(['opening', 'progress', 'longTerm', 'closing']);
    expect(warnings[0].message).toContain('专项巡察');
  });
});

describe('options from 设置', () => {
  test('listedStatuses limits 三 to those statuses; the sentence still counts every problem', () => {
    const base = exampleInput();
    const { notice } = buildNotice({ ...base, settings: { ...base.settings, listedStatuses: ['done'] } });
    const progress = notice.sections.find((s) => s.kind === 'progress')!;
    expect(progress.groups.flatMap((g) => g.items)).toHaveLength(15);
    expect(progress.groups.every((g) => g.items.every((i) => i.fields.at(-1)?.text === '已完成。'))).toBe(
      true,
    );
    expect(progress.summary).toContain('34个具体问题');
  });

  test('showResponsible prints 牵头领导 and 责任科室 under each problem', () => {
    const base = exampleInput();
    const { notice } = buildNotice({ ...base, settings: { ...base.settings, showResponsible: true } });
    const item = noticeItems(notice).find((i) => i.id === '2-1')!;
    expect(item.fields.slice(3)).toEqual([
      { label: '牵头领导', text: '党组副书记' },
      { label: '责任科室', text: '组织联络部' },
    ]);
  });

  test('section titles and the notice title come from the settings', () => {
    const base = exampleInput();
    const { notice } = buildNotice({
      ...base,
      settings: { ...base.settings, section3Title: '整改落实情况', noticeTitle: '关于整改进展的通报' },
    });
    expect(notice.title).toBe('关于整改进展的通报');
    expect(notice.sections[2].title).toBe('整改落实情况');
  });

  test('dates across years keep the year; the notice date falls back to the as-of date', () => {
    const base = exampleInput();
    const { notice } = buildNotice({
      ...base,
      settings: {
        ...base.settings,
        inspectionStart: '2024-11-20',
        inspectionEnd: '2025-01-10',
        feedbackDate: '2025-03-01',
        noticeDate: undefined,
      },
    });
    expect(notice.preamble).toContain('2024年11月20日至2025年1月10日，');
    expect(notice.preamble).toContain('。3月1日，市委第一巡察组');
    expect(notice.dateText).toBe('2024年10月30日');
  });
});

describe('item blocks', () => {
  test('a note on the deadline line is printed right after the deadline (for approved extensions)', () => {
    const { notice } = buildNotice(exampleInput());
    const item = noticeItems(notice).find((i) => i.id === '10-1')!;
    item.fields[1].note = '（经批准延期至2025年3月31日）';
    const lines = layoutNotice(notice).map(paragraphText);
    expect(lines).toContain('整改时限：2024年9月底前完成整改。（经批准延期至2025年3月31日）');
  });

  test('an approved extension prints after the written deadline; an unapproved one does not', () => {
    const input = exampleInput();
    const approved = input.problems.find((p) => p.id === '10-1')!;
    approved.extendedTo = '2024-12-31';
    approved.extensionApproval = '党组会纪要〔2024〕12号';
    const unapproved = input.problems.find((p) => p.id === '10-2')!;
    unapproved.extendedTo = '2025-03-31';
    const lines = layoutNotice(buildNotice(input).notice).map(paragraphText);
    expect(lines).toContain('整改时限：2024年9月底前（经批准延期至2024年12月31日）。');
    expect(lines.filter((l) => l.includes('经批准延期'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('2025年3月31日');
  });

  test('categoryTitle strips the numbers clerks type before a category', () => {
    expect(categoryTitle('1. 学习贯彻')).toBe('学习贯彻');
    expect(categoryTitle('12、巡察整改')).toBe('巡察整改');
    expect(categoryTitle('（三）财务管理')).toBe('财务管理');
    expect(categoryTitle('二、作风建设')).toBe('作风建设');
    expect(categoryTitle('全面从严治党“两个责任”')).toBe('全面从严治党“两个责任”');
  });

  test('a blank category is listed under 其他问题 with a warning naming its row', () => {
    const { ledger } = parseLedger(grid(row({ 问题类别: '' }, 1)), { asOf: '2024-10-30' });
    const { notice, warnings } = buildNotice({ ...exampleInput(), problems: ledger!.problems });
    expect(notice.sections.find((s) => s.kind === 'progress')!.groups[0].title).toBe('其他问题');
    expect(warnings.find((w) => w.code === 'notice.noCategory')?.row).toBe(2);
  });
});
