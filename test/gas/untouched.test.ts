// Every command, trigger and sidebar call in turn on one spreadsheet: what people typed, filled and noted stays.

import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { showHelp } from '../../src/gas/commands/show-help';
import { updateTotals } from '../../src/gas/commands/update-totals';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { onLedgerEdit } from '../../src/gas/history/edits';
import { showProblemHistory } from '../../src/gas/history/view';
import { generateNotice } from '../../src/gas/notice/generate';
import { LEGEND_MARKER, NOTE_MARKER } from '../../src/gas/platform/sheet-write';
import { dailyReminders, previewReminders } from '../../src/gas/reminders/daily';
import { disableDailyReminders, enableDailyReminders } from '../../src/gas/reminders/trigger';
import { runMenuCommand } from '../../src/gas/sidebar/commands';
import {
  getDashboard,
  getNoticePreview,
  getSettingsForm,
  selectCell,
  selectRow,
  showSidebar,
} from '../../src/gas/sidebar/server';
import { saveSettings } from '../../src/gas/sidebar/settings';
import type { FakeEnv } from '../fakes';
import { htmlFilesFromDir } from '../fakes/vm';
import { exampleGrid } from './helpers';
import { noticeEnv, noticeServices } from './notice-helpers';

/** The example as an office keeps it: a Date done date, a formula, text Sheets would misread, fills and notes. */
function personLedger() {
  const values: unknown[][] = exampleGrid('ledger');
  const blank = <T>() => values.map((r) => r.map(() => null as T | null));
  const formulas = blank<string>();
  const backgrounds = blank<string>();
  const notes = blank<string>();
  values[9][10] = new Date('2024-09-28T00:00:00+08:00'); // K10: a real date cell
  values[18][13] = 0.02; // N19: 追赃挽损 as a formula's result
  formulas[18][13] = '=0.01+0.01';
  values[4][15] = '=不是公式'; // P5: typed as text with a leading apostrophe
  values[5][15] = '007'; // P6: text that looks like a number
  backgrounds[1][3] = '#ffff00'; // D2 of an overdue row, highlighted by a person
  backgrounds[9][0] = '#00ff00'; // A10 of a done row
  backgrounds[0][4] = '#b7b7b7'; // E1, a header cell
  notes[1][9] = '请主管领导关注'; // J2
  notes[0][0] = '编号规则：大类-小类'; // A1, where the legend note also goes
  notes[2][8] = '时限已与巡察组沟通'; // I3
  return { name: '台账', values, formulas, backgrounds, notes };
}

/** 设置 with a person's explanations in column C. */
function personSettings(): unknown[][] {
  return exampleGrid('settings')
    .filter((r) => r[0] !== '统计截止日期')
    .map((r, i) => [...r, i === 0 ? '说明' : `（${r[0]}：办公室填写）`]);
}

interface Kept {
  values: unknown[][];
  formulas: string[][];
}

/** The cells a person owns on the ledger, as they are now. */
function ledgerState(env: FakeEnv): Kept {
  const snap = env.snapshot('台账');
  return { values: env.values('台账'), formulas: snap.formulas };
}

function expectPersonMarksKept(env: FakeEnv, step: string): void {
  const snap = env.snapshot('台账');
  const fill = (a1: [number, number]) => snap.backgrounds[a1[0]][a1[1]];
  expect([step, fill([1, 3]), fill([9, 0]), fill([0, 4])]).toEqual([step, '#ffff00', '#00ff00', '#b7b7b7']);
  for (const [r, c, text] of [
    [1, 9, '请主管领导关注'],
    [0, 0, '编号规则：大类-小类'],
    [2, 8, '时限已与巡察组沟通'],
  ] as const) {
    const note = snap.notes[r][c];
    // The person's note, alone or followed by one of ours (findings or the legend).
    const ours =
      note.startsWith(`${text}\n\n${NOTE_MARKER}`) || note.startsWith(`${text}\n\n${LEGEND_MARKER}`);
    expect([step, note === text || ours]).toEqual([step, true]);
  }
}

describe('no command changes what a person typed, filled or noted', () => {
  it('holds for every menu command, trigger and sidebar call, one after another', () => {
    const { env } = noticeEnv({
      pinAsOf: false,
      ledger: personLedger(),
      settings: personSettings(),
      htmlFiles: htmlFilesFromDir(join(__dirname, '../../build')),
    });
    const s = noticeServices(env);
    const narrative = env.snapshot('通报正文');
    const settingsBefore = env.values('设置');
    let ledger = ledgerState(env);
    let notice: string | undefined;

    const steps: [string, () => unknown][] = [
      ['setupLedger', () => setupLedger(s)],
      ['validateLedger', () => validateLedger(s)],
      ['colourLedger', () => colourLedger(s)],
      ['updateTotals', () => updateTotals(s)],
      ['generateNotice', () => (notice = generateNotice(s)?.documentId)],
      ['previewReminders', () => previewReminders(s)],
      ['enableDailyReminders', () => enableDailyReminders(s)],
      ['dailyReminders', () => dailyReminders(undefined, s)],
      ['showHelp', () => showHelp(s)],
      ['showSidebar', () => showSidebar(s)],
      ['getDashboard', () => getDashboard(s)],
      ['getSettingsForm', () => getSettingsForm(s)],
      ['getNoticePreview', () => getNoticePreview(s)],
      ['selectRow', () => selectRow(2, s)],
      ['selectCell', () => selectCell('I3', s)],
      ['runMenuCommand validate', () => runMenuCommand('validate', s)],
      ['runMenuCommand colour', () => runMenuCommand('colour', s)],
      ['runMenuCommand totals', () => runMenuCommand('totals', s)],
      ['runMenuCommand reminders', () => runMenuCommand('reminders', s)],
      ['showProblemHistory', () => showProblemHistory(s)],
      ['disableDailyReminders', () => disableDailyReminders(s)],
    ];
    for (const [step, command] of steps) {
      command();
      env.lock.endExecution();
      expect([step, ledgerState(env)]).toEqual([step, ledger]);
      expectPersonMarksKept(env, step);
    }
    // Commands really ran: fills, a legend, 汇总, a notice, mail and history exist.
    expect(env.snapshot('台账').backgrounds[7][1]).toBe(PALETTE.overdue);
    expect(env.spreadsheet.getSheetByName('汇总')).not.toBeNull();
    expect(env.documents.texts(notice!).length).toBeGreaterThan(0);
    expect(env.sentMail.length).toBeGreaterThan(0);

    // A person edits a status; the edit trigger logs it and leaves the ledger exactly as the person left it.
    const range = env.calls.untracked(() => {
      const r = env.sheet('台账').getRange('J3');
      r.setValues([['已完成']]);
      return r;
    });
    ledger = ledgerState(env);
    const logged = onLedgerEdit(
      { range, source: env.spreadsheet, authMode: 'FULL' } as unknown as GoogleAppsScript.Events.SheetsOnEdit,
      s,
    );
    env.lock.endExecution();
    expect(logged.logged).toBe(1);
    expect(ledgerState(env)).toEqual(ledger);
    expectPersonMarksKept(env, 'onLedgerEdit');

    // Saving the settings form changes the one value the person changed there, and nothing else anywhere.
    const form = Object.fromEntries(getSettingsForm(s).fields.map((f) => [f.key, f.value]));
    const saved = saveSettings({ ...form, leadDays: '5' }, s);
    expect(saved.ok).toBe(true);
    expect(ledgerState(env)).toEqual(ledger);
    expectPersonMarksKept(env, 'saveSettings');
    const settingsAfter = env.values('设置');
    settingsBefore.forEach((row, r) => {
      const expected = row[0] === '提醒提前天数' ? [row[0], 5, row[2]] : row;
      expect(settingsAfter[r].slice(0, 3)).toEqual(expected);
    });

    // 通报正文 is read by the notice and the preview, never written.
    expect(env.snapshot('通报正文')).toEqual(narrative);
  });
});
