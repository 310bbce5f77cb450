// `rectify import`: documents (.txt, .docx, .md, .html, .pdf) back to a ledger file, exit codes as `check`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { parseCsv } from '../../src/cli/csv';
import { main } from '../../src/cli/main';
import { readLedger } from '../../src/cli/workbook';
import { parseLedger } from '../../src/core';
import { captureIo, scratchDir } from './helpers';
import { handmadePdf } from './pdf-fixture';

const root = join(__dirname, '..', '..');
const seedPath = join(root, 'test', 'fixtures', 'seed-notice.txt');
const seed = readFileSync(seedPath, 'utf8');
const ledgerCsv = parseCsv(readFileSync(join(root, 'examples', 'ledger.csv'), 'utf8'));

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, io, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** A paragraph of runs: [text, bold] pairs. */
function para(...runs: [string, boolean][]): Paragraph {
  return new Paragraph({ children: runs.map(([text, bold]) => new TextRun({ text, bold })) });
}

/** The second layout: nested 方面 / 关于…问题的整改 / （1） headings, fields under 整改情况-style labels. */
async function nestedPlanDocx(): Promise<Buffer> {
  const label = (name: string, text: string) => para([`${name}：`, true], [text, false]);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: '中共某某局党组关于市委巡察反馈意见整改落实情况的报告', bold: true }),
            ],
          }),
          para(['根据市委统一部署，市委第二巡察组对某某局党组进行了巡察。现将整改落实情况报告如下。', false]),
          para(['（一）在“政治建设”方面', true]),
          para(['1.关于“理论学习不深入”问题的整改', true]),
          para([
            '（1）关于“第一议题制度落实不到位”。党组会未将学习习近平总书记重要讲话精神作为第一议题。',
            false,
          ]),
          label('整改情况', '一是修订党组议事规则，明确第一议题制度；二是建立学习台账。目前已完成整改。'),
          label('完成时限', '2024年9月底前'),
          label('责任单位', '办公室'),
          label('牵头领导', '党组书记'),
          para(['（2）关于“中心组学习流于形式”。2023年中心组学习仅开展4次。', false]),
          label('整改情况', '制定年度学习计划，按月开展集中学习。'),
          label('目前进展', '持续整改中。'),
          label('完成时限', '长期坚持'),
          label('责任单位', '办公室'),
          para(['2.关于“意识形态责任制落实不力”问题的整改', true]),
          para(['（1）关于“阵地管理有漏洞”。微信公众号未执行三审三校。', false]),
          para(['整改情况：', false], ['建立三审三校制度。', false]),
          label('目前进展', '未完成，正在协调技术力量。'),
          label('完成时限', '2024年12月31日'),
          label('责任单位', '宣传科'),
          label('责任人', '张三'),
          para(['（二）在“作风建设”方面', true]),
          para(['3.关于“违规发放津补贴”问题的整改', true]),
          label('整改情况', '已清退违规发放的津补贴1.2万元。'),
          label('目前进展', '已整改到位。'),
          label('完成时限', '立行立改'),
          label('责任单位', '财务室'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('rectify import', () => {
  it('seed .txt → .xlsx: 34 rows under the ledger headers that `check` reads, narrative in 通报正文, exit 0', async () => {
    const dir = scratchDir();
    const out = join(dir, '台账.xlsx');
    const r = await run(['import', seedPath, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已写出 ${out}：34 个问题，通报正文 8 段；0 个错误，16 个提醒。`);
    expect(r.out).toContain('通报印出：问题 37，已完成 16，正在整改 20，未完成 1，长期坚持 4');
    expect(r.out).toContain('导入的行：问题 34，已完成 15，正在整改 18，未完成 1，长期坚持 3');
    // The unplaced paragraphs are printed: opening, summary sentence, supervision, signature.
    expect(r.out).toContain('未放入台账的段落（4）：');
    expect(r.out).toContain('中共攀枝花市文联党组');
    const source = await readLedger(out);
    const parsed = parseLedger(source.grid, { asOf: '2024-10-30' });
    expect(parsed.ledger?.problems.map((p) => p.id)).toEqual(ledgerCsv.slice(1).map((row) => row[0]));
    expect(parsed.ledger?.problems[0].longTerm).toBe(true);
    expect(source.narrative?.length).toBe(9);
    expect(source.narrative?.[0]).toEqual(['章节', '段落']);
  });

  it('--json prints problems, narrative, unplaced and findings in the documented shape', async () => {
    const r = await run(['import', seedPath, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['problems', 'narrative', 'unplaced', 'findings']),
    );
    expect(Object.keys(json.problems[0])).toEqual(
      expect.arrayContaining([
        'id',
        'category',
        'source',
        'problem',
        'measures',
        'lead',
        'department',
        'deadline',
        'status',
        'longTerm',
        'longTermMeasures',
      ]),
    );
    expect(json.problems).toHaveLength(34);
    expect(json.problems.find((p: { id: string }) => p.id === '4-2').source).toBe('市委书记点人点事');
  });

  it('writes .csv with a BOM, as Excel opens it, and the rows read back', async () => {
    const dir = scratchDir();
    const out = join(dir, 'ledger.csv');
    expect((await run(['import', seedPath, '--out', out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const grid = parseCsv(bytes.toString('utf8').slice(1));
    expect(grid).toHaveLength(35);
    expect(grid[0].slice(0, 4)).toEqual(['编号', '问题类别', '问题来源', '问题描述']);
    expect(grid[9][3]).toBe(ledgerCsv[9][3]);
  });

  it('reads the nested .docx layout (方面 / 关于…问题的整改 / （1）, 整改情况 labels) exactly', async () => {
    const dir = scratchDir();
    const input = join(dir, '整改报告.docx');
    writeFileSync(input, await nestedPlanDocx());
    const r = await run(['import', input, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const pick = (p: Record<string, unknown>) => ({
      id: p.id,
      category: p.category,
      problem: p.problem,
      measures: p.measures,
      deadline: p.deadline,
      status: p.status,
      department: p.department,
      lead: p.lead,
      remarks: p.remarks,
    });
    expect(json.problems.map(pick)).toEqual([
      {
        id: '1-1',
        category: '1. 在“政治建设”方面',
        problem: '关于“第一议题制度落实不到位”。党组会未将学习习近平总书记重要讲话精神作为第一议题。',
        measures: '一是修订党组议事规则，明确第一议题制度；二是建立学习台账。',
        deadline: '2024年9月底前',
        status: '已完成',
        department: '办公室',
        lead: '党组书记',
        remarks: '关于“理论学习不深入”问题的整改',
      },
      {
        id: '1-2',
        category: '1. 在“政治建设”方面',
        problem: '关于“中心组学习流于形式”。2023年中心组学习仅开展4次。',
        measures: '制定年度学习计划，按月开展集中学习。',
        deadline: '长期坚持',
        status: '正在整改',
        department: '办公室',
        lead: '',
        remarks: '关于“理论学习不深入”问题的整改',
      },
      {
        id: '2-1',
        category: '1. 在“政治建设”方面',
        problem: '关于“阵地管理有漏洞”。微信公众号未执行三审三校。',
        measures: '建立三审三校制度。',
        deadline: '2024年12月31日',
        status: '未完成',
        department: '宣传科',
        lead: '',
        remarks: '关于“意识形态责任制落实不力”问题的整改\n未完成，正在协调技术力量。\n责任人：张三',
      },
      {
        id: '3',
        category: '2. 在“作风建设”方面',
        problem: '关于“违规发放津补贴”问题的整改',
        measures: '已清退违规发放的津补贴1.2万元。',
        deadline: '立行立改',
        status: '已完成',
        department: '财务室',
        lead: '',
        remarks: '',
      },
    ]);
    // The status sentence that says more than a status is kept in 备注 and flagged; nothing else is unsure.
    expect(json.findings.map((f: { code: string; id?: string }) => [f.code, f.id])).toEqual([
      ['import.statusSentence', '2-1'],
    ]);
    expect(
      json.unplaced.map((u: { reason: string; text: string }) => [u.reason, u.text.slice(0, 8)]),
    ).toEqual([
      ['frontMatter', '中共某某局党组关'],
      ['frontMatter', '根据市委统一部署'],
    ]);
  });

  it('reads Markdown and HTML notices, bold headings and labels included', async () => {
    const dir = scratchDir();
    const md = join(dir, 'notice.md');
    writeFileSync(
      md,
      [
        '## 三、集中整改期内已完成的整改事项',
        '',
        '**1.学习贯彻习近平新时代中国特色社会主义思想**',
        '',
        '对政治理论学习重视不够。',
        '',
        '**整改措施：**一是召开党组会传达学习。二是修订管理办法。',
        '',
        '**整改时限：**2024年9月底前完成整改。',
        '',
        '**整改进展：**正在整改。',
      ].join('\n'),
    );
    const html = join(dir, 'notice.html');
    writeFileSync(
      html,
      '<html><head><style>p{}</style></head><body><h2>三、集中整改期内已完成的整改事项</h2>' +
        '<p><b>1.学习贯彻习近平新时代中国特色社会主义思想</b></p><p>对政治理论学习重视不够。</p>' +
        '<p><b>整改措施：</b>一是召开党组会传达学习。二是修订管理办法。</p>' +
        '<p><b>整改时限：</b>2024年9月底前完成整改。</p><p><b>整改进展：</b>正在整改。</p></body></html>',
    );
    for (const file of [md, html]) {
      const json = JSON.parse((await run(['import', file, '--json'])).out);
      expect(json.problems).toEqual([
        expect.objectContaining({
          id: '1',
          category: '1. 学习贯彻习近平新时代中国特色社会主义思想',
          problem: '对政治理论学习重视不够。',
          measures: '一是召开党组会传达学习。二是修订管理办法。',
          deadline: '2024年9月底前完成整改',
          status: '正在整改',
        }),
      ]);
    }
  });

  it('exit 1 when a row lacks what a ledger needs, each finding quoting its paragraph', async () => {
    const dir = scratchDir();
    const input = join(dir, 'plan.txt');
    writeFileSync(
      input,
      '1.学习不深入\n整改措施：组织集中学习。\n整改进展：正在整改。\n2.制度不健全\n整改措施：修订制度。\n整改时限：2024年9月底前\n整改进展：已完成。\n',
    );
    const r = await run(['import', input, '--out', join(dir, 'out.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('1：读不出整改时限，请核对原文后填写');
    expect(r.out).toMatch(/2\s+错误\s+1：读不出整改时限.*组织集中学习。/);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(true);
  });

  it('exit 2 for what it cannot use: an unknown type, an old .doc, no problems, --out over the input or an existing file', async () => {
    const dir = scratchDir();
    const doc = join(dir, 'plan.doc');
    writeFileSync(doc, 'x');
    let r = await run(['import', doc, '--out', join(dir, 'a.xlsx')]);
    expect([r.code, r.err]).toEqual([
      2,
      `${doc}: 不支持的文件类型“.doc”，可导入 .docx、.pdf、.txt、.md、.html（请在 Word 或 WPS 中另存为 .docx）`,
    ]);
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, '这是一段普通的文字。\n没有任何问题条目。\n');
    r = await run(['import', prose, '--out', join(dir, 'b.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有读出任何问题');
    expect(existsSync(join(dir, 'b.xlsx'))).toBe(false);
    // An existing ledger is never replaced: its bytes stay as they were.
    const existing = join(dir, 'ledger.csv');
    writeFileSync(existing, '编号,问题描述\n1,别人的台账\n');
    r = await run(['import', seedPath, '--out', existing]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已存在');
    expect(readFileSync(existing, 'utf8')).toBe('编号,问题描述\n1,别人的台账\n');
    r = await run(['import', seedPath, '--out', join(dir, 'x.docx')]);
    expect([r.code, r.err]).toEqual([2, `--out：“${join(dir, 'x.docx')}”应以 .xlsx 或 .csv 结尾`]);
    r = await run(['import', seedPath]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('缺少 --out');
    r = await run(['import']);
    expect(r.err).toContain('rectify import：缺少要导入的通报或整改方案');
    r = await run(['import', seedPath, '--as-of', '2024-10-30', '--json']);
    expect(r.code).toBe(2);
    const docx = join(dir, 'fake.docx');
    writeFileSync(docx, 'not a zip');
    r = await run(['import', docx, '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是可读的 .docx 文件');
  });

  it('speaks English with --lang en', async () => {
    const dir = scratchDir();
    const r = await run(['import', seedPath, '--out', join(dir, 'l.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(': 34 problems, 8 narrative paragraphs; 0 errors, 16 warnings.');
    expect(r.out).toContain('has no title text');
  });
});

describe('rectify import of a PDF (the built command, which loads pdfjs-dist)', () => {
  const runBin = (args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin', 'rectify.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' },
    });
  const seedLines = seed.split('\n').filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l));
  const fromText = JSON.parse(runBin(['import', seedPath, '--json']).stdout);
  const withoutParagraphs = (json: { problems: Record<string, unknown>[] }) =>
    json.problems.map(({ paragraphs: _p, ...rest }) => rest);

  it('a PDF made from the seed text (22 lines a page, “— n —” page numbers) gives the same ledger as the text', () => {
    const dir = scratchDir();
    const pdf = join(dir, 'seed.pdf');
    writeFileSync(pdf, handmadePdf(seedLines, { pageNumbers: true }));
    const r = runBin(['import', pdf, '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout);
    expect(json.problems).toHaveLength(34);
    expect(withoutParagraphs(json)).toEqual(withoutParagraphs(fromText));
    expect(json.narrative).toEqual(fromText.narrative);
  });

  it('a PDF that LibreOffice prints from the seed text (embedded CJK font) gives the same ledger', () => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error) {
      console.warn('SKIPPED: soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer');
      return;
    }
    const dir = scratchDir();
    const html = join(dir, 'seed.html');
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(
      html,
      '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0;font-size:12pt}</style></head><body>' +
        seedLines
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .map((l) => `<p>${esc(l)}</p>`)
          .join('') +
        '</body></html>',
    );
    const convert = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf:writer_web_pdf_Export',
        '--outdir',
        dir,
        html,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(convert.status).toBe(0);
    const r = runBin(['import', join(dir, 'seed.pdf'), '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(withoutParagraphs(json)).toEqual(withoutParagraphs(fromText));
  }, 180_000);

  it('a damaged PDF is exit 2 naming the file', () => {
    const dir = scratchDir();
    const pdf = join(dir, 'broken.pdf');
    writeFileSync(pdf, '%PDF-1.7\nnot really\n');
    const r = runBin(['import', pdf, '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${pdf}: PDF 已损坏`);
  });
});
