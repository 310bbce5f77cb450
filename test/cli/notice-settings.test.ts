// The notice options a clerk types into 设置 (statuses listed in 三, 牵头领导/责任科室, titles) reach `rectify notice`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';

const EXAMPLE = resolve(__dirname, '..', '..', 'examples');

/** Writes the example 设置 plus extra rows, renders the example notice as HTML, and returns what a user sees. */
async function noticeWith(extraSettings: string[]) {
  const dir = scratchDir();
  const settings = join(dir, 'settings.csv');
  const base = readFileSync(join(EXAMPLE, 'settings.csv'), 'utf8').trimEnd();
  writeFileSync(settings, [base, ...extraSettings].join('\n'));
  const out = join(dir, 'notice.html');
  const io = captureIo();
  const code = await main(
    [
      'notice',
      join(EXAMPLE, 'ledger.csv'),
      '--settings',
      settings,
      '--narrative',
      join(EXAMPLE, 'narrative.csv'),
      '--out',
      out,
      '--lang',
      'zh',
    ],
    io,
  );
  const html = readFileSync(out, 'utf8');
  const headings = [...html.matchAll(/<p class="heading1"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]);
  /** The HTML of one section: from its heading to the next one. */
  const section = (marker: string) => {
    const start = html.indexOf(`>${marker}、`);
    const next = html.indexOf('<p class="heading1"', start);
    return html.slice(start, next === -1 ? undefined : next);
  };
  const fields = (part: string, label: string) =>
    [...part.matchAll(new RegExp(`<strong>${label}：</strong>([^<]*)`, 'g'))].map((m) => m[1]);
  const title = [...html.matchAll(/<p class="title"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]).join('');
  return { code, io, html, headings, section, fields, title };
}

describe('notice options from a 设置 file', () => {
  test('the defaults: every status in 三, no 牵头领导/责任科室 lines, the standard title and section titles', async () => {
    const { code, io, headings, section, fields, title } = await noticeWith([]);
    expect(code).toBe(0);
    expect(io.stdout[0]).toContain('38 个问题条目');
    expect(title).toBe('中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报');
    expect(headings[2]).toBe('三、集中整改期内已完成的整改事项');
    const progress = section('三');
    expect(progress.match(/<p class="problem"/g)).toHaveLength(34);
    expect(new Set(fields(progress, '整改进展'))).toEqual(new Set(['已完成。', '正在整改。', '未完成。']));
    expect(fields(progress, '牵头领导')).toEqual([]);
    expect(fields(progress, '责任科室')).toEqual([]);
  });

  test('通报列出的状态 = 已完成 lists only done problems in 三; the sentence still counts all 34', async () => {
    const { code, io, section, fields } = await noticeWith(['通报列出的状态,已完成']);
    expect(code).toBe(0);
    expect(io.stderr).toEqual([]);
    const progress = section('三');
    expect(progress).toContain('截至10月30日，巡察反馈的34个具体问题，已完成整改15个');
    expect(progress.match(/<p class="problem"/g)).toHaveLength(15);
    expect(new Set(fields(progress, '整改进展'))).toEqual(new Set(['已完成。']));
    // 四 still lists the long-term tasks.
    expect(section('四').match(/<p class="problem"/g)).toHaveLength(3);
  });

  test('通报列出责任领导和科室 = 是 prints 牵头领导 and 责任科室 under every problem', async () => {
    const { section, fields } = await noticeWith(['通报列出责任领导和科室,是']);
    const progress = section('三');
    expect(fields(progress, '牵头领导')).toHaveLength(34);
    expect(fields(progress, '责任科室')).toHaveLength(34);
    expect(fields(progress, '责任科室')).toContain('组织联络部');
    expect(fields(progress, '牵头领导')).toContain('党组书记');
  });

  test('通报标题 and 第N部分标题 replace the title and the section headings', async () => {
    const { title, headings } = await noticeWith([
      '通报标题,关于巡察整改进展的通报',
      '第三部分标题,整改事项逐项进展',
      '第五部分标题,下一步工作',
    ]);
    expect(title).toBe('关于巡察整改进展的通报');
    expect(headings.map((h) => h.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(headings[2]).toBe('三、整改事项逐项进展');
    expect(headings[4]).toBe('五、下一步工作');
  });

  test('a status 设置 does not know: 三 keeps every status, exit 1, and check names the cell', async () => {
    const { code, io, section } = await noticeWith(['通报列出的状态,待定']);
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toContain('rectify check');
    expect(section('三').match(/<p class="problem"/g)).toHaveLength(34);
    const dir = scratchDir();
    const settings = join(dir, 'my-settings.csv');
    writeFileSync(settings, '项目,值\n通报列出的状态,待定\n');
    const check = captureIo();
    expect(
      await main(['check', join(EXAMPLE, 'ledger.csv'), '--settings', settings, '--lang', 'zh'], check),
    ).toBe(1);
    expect(check.text()).toMatch(/^my-settings\.csv!B2\s+错误\s+通报列出的状态：状态“待定”无法识别/m);
  });
});
