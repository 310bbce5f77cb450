// generateNotice: the Google Doc through the DocumentApp/DriveApp fakes — layout, placement, PDF, dialog, call counts.
import { describe, expect, test } from '@jest/globals';
import { DOC_PAGE } from '../../src/gas/notice/doc';
import { generateNotice } from '../../src/gas/notice/generate';
import { exampleGrid } from './helpers';
import { namesIn, noticeEnv, noticeServices } from './notice-helpers';

const TITLE = '中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报';

describe('generateNotice on the example (as of 2024-10-30, notice date 2024-12-20)', () => {
  const { env, folderId } = noticeEnv();
  const run = generateNotice(noticeServices(env))!;
  const doc = env.documents.get(run.documentId);
  const texts = env.documents.texts(run.documentId);

  test('makes the Doc and the .docx in My Drive (where DocumentApp.create puts a Doc), named from the title and date', () => {
    expect(run.name).toBe(`${TITLE} 2024-12-20`);
    expect(run.folder).toBe('myDrive');
    expect(namesIn(env, 'root')).toEqual(expect.arrayContaining([run.name, `${run.name}.docx`]));
    // The spreadsheet's folder is a person's: drive.file cannot see it, so nothing is put there.
    expect(namesIn(env, folderId)).toEqual(['整改台账']);
    const docx = env.drive.childrenOf('root').find((i) => i.name.endsWith('.docx'))!;
    expect(docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(run.docxUrl).toContain(docx.id);
  });

  test('calls no DriveApp method (each needs drive or drive.readonly) and only Drive API methods that accept drive.file', () => {
    expect(env.calls.total('DriveApp.') + env.calls.total('File.') + env.calls.total('Folder.')).toBe(0);
    expect(env.calls.count('Drive.Files.create')).toBe(1);
    expect(env.calls.count('Drive.Files.update')).toBe(0);
  });

  test('A4 in points with the GB/T 9704 margins', () => {
    expect(doc.page.PAGE_WIDTH).toBeCloseTo(595.276, 2);
    expect(doc.page.PAGE_HEIGHT).toBeCloseTo(841.89, 2);
    expect(doc.page.MARGIN_TOP).toBeCloseTo(104.88, 1);
    expect(doc.page.MARGIN_BOTTOM).toBeCloseTo(99.21, 1);
    expect(doc.page.MARGIN_LEFT).toBeCloseTo(79.37, 1);
    expect(doc.page.MARGIN_RIGHT).toBeCloseTo(73.7, 1);
    expect(DOC_PAGE.width).toBeCloseTo(595.276, 3);
  });

  test('the text: title lines first (no leading empty paragraph), five headings, 38 items, signature last', () => {
    expect(texts.slice(0, 2)).toEqual([
      '中共攀枝花市文联党组关于市委第一巡察组',
      '巡察反馈意见集中整改进展情况的通报',
    ]);
    expect(texts.filter((t) => /^[一二三四五]、/.test(t))).toHaveLength(5);
    expect(texts.filter((t) => t.startsWith('整改进展：'))).toHaveLength(38);
    expect(texts).toContain(
      '截至10月30日，巡察反馈的34个具体问题，已完成整改15个，正在整改18个，未完成1个，长期坚持3个，整改完成率44.1%，追赃挽损0.02万元。',
    );
    expect(texts.slice(-2)).toEqual(['中共攀枝花市文联党组', '2024年12月20日']);
    expect(run.problemBlocks).toBe(38);
  });

  test('paragraph attributes: Google fonts for the official ones, 16 pt body with a 32 pt first-line indent', () => {
    const at = (prefix: string) => env.documents.paragraphs(doc.id).find((p) => p.text.startsWith(prefix))!;
    expect(at('根据市委统一部署').attrs).toMatchObject({
      FONT_FAMILY: 'Noto Serif SC',
      FONT_SIZE: 16,
      INDENT_FIRST_LINE: 32,
      HORIZONTAL_ALIGNMENT: 'JUSTIFY',
      LINE_SPACING: 1.25,
    });
    expect(env.documents.paragraphs(doc.id)[0].attrs).toMatchObject({
      FONT_FAMILY: 'Noto Serif SC',
      FONT_SIZE: 22,
      BOLD: true,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
    expect(at('一、').attrs).toMatchObject({ FONT_FAMILY: 'Noto Sans SC', FONT_SIZE: 16 });
    // GB/T 9704 7.3.5.1: the date ends 4 characters (4 × 16 pt) from the right, as in the .docx.
    expect(at('2024年12月20日').attrs).toMatchObject({ HORIZONTAL_ALIGNMENT: 'RIGHT', INDENT_END: 64 });
  });

  test('labels are bold, the text after them is not', () => {
    const field = env.documents.paragraphs(doc.id).find((p) => p.text.startsWith('整改时限：'))!;
    expect(field.chars.slice(0, 5).every((c) => c.BOLD === true)).toBe(true);
    expect(field.chars.slice(5).some((c) => c.BOLD === true)).toBe(false);
  });

  test('a dialog gives both links, says the .docx is the one to print and where the files are; nothing else is written', () => {
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.content).toContain(`href="https://docs.google.com/open?id=${run.documentId}"`);
    expect(dialog.content).toContain(`href="${run.docxUrl}"`);
    expect(dialog.content).toContain('打印和报送请用这份 Word 文件');
    expect(dialog.content).toContain('我的云端硬盘');
    expect(env.values('台账')).toEqual(exampleGrid('ledger'));
    expect(env.calls.count('LockService.getDocumentLock')).toBe(1);
  });
});

describe('service calls', () => {
  test('DocumentApp calls grow by at most 4 per paragraph; spreadsheet reads stay fixed however long the ledger', () => {
    const small = noticeEnv();
    const run = generateNotice(noticeServices(small.env))!;
    const calls = small.env.calls;
    const documentCalls =
      calls.total('Body.') + calls.total('Paragraph.') + calls.total('Text.') + calls.total('Document');
    expect(calls.count('Body.appendParagraph')).toBe(run.paragraphs);
    expect(calls.count('Paragraph.setAttributes')).toBe(run.paragraphs);
    // 2 calls per paragraph (append + setAttributes), 2 more for a bold label (editAsText + setBold).
    expect(calls.count('Text.setBold')).toBe(calls.count('Paragraph.editAsText'));
    expect(documentCalls / run.paragraphs).toBeLessThan(4);

    const ledger = exampleGrid('ledger');
    const doubled = [...ledger, ...ledger.slice(1).map((r) => [`${r[0]}b`, ...r.slice(1)])];
    const big = noticeEnv({ ledger: { name: '台账', values: doubled } });
    generateNotice(noticeServices(big.env));
    expect(big.env.calls.count('Range.getValues')).toBe(calls.count('Range.getValues'));
    expect(big.env.calls.total('Drive.')).toBe(calls.total('Drive.'));
    expect(big.env.calls.total('Utilities.zip')).toBe(1);
    expect(big.env.calls.count('Paragraph.setAttributes')).toBeGreaterThan(run.paragraphs);
  });
});

describe('settings: folder, PDF copy, missing access', () => {
  test('a folder Rectify made (drive.file reaches it) receives the Doc, the .docx and the PDF, which has the content', () => {
    const { env: probe } = noticeEnv();
    const id = probe.drive.addFolder('通报').id;
    const settings = [...exampleGrid('settings'), ['通报保存文件夹ID', id], ['同时生成PDF', '是']];
    const { env } = noticeEnv({ settings });
    const target = env.drive.addFolder('通报', { id, byApp: true });
    const run = generateNotice(noticeServices(env))!;
    expect(run.folder).toBe('settings');
    expect(namesIn(env, target.id)).toEqual([run.name, `${run.name}.docx`, `${run.name}.pdf`]);
    expect(namesIn(env, 'root')).not.toContain(run.name);
    const pdf = env.drive.childrenOf(target.id).find((i) => i.name.endsWith('.pdf'))!;
    expect(pdf.mimeType).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes)).toContain('三、集中整改期内已完成的整改事项');
    expect(run.pdfUrl).toContain(pdf.id);
    expect(run.warnings).toEqual([]);
  });

  test('a folder a person made (out of reach under drive.file) leaves everything in My Drive, with a warning that says why', () => {
    const { env: probe } = noticeEnv();
    const id = probe.drive.addFolder('我的文件夹').id;
    const settings = [...exampleGrid('settings'), ['通报保存文件夹ID', id]];
    const { env } = noticeEnv({ settings });
    env.drive.addFolder('我的文件夹', { id });
    const run = generateNotice(noticeServices(env))!;
    expect(run.folder).toBe('myDrive');
    expect(namesIn(env, id)).toEqual([]);
    expect(namesIn(env, 'root')).toEqual(expect.arrayContaining([run.name, `${run.name}.docx`]));
    expect(run.warnings.map((w) => w.code)).toEqual(['notice.folderFallback']);
    expect(run.warnings[0].message).toContain('drive.file');
    expect(env.ui.dialogs.at(-1)!.content).toContain('我的云端硬盘');
  });

  test('an id that names nothing is the same warning; the notice is still made', () => {
    const settings = [...exampleGrid('settings'), ['通报保存文件夹ID', 'no-such-folder']];
    const { env } = noticeEnv({ settings });
    const run = generateNotice(noticeServices(env))!;
    expect(run.warnings[0].message).toMatch(/通报保存文件夹ID.*no-such-folder/);
    expect(env.documents.docs.has(run.documentId)).toBe(true);
  });

  test('user text in the dialog is escaped', () => {
    const settings = exampleGrid('settings').map((r) =>
      r[0] === '发文单位' ? [r[0], '<img src=x onerror=alert(1)>'] : r,
    );
    const { env } = noticeEnv({ settings });
    generateNotice(noticeServices(env));
    const content = env.ui.dialogs.at(-1)!.content;
    expect(content).not.toContain('<img');
    expect(content).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('generateNotice with the accountability columns', () => {
  test('销号需审核 = 是: unapproved done problems read as 待审核; an approved extension is printed with its date', () => {
    const grid = exampleGrid('ledger').map((r, i) => {
      if (i === 0) return [...r, '销号审核人', '审核日期', '延期至', '延期批准'];
      if (i === 9) return [...r, '纪检组长', '2024-10-15', '', '']; // 4-5 done and approved
      if (i === 26) return [...r, '', '', '2024-12-31', '党组会议纪要〔2024〕5号'];
      return [...r, '', '', '', ''];
    });
    const settings = [...exampleGrid('settings'), ['销号需审核', '是']];
    const { env } = noticeEnv({ ledger: { name: '台账', values: grid }, settings });
    const run = generateNotice(noticeServices(env))!;
    const text = env.documents.texts(run.documentId).join('\n');
    expect(text).toContain('已完成整改1个，待审核14个');
    expect(text).toContain('整改时限：2024年9月底前（经批准延期至2024年12月31日）');
    expect(env.values('台账')).toEqual(grid);
  });
});
