// The DocumentApp and DriveApp fakes behave as Google documents them (the notice tests rely on it).
import { describe, expect, test } from '@jest/globals';
import { createFakeEnv } from '.';
import type { FakeTableCell } from './document';

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

const DRIVE = 'https://www.googleapis.com/auth/drive';

describe('DriveApp fake', () => {
  test('under the manifest (drive.file) every DriveApp method Rectify once used throws Google’s permission error', () => {
    const env = createFakeEnv();
    const doc = env.DocumentApp.create('d');
    expect(() => env.DriveApp.getFileById(doc.getId())).toThrow(
      'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive || https://www.googleapis.com/auth/drive.readonly)',
    );
    expect(() => env.DriveApp.getRootFolder()).toThrow(/DriveApp\.getRootFolder/);
    expect(() => env.DriveApp.getFolderById('root')).toThrow(/DriveApp\.getFolderById/);
    const full = createFakeEnv({ scopes: [DRIVE, 'https://www.googleapis.com/auth/documents'] });
    const file = full.DriveApp.getFileById(full.DocumentApp.create('d').getId());
    expect(() => file.getName()).not.toThrow();
    full.core.scopes = new Set(['https://www.googleapis.com/auth/drive.readonly']);
    expect(() => file.makeCopy('x')).toThrow('Required permissions: https://www.googleapis.com/auth/drive');
    expect(() => file.moveTo(full.DriveApp.getRootFolder())).toThrow(/File\.moveTo/);
  });

  test('unknown or inaccessible ids throw Google’s message; moveTo a read-only folder is denied', () => {
    const env = createFakeEnv({ scopes: [DRIVE, 'https://www.googleapis.com/auth/documents'] });
    expect(() => env.DriveApp.getFileById('x')).toThrow('No item with the given ID could be found');
    const hidden = env.drive.addFolder('他人文件夹', { accessible: false });
    expect(() => env.DriveApp.getFolderById(hidden.id)).toThrow('No item with the given ID');
    const readOnly = env.drive.addFolder('只读', { writable: false });
    const doc = env.DocumentApp.create('d');
    const file = env.DriveApp.getFileById(doc.getId());
    expect(() => file.moveTo(env.DriveApp.getFolderById(readOnly.id))).toThrow('Access denied: DriveApp.');
  });
});

describe('DocumentApp getAs and tables', () => {
  test('the PDF export sees only what saveAndClose flushed, and is named “name.pdf”', () => {
    const env = createFakeEnv();
    const doc = env.DocumentApp.create('通报');
    doc.getBody().appendParagraph('第一段');
    expect(doc.getAs('application/pdf').getDataAsString()).not.toContain('第一段');
    doc.saveAndClose();
    const blob = env.DocumentApp.openById(doc.getId()).getAs('application/pdf');
    expect(blob.getName()).toBe('通报.pdf');
    expect(blob.getDataAsString()).toContain('第一段');
  });

  test('a paragraph in a table cell is not a child of the body: Body.getChildIndex throws as Google does', () => {
    const env = createFakeEnv();
    const tpl = env.documents.addDocument('t', ['前', { table: [['a', '{{x}}']] }, '后']);
    const body = env.DocumentApp.openById(tpl.id).getBody();
    const found = body.findText('\\{\\{x\\}\\}')!;
    const paragraph = found.getElement().getParent();
    expect(() => body.getChildIndex(paragraph)).toThrow(
      'Element does not contain the specified child element.',
    );
    const cell = paragraph.getParent() as FakeTableCell;
    expect(cell.getType()).toBe('TABLE_CELL');
    expect(cell.getChildIndex(paragraph)).toBe(0);
    cell.insertParagraph(1, '新段');
    expect(env.documents.tables(tpl.id)).toEqual([[['a', '{{x}}\n新段']]]);
  });

  test('copies of paragraphs and tables append to another document; the source is unchanged', () => {
    const env = createFakeEnv();
    const tpl = env.documents.addDocument('t', ['甲', { table: [['1', '2']] }]);
    const from = env.DocumentApp.openById(tpl.id).getBody();
    const to = env.DocumentApp.create('n').getBody();
    to.appendParagraph(from.getChild(0).asParagraph().copy());
    to.appendTable(from.getChild(1).asTable().copy());
    to.getChild(0).removeFromParent();
    expect(to.getText()).toBe('甲\n1\t2');
    to.getChild(0).asParagraph().setText('乙');
    expect(env.documents.texts(tpl.id)).toEqual(['甲', '1\t2']);
  });
});

describe('Drive API fake (advanced service v3) under drive.file', () => {
  test('creates files in My Drive or in a folder the app made; a person’s folder is “File not found”', () => {
    const env = createFakeEnv();
    const blob = env.Utilities.newBlob('x', 'text/plain', 'a.txt');
    const mine = env.drive.addFolder('mine', { byApp: true });
    const theirs = env.drive.addFolder('theirs');
    const a = env.Drive.Files.create({ name: 'a.txt' }, blob, { fields: 'id,webViewLink' });
    expect(Object.keys(a)).toEqual(['id', 'webViewLink']);
    expect(env.drive.childrenOf('root').map((i) => i.name)).toContain('a.txt');
    env.Drive.Files.create({ name: 'b.txt', parents: [mine.id] }, blob);
    expect(env.drive.childrenOf(mine.id).map((i) => i.name)).toEqual(['b.txt']);
    expect(() => env.Drive.Files.create({ name: 'c', parents: [theirs.id] }, blob)).toThrow(
      `API call to drive.files.create failed with error: File not found: ${theirs.id}.`,
    );
    const doc = env.DocumentApp.create('d');
    env.Drive.Files.update({}, doc.getId(), null, { addParents: mine.id, removeParents: 'root' });
    expect(env.drive.childrenOf(mine.id).map((i) => i.name)).toEqual(['b.txt', 'd']);
    expect(() => env.Drive.Files.update({}, doc.getId(), null, { addParents: theirs.id })).toThrow(
      /File not found/,
    );
  });

  test('Utilities.zip stores each named blob; a blob without a name is refused', () => {
    const env = createFakeEnv();
    const zip = env.Utilities.zip([env.Utilities.newBlob('<a/>', 'application/xml', 'x/a.xml')], 'z.zip');
    expect(zip.getContentType()).toBe('application/zip');
    expect(zip.getBytes().slice(0, 2)).toEqual([0x50, 0x4b]);
    expect(() => env.Utilities.zip([env.Utilities.newBlob('x')])).toThrow(/non-null name/);
  });
});
