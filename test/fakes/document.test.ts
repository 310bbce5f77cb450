// The DocumentApp and DriveApp fakes behave as Google documents them (the notice tests rely on it).
import { describe, expect, test } from '@jest/globals';
import { createFakeEnv } from '.';

describe('DocumentApp fake', () => {
  test('a new document: US Letter, 1-inch margins, one empty paragraph; the body’s last paragraph cannot be removed', () => {
    const env = createFakeEnv();
    const doc = env.DocumentApp.create('通报');
    const body = doc.getBody();
    expect(body.getPageWidth()).toBe(612);
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    body.appendParagraph('正文');
    expect(() => body.getChild(1).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    body.getChild(0).removeFromParent();
    expect(body.getText()).toBe('正文');
    expect(env.drive.childrenOf('root').map((i) => i.name)).toContain('通报');
  });

  test('replaceText reads the pattern as a regex and the replacement like Java ($1 groups, \\ escapes)', () => {
    const env = createFakeEnv();
    const body = env.DocumentApp.create('d').getBody();
    body.appendParagraph('费用{{金额}}元');
    body.replaceText('\\{\\{(金额)\\}\\}', '[$1]');
    expect(body.getText()).toBe('\n费用[金额]元');
    body.replaceText('\\[金额\\]', '\\$5');
    expect(body.getText()).toBe('\n费用$5元');
    expect(() => body.replaceText('元', '$x')).toThrow('Illegal group reference');
    expect(() => body.replaceText('(', 'x')).toThrow('Invalid regular expression');
  });

  test('setAttributes merges and applies character attributes to every character; setBold on a range', () => {
    const env = createFakeEnv();
    const p = env.DocumentApp.create('d').getBody().appendParagraph('整改时限：年底');
    p.setAttributes({ FONT_FAMILY: 'Noto Serif SC', BOLD: false, FONT_SIZE: null });
    p.editAsText().setBold(0, 4, true);
    const text = p.editAsText();
    expect([text.isBold(0), text.isBold(4), text.isBold(5)]).toEqual([true, true, false]);
    expect(text.getFontFamily(6)).toBe('Noto Serif SC');
    expect(p.getAttributes()).toEqual({ FONT_FAMILY: 'Noto Serif SC', BOLD: false });
    expect(() => p.setAttributes({ NOT_AN_ATTRIBUTE: 1 })).toThrow('Invalid argument');
    expect(() => text.setBold(3, 99, true)).toThrow('must be less than the content length');
  });

  test('after saveAndClose the Document object refuses edits; openById gives a fresh one; unknown ids fail', () => {
    const env = createFakeEnv();
    const doc = env.DocumentApp.create('d');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed');
    expect(env.DocumentApp.openById(doc.getId()).getBody().getNumChildren()).toBe(1);
    expect(() => env.DocumentApp.openById('nope')).toThrow('Document is missing');
  });

  test('calls are counted per method', () => {
    const env = createFakeEnv();
    const body = env.DocumentApp.create('d').getBody();
    body.appendParagraph('a').setAttributes({ BOLD: true });
    expect(env.calls.count('Body.appendParagraph')).toBe(1);
    expect(env.calls.count('Paragraph.setAttributes')).toBe(1);
    expect(env.calls.total('Body.')).toBe(1);
  });
});

describe('DriveApp fake', () => {
  test('unknown or inaccessible ids throw Google’s message; moveTo a read-only folder is denied', () => {
    const env = createFakeEnv();
    expect(() => env.DriveApp.getFileById('x')).toThrow('No item with the given ID could be found');
    const hidden = env.drive.addFolder('他人文件夹', { accessible: false });
    expect(() => env.DriveApp.getFolderById(hidden.id)).toThrow('No item with the given ID');
    const readOnly = env.drive.addFolder('只读', { writable: false });
    const doc = env.DocumentApp.create('d');
    const file = env.DriveApp.getFileById(doc.getId());
    expect(() => file.moveTo(env.DriveApp.getFolderById(readOnly.id))).toThrow('Access denied: DriveApp.');
  });

  test('the PDF export sees only what saveAndClose flushed, and is named “name.pdf”', () => {
    const env = createFakeEnv();
    const doc = env.DocumentApp.create('通报');
    doc.getBody().appendParagraph('第一段');
    const file = env.DriveApp.getFileById(doc.getId());
    expect(file.getAs('application/pdf').getDataAsString()).not.toContain('第一段');
    doc.saveAndClose();
    const blob = file.getAs('application/pdf');
    expect(blob.getName()).toBe('通报.pdf');
    expect(blob.getDataAsString()).toContain('第一段');
  });

  test('makeCopy of a Google Doc copies its content into the destination folder', () => {
    const env = createFakeEnv();
    const folder = env.drive.addFolder('通报');
    const template = env.documents.addDocument('模板', ['{{汇总}}']);
    const copy = env.DriveApp.getFileById(template.id).makeCopy(
      '副本',
      env.DriveApp.getFolderById(folder.id),
    );
    expect(env.documents.texts(copy.getId())).toEqual(['{{汇总}}']);
    expect(env.drive.childrenOf(folder.id).map((i) => i.name)).toEqual(['副本']);
  });

  test('the spreadsheet is a Drive file whose parents can be listed', () => {
    const env = createFakeEnv();
    const parents = env.DriveApp.getFileById(env.spreadsheet._id).getParents();
    expect(parents.hasNext()).toBe(true);
    expect(parents.next().getId()).toBe('root');
    expect(parents.hasNext()).toBe(false);
  });
});
