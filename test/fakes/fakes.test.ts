// Tests of the fake Apps Script services themselves: documented behaviours, error wording, counting, vm use.
import vm from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { createFakeEnv, type FakeEnv, installGlobals, uninstallGlobals } from './index';
import { createVmContext } from './vm';

function ledger(): FakeEnv {
  return createFakeEnv({
    sheets: [
      {
        name: '台账',
        values: [
          ['编号', '问题描述', '整改时限', '追赃挽损（万元）'],
          [1, '制度不健全', new Date('2024-09-30T00:00:00+08:00'), 12.5],
          [2, '台账不规范', '', true],
        ],
      },
    ],
  });
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('Range values', () => {
  it('reads a 2-D grid with "" for empty cells, numbers, booleans and Dates', () => {
    const env = ledger();
    const values = env.SpreadsheetApp.getActive()!.getSheetByName('台账')!.getDataRange().getValues();
    expect(values).toHaveLength(3);
    expect(values[0]).toEqual(['编号', '问题描述', '整改时限', '追赃挽损（万元）']);
    expect(values[1][0]).toBe(1);
    expect(values[1][2]).toBeInstanceOf(Date);
    expect((values[1][2] as Date).toISOString()).toBe('2024-09-29T16:00:00.000Z');
    expect(values[2][2]).toBe('');
    expect(values[2][3]).toBe(true);
  });

  it('returns fresh Date objects, so callers cannot mutate the sheet', () => {
    const env = ledger();
    const range = env.sheet('台账').getRange('C2');
    (range.getValue() as Date).setFullYear(2000);
    expect((range.getValue() as Date).getFullYear()).toBe(2024);
  });

  it('round-trips Dates written with setValues', () => {
    const env = createFakeEnv();
    const d = new Date('2025-01-02T03:04:05Z');
    const range = env.SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 2);
    range.setValues([[d, 'x']]);
    const back = range.getValues()[0][0] as Date;
    expect(back).not.toBe(d);
    expect(back.getTime()).toBe(d.getTime());
  });

  it('throws Google’s dimension errors, rows first', () => {
    const env = createFakeEnv();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('A1:C2');
    const rows = thrown(() => range.setValues([[1, 2, 3]]));
    expect(rows.name).toBe('Exception');
    expect(rows.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(String(rows)).toMatch(/^Exception: The number of rows/);
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setBackgrounds([['#fff', null, null]])).toThrow('The data has 1 but the range has 2.');
    expect(() => range.setNotes([['a'], ['b']])).toThrow('The number of columns in the data');
    expect(() => range.setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(env.values(env.SpreadsheetApp.getActiveSheet().getName())).toEqual([]);
  });

  it('stores =… as a formula, strips a leading apostrophe, and parses typed input like Sheets', () => {
    const env = createFakeEnv();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('A1:G1');
    range.setValues([['=SUM(1,2)', "'=text", '-abc', '+1', '00123', '2024-09-30', '@home']]);
    expect(range.getFormulas()).toEqual([['=SUM(1,2)', '', '=-abc', '', '', '', '']]);
    const [values] = range.getValues();
    expect(values.slice(0, 5)).toEqual(['=SUM(1,2)', '=text', '-abc', 1, 123]);
    expect(values[5]).toBeInstanceOf(Date);
    expect(range.getDisplayValues()[0][5]).toBe('2024-09-30');
    expect(values[6]).toBe('@home');
  });

  it('keeps strings verbatim in plain-text cells and when parsing is off', () => {
    const env = createFakeEnv();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet
      .getRange('A1:B1')
      .setNumberFormat('@')
      .setValues([['=1+1', '00123']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+1', '00123']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
    const raw = createFakeEnv({ parseUserEntered: false });
    raw.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('=1+1');
    expect(raw.SpreadsheetApp.getActiveSheet().getRange('A1').getFormula()).toBe('');
  });

  it('formats display values by number format in the spreadsheet time zone', () => {
    const env = createFakeEnv({ timeZone: 'Asia/Shanghai' });
    const sheet = env.SpreadsheetApp.getActiveSheet();
    const d = new Date('2024-09-30T16:30:00Z'); // 2024-10-01 00:30 in Shanghai
    sheet.getRange('A1:E1').setValues([[d, d, 1234.5, 0.256, false]]);
    sheet.getRange('B1').setNumberFormat('yyyy"年"m"月"d"日"');
    sheet.getRange('C1').setNumberFormat('#,##0.00');
    sheet.getRange('D1').setNumberFormat('0.0%');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['2024-10-01 00:30:00', '2024年10月1日', '1,234.50', '25.6%', 'FALSE'],
    ]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-10-01 00:30');
  });

  it('setValue fills every cell of the range', () => {
    const env = createFakeEnv();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('B2:C3');
    range.setValue('x');
    expect(range.getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});

describe('fills, notes, formats, validation', () => {
  it('defaults backgrounds to #ffffff, lowercases colours and resets on null', () => {
    const env = createFakeEnv();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('A1:B2');
    expect(range.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
    range.setBackgrounds([
      ['#FFC7CE', '#abc'],
      ['red', null],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ['#ffc7ce', '#aabbcc'],
      ['#ff0000', '#ffffff'],
    ]);
    range.setBackground(null);
    expect(range.getBackground()).toBe('#ffffff');
  });

  it('notes default to "" and clear with null or ""', () => {
    const env = createFakeEnv();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('A1:C1');
    range.setNotes([['a', 'b', 'c']]);
    range.setNotes([['', null, 'c2']]);
    expect(range.getNotes()).toEqual([['', '', 'c2']]);
    range.clearNote();
    expect(range.getNote()).toBe('');
  });

  it('stores text styles and number formats', () => {
    const env = createFakeEnv();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('A1:B1');
    expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    range
      .setFontWeight('bold')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setFontColors([['#FF0000', null]]);
    expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(range.getWraps()).toEqual([[true, true]]);
    expect(range.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(range.getFontColors()).toEqual([['#ff0000', '#000000']]);
    range.clearFormat();
    expect(range.getFontWeight()).toBe('normal');
  });

  it('builds validation rules with Google’s criteria and values', () => {
    const env = createFakeEnv();
    const app = env.SpreadsheetApp;
    const list = app
      .newDataValidation()
      .requireValueInList(['已完成', '正在整改'], true)
      .setAllowInvalid(false)
      .build();
    const date = app.newDataValidation().requireDate().setHelpText('填日期').build();
    const num = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['已完成', '正在整改'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(date.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(date.getHelpText()).toBe('填日期');
    expect(num.getCriteriaValues()).toEqual([0]);
    const range = app.getActiveSheet().getRange('A1:A2');
    range.setDataValidation(list);
    expect(range.getDataValidations()).toEqual([[list], [list]]);
    range.setDataValidations([[null], [date]]);
    expect(range.getDataValidations()[0][0]).toBeNull();
    const many = Array.from({ length: 501 }, (_, i) => String(i));
    expect(() => app.newDataValidation().requireValueInList(many).build()).toThrow('limit of 500');
  });

  it('protects ranges and sheets', () => {
    const env = createFakeEnv({ activeUser: 'owner@x.org', editors: ['b@x.org'] });
    const sheet = env.SpreadsheetApp.getActiveSheet();
    const p = sheet.getRange('A1:D1').protect().setDescription('表头').setWarningOnly(true);
    expect(p.canEdit()).toBe(true);
    expect(sheet.getProtections(env.SpreadsheetApp.ProtectionType.RANGE)).toEqual([p]);
    const sp = sheet.protect();
    sp.removeEditors(['b@x.org', 'owner@x.org']);
    expect(sp.getEditors().map((u) => u.getEmail())).toEqual(['owner@x.org']);
    env.setActiveUser('b@x.org');
    expect(sp.canEdit()).toBe(false);
    expect(sheet.protect()).toBe(sp);
  });
});

describe('Sheet', () => {
  it('throws out-of-bounds like Google and sizes new sheets 1000 x 26', () => {
    const env = createFakeEnv();
    const sheet = env.SpreadsheetApp.getActive()!.insertSheet('新表');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1001, 1, 5, 1).getNumRows()).toBe(5);
  });

  it('grows seeded sheets to fit and finds the last row and column with content', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [i, 'x']);
    const env = createFakeEnv({
      sheets: [{ name: 'L', values: rows, backgrounds: [[null, null, '#ff0000']] }],
    });
    const sheet = env.sheet('L');
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getLastRow()).toBe(1500);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B1500');
  });

  it('inserts and deletes rows, moving every attribute with them', () => {
    const env = createFakeEnv({
      sheets: [{ name: 'S', values: [['a'], ['b'], ['c']], notes: [[null], ['nb']] }],
    });
    const sheet = env.sheet('S');
    sheet.insertRowsBefore(2, 2);
    expect(env.snapshot('S').values).toEqual([['a'], [''], [''], ['b'], ['c']]);
    expect(env.snapshot('S').notes[3]).toEqual(['nb']);
    sheet.deleteRows(2, 3);
    expect(env.values('S')).toEqual([['a'], ['c']]);
    expect(sheet.getMaxRows()).toBe(999);
  });

  it('appendRow writes after the last row and grows a full sheet', () => {
    const env = createFakeEnv({ sheets: [{ name: 'S', values: [['h1', 'h2']], maxRows: 1, maxColumns: 2 }] });
    const sheet = env.sheet('S');
    sheet.appendRow(['a', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getMaxColumns()).toBe(3);
    expect(env.values('S')).toEqual([
      ['h1', 'h2', ''],
      ['a', 'b', 'c'],
    ]);
  });

  it('names, ids, duplicates, hiding, frozen rows, widths, charts', () => {
    const env = createFakeEnv();
    const ss = env.SpreadsheetApp.getActive()!;
    expect(ss.getSheets()[0].getName()).toBe('工作表1');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    const a = ss.insertSheet('汇总');
    expect(ss.getActiveSheet()).toBe(a);
    expect(() => ss.insertSheet('汇总')).toThrow(
      'A sheet with the name "汇总" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('无')).toBeNull();
    expect(new Set(ss.getSheets().map((s) => s.getSheetId())).size).toBe(2);
    expect(ss.getSheetById(a.getSheetId())).toBe(a);
    a.hideSheet();
    expect(() => ss.getSheets()[0].hideSheet()).toThrow("You can't hide all the sheets in a document.");
    a.setFrozenRows(1);
    a.setColumnWidths(1, 3, 150);
    expect([a.getFrozenRows(), a.getColumnWidth(2), a.getColumnWidth(9)]).toEqual([1, 150, 100]);
    const chart = a
      .newChart()
      .setChartType(env.Charts.ChartType.PIE)
      .addRange(a.getRange('A1:B3'))
      .setPosition(1, 4, 0, 0)
      .build();
    a.insertChart(chart);
    expect(a.getCharts()).toHaveLength(1);
    expect(ss.getRange("'汇总'!B2").getSheet()).toBe(a);
    ss.deleteSheet(a);
    expect(ss.getSheets()).toHaveLength(1);
  });
});

describe('Ui and HtmlService', () => {
  it('records menus and answers alerts and prompts from queues', () => {
    const env = createFakeEnv();
    const ui = env.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('校验台账', 'validateLedger')
      .addSeparator()
      .addSubMenu(ui.createMenu('提醒').addItem('开启每日提醒', 'enableDailyReminders'))
      .addToUi();
    expect(env.ui.menuItems()).toEqual([
      { path: ['Rectify'], caption: '校验台账', functionName: 'validateLedger' },
      { path: ['Rectify', '提醒'], caption: '开启每日提醒', functionName: 'enableDailyReminders' },
    ]);
    expect(ui.alert('完成')).toBe(ui.Button.OK);
    expect(ui.alert('确认', '继续吗？', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.ui.queueAlert(ui.Button.NO);
    expect(ui.alert('确认', '继续吗？', ui.ButtonSet.YES_NO)).toBe('NO');
    env.ui.queuePrompt('2024-09-30');
    const r = ui.prompt('日期', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['2024-09-30', 'OK']);
    expect(env.ui.alerts.map((a) => a.response)).toEqual(['OK', 'YES', 'NO']);
  });

  it('refuses getUi where there is no UI', () => {
    const env = createFakeEnv();
    env.ui.available = false;
    expect(() => env.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('evaluates templates, escaping <?= ?> and not <?!= ?>', () => {
    const env = createFakeEnv({
      htmlFiles: {
        'Sidebar.html':
          '<h1><?= title ?></h1><?!= raw ?><? for (const x of items) { ?><li><?= x ?></li><? } ?>',
      },
    });
    const t = env.HtmlService.createTemplateFromFile('Sidebar');
    t.title = '<script>alert("x")</script>';
    t.raw = '<b>ok</b>';
    t.items = ['a&b', "c'd"];
    const out = t.evaluate().setTitle('整改台账');
    expect(out.getContent()).toBe(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1><b>ok</b><li>a&amp;b</li><li>c&#39;d</li>',
    );
    env.SpreadsheetApp.getUi().showSidebar(out);
    expect(env.ui.sidebars[0].title).toBe('整改台账');
    expect(() => env.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });
});

describe('Lock, Properties, Session, Utilities', () => {
  it('lets a test hold the document lock as another execution', () => {
    const env = createFakeEnv();
    env.lock.holdByOther('document');
    const lock = env.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(env.LockService.getScriptLock().tryLock(0)).toBe(true);
    env.lock.releaseOther('document');
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(env.lock.state('document')).toBe('free');
    env.lock.holdByOther('document', { releasesAfterMs: 5000 });
    expect(env.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(env.LockService.getDocumentLock().tryLock(10000)).toBe(true);
  });

  it('stores properties as strings per store and per user', () => {
    const env = createFakeEnv({ activeUser: 'a@x.org' });
    const doc = env.PropertiesService.getDocumentProperties()!;
    expect(doc.getProperty('missing')).toBeNull();
    doc.setProperty('n', 5 as unknown as string).setProperties({ a: '1', b: '2' });
    expect(doc.getProperties()).toEqual({ n: '5', a: '1', b: '2' });
    doc.deleteProperty('a');
    expect(doc.getKeys()).toEqual(['n', 'b']);
    env.PropertiesService.getUserProperties().setProperty('k', 'mine');
    env.setActiveUser('b@x.org');
    expect(env.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('formats dates with Java patterns in the given zone', () => {
    const env = createFakeEnv();
    const d = new Date('2024-09-30T16:05:09Z');
    expect(env.Utilities.formatDate(d, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss EEE')).toBe(
      '2024-10-01 00:05:09 Tue',
    );
    expect(env.Utilities.formatDate(d, 'UTC', "yyyy年M月d日 'at' h a")).toBe('2024年9月30日 at 4 PM');
    expect(env.Utilities.formatDate(d, 'Asia/Shanghai', 'Z XXX')).toBe('+0800 +08:00');
    expect(() => env.Utilities.formatDate('2024' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(env.Session.getActiveUser().getEmail()).toBe('owner@example.org');
    expect(env.Session.getActiveUserLocale()).toBe('zh_CN');
    expect(env.Session.getScriptTimeZone()).toBe('Asia/Shanghai');
  });
});

describe('ScriptApp and MailApp', () => {
  it('shows each user only their own triggers', () => {
    const env = createFakeEnv({ activeUser: 'a@x.org' });
    const ss = env.SpreadsheetApp.getActive()!;
    env.ScriptApp.newTrigger('dailyReminders')
      .timeBased()
      .everyDays(1)
      .atHour(8)
      .inTimezone('Asia/Shanghai')
      .create();
    env.ScriptApp.newTrigger('onLedgerEdit').forSpreadsheet(ss).onEdit().create();
    env.setActiveUser('b@x.org');
    expect(env.ScriptApp.getProjectTriggers()).toEqual([]);
    env.ScriptApp.newTrigger('dailyReminders').timeBased().everyDays(1).atHour(9).create();
    expect(env.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['dailyReminders']);
    env.setActiveUser('a@x.org');
    const mine = env.ScriptApp.getProjectTriggers();
    expect(mine.map((t) => [t.getHandlerFunction(), t.getEventType(), t.getTriggerSource()])).toEqual([
      ['dailyReminders', 'CLOCK', 'CLOCK'],
      ['onLedgerEdit', 'ON_EDIT', 'SPREADSHEETS'],
    ]);
    expect(env.ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['onLedgerEdit']);
    for (const t of mine) env.ScriptApp.deleteTrigger(t);
    expect(env.triggers.all().map((t) => [t.owner, t.schedule.atHour])).toEqual([['b@x.org', 9]]);
  });

  it('records mail and runs out of quota per recipient', () => {
    const env = createFakeEnv({ mailQuota: 3, activeUser: 'me@x.org' });
    env.MailApp.sendEmail('a@x.org', '提醒', '正文', { htmlBody: '<p>正文</p>', name: '整改台账助手' });
    env.MailApp.sendEmail({ to: 'b@x.org,c@x.org', subject: 's', body: 'b' });
    expect(env.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(env.sentMail.map((m) => [m.from, m.to, m.name])).toEqual([
      ['me@x.org', 'a@x.org', '整改台账助手'],
      ['me@x.org', 'b@x.org,c@x.org', null],
    ]);
    expect(() => env.MailApp.sendEmail('d@x.org', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(() => env.MailApp.sendEmail({ to: 'not-an-address', subject: 's', body: 'b' })).toThrow(
      'Invalid email',
    );
  });
});

describe('call counter', () => {
  it('counts every public method by Class.method, with totals, reset and snapshot', () => {
    const env = ledger();
    const sheet = env.SpreadsheetApp.getActive()!.getSheetByName('台账')!;
    const range = sheet.getDataRange();
    range.getValues();
    range.setBackgrounds(range.getBackgrounds());
    expect(env.calls.count('SpreadsheetApp.getActive')).toBe(1);
    expect(env.calls.count('Range.getValues')).toBe(1);
    expect(env.calls.total('Range.')).toBe(3);
    expect(env.calls.snapshot()).toEqual({
      'Range.getBackgrounds': 1,
      'Range.getValues': 1,
      'Range.setBackgrounds': 1,
      'Sheet.getDataRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
    });
    expect(env.calls.total()).toBe(6);
    env.snapshot('台账');
    env.values('台账');
    expect(env.calls.total()).toBe(6);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  it('handles a 10,000 x 20 ledger in one batched read', () => {
    const rows = Array.from({ length: 10000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? r : `r${r}c${c}`)),
    );
    const env = createFakeEnv({ sheets: [{ name: 'L', values: rows }] });
    const values = env.SpreadsheetApp.getActiveSheet().getDataRange().getValues();
    expect(values).toHaveLength(10000);
    expect(values[9999][19]).toBe('r9999c19');
    expect(env.calls.total('Range.')).toBe(1);
  });
});

describe('globals', () => {
  it('installs and uninstalls services on globalThis', () => {
    const env = createFakeEnv();
    installGlobals(env);
    try {
      expect(SpreadsheetApp.getActive().getName()).toBe('整改台账');
    } finally {
      uninstallGlobals();
    }
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });

  it('runs code in a bare vm context whose Dates are the context’s own', () => {
    const env = ledger();
    const context = createVmContext(env);
    const result = vm.runInContext(
      `
      const sheet = SpreadsheetApp.getActive().getSheetByName('台账');
      const values = sheet.getDataRange().getValues();
      sheet.getRange(1, 5).setValue(new Date(Date.UTC(2025, 0, 1)));
      console.log('rows', values.length);
      ({
        isDate: values[1][2] instanceof Date,
        hasRequire: typeof require,
        hasProcess: typeof process,
        day: Utilities.formatDate(values[1][2], 'Asia/Shanghai', 'yyyy-MM-dd'),
      });
      `,
      context,
    );
    expect({ ...result }).toEqual({
      isDate: true,
      hasRequire: 'undefined',
      hasProcess: 'undefined',
      day: '2024-09-30',
    });
    expect((env.values('台账')[0][4] as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(env.logs.map((l) => l.message)).toEqual(['rows 3']);
  });

  it('lets templates evaluated from the bundle call its global functions (include pattern)', () => {
    const env = createFakeEnv({
      htmlFiles: { Page: '<?!= include("Style") ?><p><?= name ?></p>', Style: '<style></style>' },
    });
    const context = createVmContext(env);
    const html = vm.runInContext(
      `
      function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
      const t = HtmlService.createTemplateFromFile('Page');
      t.name = '<李四>';
      t.evaluate().getContent();
      `,
      context,
    );
    expect(html).toBe('<style></style><p>&lt;李四&gt;</p>');
  });
});
