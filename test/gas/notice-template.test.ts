// Template mode: a copy of the office's Google Doc with {{…}} filled in, its styles kept, the template untouched.
import { describe, expect, test } from '@jest/globals';
import { generateNotice } from '../../src/gas/notice/generate';
import { escapeRegex } from '../../src/gas/notice/template';
import { exampleGrid } from './helpers';
import { noticeEnv, noticeServices } from './notice-helpers';

const TEMPLATE = [
  { text: '{{标题}}', attrs: { FONT_FAMILY: 'Ma Shan Zheng', FONT_SIZE: 20 } },
  '（{{被巡察单位}}，截至{{统计截止日期}}）',
  '{{汇总}}',
  { text: '{{问题清单}}', attrs: { FONT_FAMILY: 'KaiTi', FONT_SIZE: 14, LINE_SPACING: 1.5 } },
  '长期任务：',
  '{{长期任务}}',
  '联系电话：{{ 联系电话 }}',
  '{{发文单位}}',
  '{{发文日期}}',
  '{{盖章}}',
];

function templateEnv(issuer = '中共攀枝花市文联党组') {
  const templateId = '1TemplateDoc';
  const settings = [
    ...exampleGrid('settings').map((r) => (r[0] === '发文单位' ? [r[0], issuer] : r)),
    ['通报模板文档ID', templateId],
  ];
  const { env, folderId } = noticeEnv({ settings });
  env.documents.addDocument('通报模板', TEMPLATE, { id: templateId });
  return { env, folderId, templateId };
}

describe('generateNotice with a template', () => {
  test('fills inline placeholders, inserts the problem list where {{问题清单}} stood, keeps the template styles', () => {
    const { env, folderId, templateId } = templateEnv();
    const run = generateNotice(noticeServices(env))!;
    const texts = env.documents.texts(run.documentId);
    expect(texts[0]).toBe('中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报');
    expect(texts[1]).toBe('（市文联党组，截至2024年10月30日）');
    expect(texts[2]).toMatch(/^截至10月30日，巡察反馈的34个具体问题/);
    expect(texts[3]).toBe('1.学习贯彻习近平新时代中国特色社会主义思想');
    const list = texts.slice(3, texts.indexOf('长期任务：'));
    expect(list.filter((t) => t.startsWith('整改措施：'))).toHaveLength(34);
    expect(list.filter((t) => /^\d+\./.test(t))).toHaveLength(12);
    const longTerm = texts.slice(texts.indexOf('长期任务：') + 1, texts.indexOf('联系电话：0812—5503651'));
    expect(longTerm.filter((t) => t.startsWith('整改进展：长期坚持'))).toHaveLength(3);
    expect(texts.slice(-3)).toEqual(['中共攀枝花市文联党组', '2024年12月20日', '{{盖章}}']);
    expect(texts.join('\n')).not.toMatch(
      /\{\{(标题|汇总|问题清单|长期任务|发文单位|发文日期|被巡察单位)\}\}/,
    );

    const doc = env.documents.get(run.documentId);
    const inserted = env.documents.paragraphs(doc.id)[4];
    expect(inserted.attrs).toMatchObject({ FONT_FAMILY: 'KaiTi', FONT_SIZE: 14, LINE_SPACING: 1.5 });
    const field = env.documents.paragraphs(doc.id).find((p) => p.text.startsWith('整改时限：'))!;
    expect(field.chars.slice(0, 5).every((c) => c.BOLD === true)).toBe(true);
    expect(env.documents.paragraphs(doc.id)[0].attrs).toMatchObject({
      FONT_FAMILY: 'Ma Shan Zheng',
      FONT_SIZE: 20,
    });

    // The copy is the notice; the template keeps its placeholders for next time.
    expect(env.documents.texts(templateId)[3]).toBe('{{问题清单}}');
    expect(env.drive.childrenOf('root').map((i) => i.name)).toContain(run.name);
    expect(env.drive.childrenOf(folderId).map((i) => i.name)).not.toContain(run.name);
    expect(run.warnings.map((w) => w.message).join()).toContain('{{盖章}}');
  });

  test('text with $ and \\ is inserted literally (replaceText would read $1 as a group)', () => {
    const { env } = templateEnv('中共$1党组\\办');
    const run = generateNotice(noticeServices(env))!;
    expect(env.documents.texts(run.documentId)).toContain('中共$1党组\\办');
  });

  test('a template id that cannot be opened is an alert naming the setting', () => {
    const settings = [...exampleGrid('settings'), ['通报模板文档ID', 'missing-doc']];
    const { env } = noticeEnv({ settings });
    expect(generateNotice(noticeServices(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/通报模板文档ID.*missing-doc/);
  });

  test('escapeRegex makes every RE2 special literal', () => {
    const special = '{{a.b*c+d?(e)[f]^g$h|i\\j}}';
    expect(new RegExp(`^${escapeRegex(special)}$`).test(special)).toBe(true);
  });
});
