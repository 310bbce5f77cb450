// Every entry point of build/Code.js run once in a bare vm, as people and triggers would: for whole-bundle checks.
import { join } from 'node:path';
import vm from 'node:vm';
import { expect } from '@jest/globals';
import type { FakeEnv } from '../fakes';
import { htmlFilesFromDir, loadBundle } from '../fakes/vm';
import { BUNDLE } from './bundle';
import { exampleGrid } from './helpers';
import { noticeEnv } from './notice-helpers';

export interface SessionOptions {
  /** Use a template Doc (with a table) for the notice. */
  withTemplate?: boolean;
  /** Code run in the context before the bundle loads (e.g. deleting built-ins newer than ES2020). */
  prelude?: string;
}

/** Runs every menu command, sidebar call and trigger of the bundle once; returns the env and context. */
export function runWholeSession(options: SessionOptions = {}): { env: FakeEnv; context: vm.Context } {
  const settings = [...exampleGrid('settings'), ['同时生成PDF', '是']];
  const extra = options.withTemplate ? [['通报模板文档ID', '1Template']] : [];
  const { env } = noticeEnv({
    settings: [...settings, ...extra],
    htmlFiles: htmlFilesFromDir(join(__dirname, '..', '..', 'build')),
  });
  if (options.withTemplate) {
    env.documents.addDocument('模板', ['{{标题}}', { table: [['{{问题清单}}']] }], { id: '1Template' });
  }
  const context = loadBundle(env, BUNDLE, {}, options.prelude);
  const run = (code: string) => {
    vm.runInContext(code, context);
    env.lock.endExecution();
  };
  run('onOpen({ authMode: "LIMITED" })');
  run('setupLedger()');
  run('validateLedger(); colourLedger(); updateTotals(); generateNotice()');
  run('showSidebar(); getDashboard(); getSettingsForm(); getNoticePreview(); selectRow(3)');
  run('saveSettings({ leadDays: "5" }); runMenuCommand("validate")');
  run('previewReminders(); enableDailyReminders()');
  const trigger = env.triggers.all().find((t) => t.handler === 'dailyReminders')!;
  context.__event = env.triggers.clockEvent(trigger.id);
  run('dailyReminders(__event)');
  run('disableDailyReminders()');
  const range = env.calls.untracked(() => env.sheet('台账').getRange('J3'));
  env.calls.untracked(() => range.setValue('已完成'));
  context.__edit = {
    range,
    source: env.spreadsheet,
    authMode: 'FULL',
    value: '已完成',
    user: env.calls.untracked(() => env.Session.getActiveUser()),
  };
  run('onLedgerEdit(__edit)');
  env.calls.untracked(() => env.spreadsheet.setActiveRange(range));
  run('showProblemHistory(); showHelp()');
  expect(env.ui.alerts.filter((a) => /permission|权限|Error|TypeError/i.test(a.prompt))).toEqual([]);
  return { env, context };
}
