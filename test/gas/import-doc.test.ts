// 从通报导入 in Sheets: a Doc by URL or pasted text appended to 台账 below the rows a person keeps, never over them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { appendImported, docIdOf, readImportDoc, showImportDialog } from '../../src/gas/import/append-rows';
import { importPayload, importReportHtml } from '../../src/gas/import/payload';
import { menuItems } from '../../src/gas/menu';
import { withServices } from '../../src/gas/platform/services';
import { createFakeEnv, type FakeEnv } from '../fakes';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed-notice.txt'), 'utf8');

function services(env: FakeEnv) {
  return withServices(servicesOf(env), { document: env.gas.DocumentApp });
}

/** A Doc in the layout the notice builder writes: labels, category headings, one paragraph each. */
function noticeDoc(env: FakeEnv): string {
  const doc = env.gas.DocumentApp.create('整改进展情况通报');
  const body = doc.getBody();
  for (const text of [
    '中共某某局党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报',
    '三、集中整改期内已完成的整改事项',
    '1.学习贯彻习近平新时代中国特色社会主义思想',
    '（1）对政治理论学习重视不够。',
    '整改措施：一是召开党组会传达学习。',
    '二是修订管理办法。',
    '整改时限：2024年9月底前完成整改。',
    '整改进展：正在整改。',
    '（2）=SUM(A1) 这样的文字也按文字写入。',
    '整改措施：+1 名专人负责。',
    '整改时限：2024年12月。',
    '整改进展：已完成。',
  ])
    body.appendParagraph(text);
  return `https://docs.google.com/document/d/${doc.getId()}/edit`;
}

/** What the dialog does: read (the Doc through the server, or the pasted text), parse, send the rows. */
function dialogImport(env: FakeEnv, input: { url?: string; text?: string }) {
  const s = services(env);
  const text = input.url ? readImportDoc(input.url, s) : (input.text ?? '');
  const { payload, result } = importPayload(text, !!input.url);
  const message = appendImported(payload, s);
  return { message, result, payload };
}

describe('从通报导入 (readImportDoc, appendImported)', () => {
  it('is on the menu; its dialog is a built page that parses in the browser and calls the server', () => {
    const items = menuItems('zh').items;
    expect(items.find((i) => i.fn === 'showImportDialog')?.caption).toBe('从通报导入…');
    const page = readFileSync(join(__dirname, '..', '..', 'build', 'ImportDialog.html'), 'utf8');
    const env = exampleEnv({ htmlFiles: { ImportDialog: page } });
    env.calls.reset();
    showImportDialog(services(env));
    expect(env.calls.count('HtmlService.createHtmlOutputFromFile')).toBe(1);
    expect(env.calls.count('Ui.showModalDialog')).toBe(1);
    // The page names both server functions (through its typed client, so as strings in the bundle).
    expect(page).toContain('"readImportDoc"');
    expect(page).toContain('"appendImported"');
    expect(page).not.toMatch(/<script[^>]+src=/);
    // The importer is in the page, not in Code.js, which Apps Script parses on every click.
    const code = readFileSync(join(__dirname, '..', '..', 'build', 'Code.js'), 'utf8');
    expect(page).toContain('长期举措时限');
    expect(code).not.toContain('截至.{0,30}');
  });

  it('appends the seed’s 34 rows below the 34 a person keeps, leaving every existing cell as it was', () => {
    const env = exampleEnv();
    const before = env.values('台账');
    const narrativeBefore = env.values('通报正文').length;
    env.calls.reset();
    const r = dialogImport(env, { text: seed });
    expect(r.payload.problems).toHaveLength(34);
    expect(r.message).toBe('已在“台账”第36–69行追加 34 个问题，通报正文 8 段；原有的行未改动。');
    const after = env.values('台账');
    expect(after.slice(0, before.length)).toEqual(before);
    const header = before[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const example = exampleGrid('ledger');
    expect(after.slice(35).map((row) => row[col('问题描述')])).toEqual(
      example.slice(1).map((row) => row[col('问题描述')]),
    );
    expect(after[35][col('长期坚持')]).toBe('是');
    expect(after[35][col('长期举措时限')]).toBe('2024年12月底前完成整改');
    expect(env.values('通报正文').length).toBe(narrativeBefore + 8);
    // One read of 台账 and one of 通报正文, one write each: the same for 34 rows as for 3,400.
    expect(env.calls.count('Range.setValues')).toBe(2);
    expect(env.calls.count('Range.getValues')).toBe(2);
    const report = importReportHtml(r.result, r.message, 'zh');
    expect(report).toContain('通报印出：问题 37');
    expect(report).toContain('<q>11.“ ”</q>');
  });

  it('reads a Google Doc by its URL with one getText, and keeps text that looks like a formula as text', () => {
    const env = exampleEnv();
    const url = noticeDoc(env);
    env.calls.reset();
    const r = dialogImport(env, { url });
    expect(env.calls.count('DocumentApp.openByUrl')).toBe(1);
    expect(env.calls.count('Body.getText')).toBe(1);
    expect(env.calls.count('Paragraph.getText')).toBe(0);
    expect(r.payload.problems).toHaveLength(2);
    const ledger = env.values('台账');
    const header = ledger[0] as string[];
    const last = ledger.slice(-2);
    expect(last.map((row) => row[header.indexOf('编号')])).toEqual(['1-1', '1-2']);
    expect(last[0][header.indexOf('整改措施')]).toBe('一是召开党组会传达学习。\n二是修订管理办法。');
    expect(last[1][header.indexOf('问题描述')]).toBe('=SUM(A1) 这样的文字也按文字写入。');
    expect(last[1][header.indexOf('整改措施')]).toBe('+1 名专人负责。');
    expect(last[1][header.indexOf('问题类别')]).toBe('1. 学习贯彻习近平新时代中国特色社会主义思想');
  });

  it('says what is wrong and writes nothing: a link that is not a Doc, a Doc it cannot open, no problems, no ledger', () => {
    const env = exampleEnv();
    const before = env.values('台账');
    const s = services(env);
    expect(() => readImportDoc('https://example.org/notice', s)).toThrow(
      '“https://example.org/notice”不是 Google 文档的链接；请复制文档地址栏中的链接（https://docs.google.com/document/d/…）',
    );
    expect(() => readImportDoc('https://docs.google.com/document/d/1234567890abcdef/edit', s)).toThrow(
      '打不开这个文档：链接可能有误，或您没有查看权限。请在浏览器中确认能打开它。',
    );
    dialogImport(env, { text: '这是一段普通的文字。' });
    appendImported({ problems: [{ problem: 1 as unknown as string }], narrative: [] }, s);
    appendImported(null as never, s);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      '没有读出任何问题（找不到带整改措施、整改时限或整改进展的问题条目），台账未改动。',
      '导入的数据格式不对，台账未改动。',
      '导入的数据格式不对，台账未改动。',
    ]);
    expect(env.values('台账')).toEqual(before);
    const bare = createFakeEnv({ sheets: [{ name: 'Sheet1', values: [['']] }] });
    dialogImport(bare, { text: seed });
    expect(bare.ui.alerts.map((a) => a.prompt)).toEqual(['没有找到“台账”：请先运行 初始化台账，再导入。']);
  });

  it('refuses, changing nothing, when the ledger lacks a column the import fills (run 初始化台账 first)', () => {
    const header = exampleGrid('ledger')[0].filter((h) => h !== '长期举措时限');
    const env = exampleEnv({ ledger: { name: '台账', values: [header] } });
    dialogImport(env, { text: seed });
    expect(env.ui.alerts[0].prompt).toContain('台账缺少“长期举措时限”列');
    expect(env.values('台账')).toEqual([header]);
  });

  it('finds the Doc id in the links Google prints', () => {
    expect(docIdOf('https://docs.google.com/document/d/1AbC_dEf-123456/edit?usp=sharing')).toBe(
      '1AbC_dEf-123456',
    );
    expect(docIdOf('https://docs.google.com/open?id=1AbC_dEf-123456')).toBe('1AbC_dEf-123456');
    expect(docIdOf('https://docs.google.com/spreadsheets/d/1AbC_dEf-123456/edit')).toBeNull();
  });
});
