// generateNotice under the drive.file scope: folders that refuse files, and IDs of files Rectify did not create.
import { describe, expect, test } from '@jest/globals';
import { generateNotice } from '../../src/gas/notice';
import { exampleGrid } from './helpers';
import { namesIn, noticeEnv, noticeServices } from './notice-helpers';

const withSettings = (...extra: string[][]) => [...exampleGrid('settings'), ...extra];

describe('a folder that lets Rectify see it but not add files', () => {
  test('the notice and its PDF copy end in My Drive, with a warning, instead of failing half-way', () => {
    const { env, folderId } = noticeEnv({ settings: withSettings(['同时生成PDF', '是']) });
    env.drive.items.get(folderId)!.writable = false;
    const run = generateNotice(noticeServices(env))!;
    expect(run).toBeDefined();
    expect(namesIn(env, 'root')).toEqual(expect.arrayContaining([run.name, `${run.name}.pdf`]));
    expect(namesIn(env, folderId)).not.toContain(run.name);
    expect(run.pdfUrl).not.toBeNull();
    expect(run.warnings.map((w) => w.code)).toContain('notice.moveFailed');
    expect(env.ui.dialogs.at(-1)!.content).toContain('巡察整改');
  });

  test('a template is copied into My Drive when the folder refuses the copy; the template is untouched', () => {
    const templateId = '1TemplateDoc';
    const { env, folderId } = noticeEnv({ settings: withSettings(['通报模板文档ID', templateId]) });
    env.documents.addDocument('通报模板', ['{{标题}}', '{{问题清单}}'], { id: templateId });
    env.drive.items.get(folderId)!.writable = false;
    const run = generateNotice(noticeServices(env))!;
    expect(namesIn(env, 'root')).toContain(run.name);
    expect(env.documents.texts(run.documentId)).toContain(
      '中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报',
    );
    expect(env.documents.texts(templateId)).toEqual(['{{标题}}', '{{问题清单}}']);
    expect(run.warnings.map((w) => w.code)).toContain('notice.moveFailed');
  });
});

describe('IDs in 设置 of files a person made in Drive (out of reach under drive.file)', () => {
  test('a template: the alert says why and the three steps to a template Rectify can open; no document', () => {
    const { env } = noticeEnv({ settings: withSettings(['通报模板文档ID', '1PersonsOwnDoc']) });
    env.documents.addDocument('我的模板', ['{{问题清单}}'], { id: '1PersonsOwnDoc' });
    env.drive.items.get('1PersonsOwnDoc')!.accessible = false;
    const before = env.documents.docs.size;
    expect(generateNotice(noticeServices(env))).toBeUndefined();
    const prompt = env.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain('1PersonsOwnDoc');
    expect(prompt).toContain('drive.file');
    expect(prompt).toMatch(/① 清空“通报模板文档ID”.*② 打开生成的文档.*③ 把这份文档的ID填回/s);
    expect(env.documents.docs.size).toBe(before);
  });

  test('a folder: the alert says to clear the setting and move the notice by hand', () => {
    const { env } = noticeEnv({ settings: withSettings(['通报保存文件夹ID', '1PersonsFolder']) });
    env.drive.addFolder('我的文件夹', { id: '1PersonsFolder', accessible: false });
    expect(generateNotice(noticeServices(env))).toBeUndefined();
    const prompt = env.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain('drive.file');
    expect(prompt).toContain('请清空该项');
    expect(env.documents.docs.size).toBe(0);
  });

  test('English settings get the same instructions in English', () => {
    const settings = withSettings(['通报模板文档ID', '1PersonsOwnDoc'], ['语言', 'English']);
    const { env } = noticeEnv({ settings });
    expect(generateNotice(noticeServices(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/1\. clear the setting.*2\. open that document.*3\. put/s);
  });
});

describe('a template whose last paragraph is a block placeholder', () => {
  test('with nothing to insert, the placeholder is cleared (Docs keeps a body’s last paragraph)', () => {
    const ledger = exampleGrid('ledger');
    const longTerm = ledger[0].indexOf('长期坚持');
    const status = ledger[0].indexOf('整改状态');
    const noLongTerm = ledger.filter((r, i) => i === 0 || (r[longTerm] !== '是' && r[status] !== '长期坚持'));
    const templateId = '1TemplateDoc';
    const { env } = noticeEnv({
      ledger: { name: '台账', values: noLongTerm },
      settings: withSettings(['通报模板文档ID', templateId]),
    });
    env.documents.addDocument('通报模板', ['{{标题}}', '{{问题清单}}', '{{长期任务}}'], { id: templateId });
    const run = generateNotice(noticeServices(env))!;
    expect(run).toBeDefined();
    const texts = env.documents.texts(run.documentId);
    expect(texts.join('\n')).not.toContain('{{');
    expect(texts.at(-1)).toBe('');
    expect(texts.filter((t) => t.startsWith('整改进展：')).length).toBeGreaterThan(0);
  });
});
