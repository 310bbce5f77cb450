// `rectify totals`: the acceptance figures on the example, the JSON shape of docs/architecture.md, the table, exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main';
import { ACCOUNTABILITY_HEADER, accountabilityLedger, captureIo, scratchDir } from './helpers';

const XLSX = join(__dirname, '..', '..', 'examples', 'ledger.xlsx');
const CSV = join(__dirname, '..', '..', 'examples', 'ledger.csv');
const SENTENCE =
  '截至10月30日，巡察反馈的34个具体问题，已完成整改15个，正在整改18个，未完成1个，长期坚持3个，整改完成率44.1%，追赃挽损0.02万元。';

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr };
}

describe('rectify totals --json on the example at 2024-10-30', () => {
  it.each([
    ['xlsx', XLSX],
    ['csv', CSV],
  ])(
    '%s: 34 problems, 15/18/1 by status, 3 long-term, 8 overdue, 7 due soon, 0.02 recovered',
    async (_kind, path) => {
      const { code, out } = await run('totals', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh');
      expect(code).toBe(0);
      const t = JSON.parse(out);
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining([
          'total',
          'byStatus',
          'longTermTasks',
          'overdue',
          'dueSoon',
          'completionRate',
          'recovered',
          'byCategory',
          'byDepartment',
          'sentence',
        ]),
      );
      expect(t).toMatchObject({
        asOf: '2024-10-30',
        total: 34,
        byStatus: { done: 15, inProgress: 18, notDone: 1, longTerm: 0, unknown: 0 },
        longTermTasks: 3,
        overdue: 8,
        dueSoon: 7,
        completionRate: 0.4412,
        recovered: 0.02,
        sentence: SENTENCE,
      });
      expect(t.byCategory).toHaveLength(12);
      for (const g of [...t.byCategory, ...t.byDepartment]) {
        expect(Object.keys(g)).toEqual(
          expect.arrayContaining(['name', 'total', 'byStatus', 'longTermTasks', 'overdue', 'dueSoon']),
        );
      }
      const sum = (groups: { total: number; overdue: number }[], key: 'total' | 'overdue') =>
        groups.reduce((n, g) => n + g[key], 0);
      expect(sum(t.byDepartment, 'total')).toBe(34);
      expect(sum(t.byDepartment, 'overdue')).toBe(8);
    },
  );

  it('follows the as-of date: nothing is overdue on 1 August, more is later', async () => {
    const early = JSON.parse(
      (await run('totals', CSV, '--as-of', '2024-08-01', '--json', '--lang', 'zh')).out,
    );
    expect(early).toMatchObject({ overdue: 0, dueSoon: 0 });
    expect(early.sentence).toMatch(/^截至8月1日，/);
    const late = JSON.parse((await run('totals', CSV, '--as-of', '2025-01-01', '--json')).out);
    expect(late.overdue).toBe(19);
  });

  it('takes the lead days from the settings file', async () => {
    const dir = scratchDir();
    const settings = join(dir, 'settings.csv');
    writeFileSync(settings, '项目,值\n提醒提前天数,0\n');
    const t = JSON.parse(
      (await run('totals', CSV, '--as-of', '2024-10-30', '--json', '--settings', settings)).out,
    );
    expect(t.dueSoon).toBe(0);
  });

  it('writes the English sentence with --lang en', async () => {
    const t = JSON.parse((await run('totals', XLSX, '--as-of', '2024-10-30', '--json', '--lang', 'en')).out);
    expect(t.sentence).toBe(
      'As of 30 October 2024, of the 34 problems raised by the inspection, 15 have been rectified, 18 are in progress, 1 is not done, 3 are long-term tasks; the completion rate is 44.1%, and CNY 200 in losses has been recovered.',
    );
  });
});

describe('rectify totals: human output', () => {
  it('prints the sentence, the counts, the rate and the group tables', async () => {
    const { code, out, err } = await run('totals', CSV, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const lines = out.split('\n');
    expect(lines[0]).toBe(SENTENCE);
    expect(lines).toContainEqual(expect.stringMatching(/^问题总数\s+34$/));
    expect(lines).toContainEqual(expect.stringMatching(/^已逾期\s+8$/));
    expect(lines).toContainEqual(expect.stringMatching(/^即将到期\s+7$/));
    expect(out).toContain('整改完成率：44.1%');
    expect(out).toContain('追赃挽损：0.02 万元');
    // 问题数, the four statuses, 长期坚持任务, 逾期: the status columns sum to 问题数.
    expect(lines).toContainEqual(expect.stringMatching(/^10\. 选人用人\s+4\s+1\s+3\s+0\s+0\s+0\s+3$/));
    expect(lines).toContainEqual(expect.stringMatching(/^责任科室\s+问题数/));
  });

  it('exits 1 and points at rectify check when the ledger has errors', async () => {
    const path = join(scratchDir(), 'bad.csv');
    writeFileSync(
      path,
      '问题描述,整改措施,责任科室,整改时限,整改状态\n学习不够,组织学习,办公室,尽快,正在整改\n',
    );
    const { code, out, err } = await run('totals', path, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe(
      '截至10月30日，巡察反馈的1个具体问题，尚无已完成整改的问题，正在整改1个，整改完成率0%。',
    );
    expect(err).toEqual(['注意：台账有 1 个错误，运行 rectify check 查看。']);
  });
});

describe('rectify totals: usage and file problems exit 2', () => {
  it('a missing file names it in one line', async () => {
    const path = join(scratchDir(), 'missing.csv');
    const { code, out, err } = await run('totals', path);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(path);
  });

  it('a bad --as-of names the argument', async () => {
    const { code, err } = await run('totals', CSV, '--as-of', '2024-9-31');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--as-of.*2024-9-31/);
  });

  it('a corrupt workbook names the file', async () => {
    const path = join(scratchDir(), 'broken.xlsx');
    writeFileSync(path, 'not a zip');
    const { code, err } = await run('totals', path);
    expect(code).toBe(2);
    expect(err[0]).toContain(path);
  });
});

describe('rectify totals: the accountability figures below the tables', () => {
  function files(review: boolean, lang = 'zh') {
    const dir = scratchDir();
    const ledger = accountabilityLedger(dir);
    const settings = join(dir, 'settings.csv');
    writeFileSync(settings, `项目,值\n销号需审核,${review ? '是' : '否'}\n语言,${lang}\n`);
    return ['totals', ledger, '--settings', settings, '--as-of', '2024-10-30'];
  }
  const linesFrom = (out: string, heading: RegExp) => {
    const lines = out.split('\n');
    return lines.slice(lines.findIndex((l) => heading.test(l)));
  };

  it('with 销号需审核 on: 待审核, extensions, ageing and the on-time rate, after the department table', async () => {
    const { out } = await run(...files(true));
    const lines = out.split('\n');
    expect(lines.findIndex((l) => /^问责指标/.test(l))).toBeGreaterThan(
      lines.findIndex((l) => /^责任科室\s+问题数/.test(l)),
    );
    const block = linesFrom(out, /^问责指标/);
    for (const row of [
      /^已完成待审核\s+1$/,
      /^经批准延期\s+1$/,
      /^延期未获批准\s+1$/,
      /^逾期1–30天\s+1$/,
      /^逾期31–90天\s+0$/,
      /^逾期90天以上\s+1$/,
    ]) {
      expect(block).toContainEqual(expect.stringMatching(row));
    }
    expect(block).toContain('按期完成率：50%（2个中按期1个）');
  });

  it('with 销号需审核 off: no 待审核 row', async () => {
    const { out } = await run(...files(false));
    expect(out).not.toContain('待审核');
    expect(linesFrom(out, /^问责指标/)).toContainEqual(expect.stringMatching(/^经批准延期\s+1$/));
  });

  it('says so instead of 0% when no completion can be judged', async () => {
    const dir = scratchDir();
    const ledger = join(dir, 'open.csv');
    writeFileSync(ledger, `${ACCOUNTABILITY_HEADER}\n1,问题一,措施一,办公室,2025-06-30,正在整改,,,,,,\n`);
    const { out } = await run('totals', ledger, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(out).toContain('按期完成率：—（尚无可判断的已完成问题）');
  });

  it('rounds the on-time rate once, from the counts: 6 of 11 on time reads 54.5%, as the sidebar shows it', async () => {
    const dir = scratchDir();
    const ledger = join(dir, 'eleven.csv');
    const rows = Array.from({ length: 11 }, (_, i) =>
      [
        i + 1,
        `问题${i + 1}`,
        '措施',
        '办公室',
        '2024-09-30',
        '已完成',
        i < 6 ? '2024-09-20' : '2024-10-10',
        '纪要.pdf',
        '',
        '',
        '',
        '',
      ].join(','),
    );
    writeFileSync(ledger, [ACCOUNTABILITY_HEADER, ...rows].join('\n'));
    const { out } = await run('totals', ledger, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(out).toContain('按期完成率：54.5%（11个中按期6个）');
  });

  it('in English with --lang en', async () => {
    const { out } = await run(...files(true), '--lang', 'en');
    const block = linesFrom(out, /^Accountability/);
    expect(block).toContainEqual(expect.stringMatching(/^Done, awaiting approval\s+1$/));
    expect(block).toContainEqual(expect.stringMatching(/^Overdue over 90 days\s+1$/));
    expect(block).toContain('On-time completion: 50% (1 of 2 on time)');
  });
});

describe('rectify totals: every table adds up, unreadable statuses included', () => {
  // The case: one status no one can read (搁置) among readable ones.
  function messy(): string {
    const path = join(scratchDir(), 'messy.csv');
    writeFileSync(
      path,
      [
        '编号,问题类别,问题描述,整改措施,责任科室,整改时限,整改状态,完成日期,长期坚持',
        '1,学习,问题一,措施,办公室,2024-09-30,已完成,2024-09-20,',
        '2,学习,问题二,措施,办公室,2024-12-31,搁置,,',
        '3,作风,问题三,措施,财务室,2024-12-31,正在整改,,是',
        '4,作风,问题四,措施,财务室,2024-12-31,长期坚持,,',
      ].join('\n'),
    );
    return path;
  }

  it('lists the unreadable status in the status table and as a column of each group table', async () => {
    const { code, out } = await run('totals', messy(), '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(1); // 搁置 is an error: the figures are still printed
    const lines = out.split('\n');
    const status = lines.slice(lines.findIndex((l) => /^整改状态\s+问题数$/.test(l)) + 2);
    expect(status.slice(0, 6).map((l) => l.split(/\s{2,}/))).toEqual([
      ['已完成', '1'],
      ['正在整改', '1'],
      ['未完成', '0'],
      ['长期坚持', '1'],
      ['状态未填或无法识别', '1'],
      ['合计', '4'],
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^问题类别\s+问题数\s+已完成\s+正在整改\s+未完成\s+长期坚持\s+状态未识别\s+长期坚持任务\s+逾期$/,
      ),
    );
    // 学习: 2 problems = 1 done + 1 unreadable; 作风: 2 = 1 in progress + 1 long-term (both long-term tasks).
    expect(lines).toContainEqual(expect.stringMatching(/^学习\s+2\s+1\s+0\s+0\s+0\s+1\s+0\s+0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^作风\s+2\s+0\s+1\s+0\s+1\s+0\s+2\s+0$/));
  });

  it('names the two long-term counts apart in totals.json: byStatus.longTerm and longTermTasks', async () => {
    const t = JSON.parse((await run('totals', messy(), '--as-of', '2024-10-30', '--json')).out);
    expect(t.byStatus).toEqual({ done: 1, inProgress: 1, notDone: 0, longTerm: 1, unknown: 1 });
    expect(t.longTermTasks).toBe(2);
    expect(t).not.toHaveProperty('longTerm');
  });

  it('leaves a done date after the as-of date out of the on-time rate and says so', async () => {
    const path = join(scratchDir(), 'future.csv');
    writeFileSync(
      path,
      [
        '编号,问题描述,整改措施,责任科室,整改时限,整改状态,完成日期',
        '1,问题一,措施,办公室,2024-09-30,已完成,2024-09-20',
        '2,问题二,措施,办公室,2024-09-30,已完成,2024-10-10',
        '3,问题三,措施,办公室,2024-09-30,已完成,2024-11-15',
      ].join('\n'),
    );
    const zh = await run('totals', path, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(zh.out).toContain('按期完成率：50%（2个中按期1个）');
    expect(zh.out).toContain(
      '另有1个已完成问题的完成日期晚于统计截止日期（校验错误），未计入按期完成率；请核对完成日期。',
    );
    const en = await run('totals', path, '--as-of', '2024-10-30', '--lang', 'en');
    expect(en.out).toContain('On-time completion: 50% (1 of 2 on time)');
    expect(en.out).toContain('1 done problem has a done date after the as-of date (a check error), left out');
    const t = JSON.parse((await run('totals', path, '--as-of', '2024-10-30', '--json')).out);
    expect(t.onTime).toMatchObject({ measured: 2, flaggedDates: 1, rate: 0.5 });
  });
});
