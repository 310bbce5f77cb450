// generateNotice under the drive.file scope: folders Rectify may not use, templates a person made, tables in templates.
import { describe, expect, test } from '@jest/globals';
import { generateNotice } from '../../src/gas/notice/generate';
import { exampleGrid } from './helpers';
import { namesIn, noticeEnv, noticeServices } from './notice-helpers';

const withSettings = (...extra: string[][]) => [...exampleGrid('settings'), ...extra];

describe('a folder Rectify made but may not add files to', () => {
  test('the notice, its .docx and PDF end in My Drive, with a warning, instead of failing half-way', () => {
    const { env: probe } = noticeEnv();
    const id = probe.drive.addFolder('只读').id;
    const { env } = noticeEnv({ settings: withSettings(['通报保存文件夹ID', id], ['同时生成PDF', '是']) });
    env.drive.addFolder('只读', { id, byApp: true, writable: false });
    const run = generateNotice(noticeServices(env))!;
    expect(namesIn(env, 'root')).toEqual(
      expect.arrayContaining([run.name, `${run.name}.docx`, `${run.name}.pdf`]),
    );
    expect(namesIn(env, id)).toEqual([]);
    expect(run.pdfUrl).not.toBeNull();
    expect(run.warnings.map((w) => w.code)).toEqual(['notice.folderFallback']);
  });
});

describe('a template a person made in Drive: opened with DocumentApp (documents scope), never with DriveApp', () => {
  test('it is copied element by element into a new Doc in My Drive; the template keeps its placeholders', () => {
    const templateId = '1PersonsOwnDoc';
    const { env } = noticeEnv({ settings: withSettings(['通报模板文档ID', templateId]) });
    env.documents.addDocument('我的模板', ['{{标题}}', '{{问题清单}}'], { id: templateId });
    const run = generateNotice(noticeServices(env))!;
    expect(env.documents.texts(run.documentId)[0]).toBe(
      '中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报',
    );
    expect(env.documents.texts(templateId)).toEqual(['{{标题}}', '{{问题清单}}']);
    expect(namesIn(env, 'root')).toContain(run.name);
    expect(env.calls.total('DriveApp.') + env.calls.total('File.')).toBe(0);
    // Its own layout: no .docx (that is the official layout); the dialog says how to add page numbers.
    expect(run.docxUrl).toBeNull();
    expect(env.ui.dialogs.at(-1)!.content).toContain('插入 → 页码');
  });

  test('an id the account cannot open is an alert naming the setting; no document is made', () => {
    const { env } = noticeEnv({ settings: withSettings(['通报模板文档ID', '1NotSharedDoc']) });
    env.documents.addDocument('别人的模板', ['{{问题清单}}'], { id: '1NotSharedDoc' });
    env.drive.items.get('1NotSharedDoc')!.accessible = false;
    const before = env.documents.docs.size;
    expect(generateNotice(noticeServices(env))).toBeUndefined();
    const prompt = env.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain('1NotSharedDoc');
    expect(prompt).toContain('确认您的账号能打开这份 Google 文档');
    expect(env.documents.docs.size).toBe(before);
  });

  test('English settings get the same message in English', () => {
    const settings = withSettings(['通报模板文档ID', '1Missing'], ['语言', 'English']);
    const { env } = noticeEnv({ settings });
    expect(generateNotice(noticeServices(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Template document ID.*1Missing.*your account can open/s);
  });
});

describe('a block placeholder inside a template table cell', () => {
  test('the block is written into that cell instead of throwing “Element does not contain the specified child element”', () => {
    const templateId = '1TableTemplate';
    const { env } = noticeEnv({ settings: withSettings(['通报模板文档ID', templateId]) });
    env.documents.addDocument(
      '表格模板',
      [
        '{{标题}}',
        {
          table: [
            ['问题清单', '{{问题清单}}'],
            ['汇总', '{{汇总}}'],
          ],
        },
        '{{发文日期}}',
      ],
      { id: templateId },
    );
    const run = generateNotice(noticeServices(env))!;
    expect(run).toBeDefined();
    expect(env.ui.alerts).toEqual([]);
    const [table] = env.documents.tables(run.documentId);
    expect(table[0][0]).toBe('问题清单');
    expect(table[0][1].split('\n').filter((t) => t.startsWith('整改措施：'))).toHaveLength(34);
    expect(table[0][1]).not.toContain('{{问题清单}}');
    expect(table[1][1]).toMatch(/^截至10月30日，巡察反馈的34个具体问题/);
    expect(env.documents.texts(run.documentId).at(-1)).toBe('2024年12月20日');
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
