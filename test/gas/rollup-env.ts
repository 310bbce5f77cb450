// A roll-up spreadsheet on the fakes whose 设置 lists five links: four units in the forms offices keep, one unreadable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_EN, HEADER_ZH, unitRows } from '../cli/rollup-fixtures';
import { createFakeEnv, type FakeEnv } from '../fakes';

const ROOT = join(__dirname, '..', '..');
export const manifestScopes = (file: string): string[] =>
  (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { oauthScopes: string[] }).oauthScopes;

/** The units' header (the CLI fixtures' own), under the name the Sheets tests use. */
export const HEADER = HEADER_ZH;
export const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

/** 2024-10-30 09:00 in Shanghai. */
export const START = new Date('2024-10-30T09:00:00+08:00').getTime();
/** What opening and reading one unit's spreadsheet costs on the fake clock: the budget fits three. */
export const PER_UNIT_MS = 100_000;

/**
 * The roll-up spreadsheet (设置 lists five links: four units in the forms offices keep, and one the user cannot
 * open) and the four units' spreadsheets, under the roll-up build's scopes.
 */
export function rollupEnv(scopes = manifestScopes('appsscript.rollup.json')): FakeEnv {
  const env = createFakeEnv({
    scopes,
    spreadsheetName: '各单位整改汇总',
    sheets: [
      {
        name: '设置',
        values: [
          ['设置项', '值'],
          ['发文单位', '中共××区纪委监委'],
          ['单位台账', url('unitFinance')],
          ['单位台账', url('unitEducation')],
          ['单位台账', url('unitNobody')],
          ['单位台账', url('unitHealth')],
          ['单位台账', url('unitWater')],
        ],
      },
    ],
  });
  env.addSpreadsheet({
    id: 'unitFinance',
    name: '财政局台账',
    sheets: [
      {
        name: '台账',
        values: [
          ['中共××市财政局党组巡察整改台账'],
          HEADER,
          ...unitRows({ done: 8, overdue: 2, dueSoon: 1, notDone: 1, longTerm: 1, recovered: 1.5 }),
        ],
      },
      {
        name: '设置',
        values: [
          ['设置项', '值'],
          ['被巡察单位', '市财政局党组'],
        ],
      },
    ],
  });
  env.addSpreadsheet({
    id: 'unitEducation',
    name: '教育局',
    sheets: [
      { name: '封面', values: [['整改台账']] },
      {
        name: 'Sheet1',
        values: [
          ['市教育局党组巡察整改台账'],
          HEADER,
          ...unitRows({ done: 5, overdue: 0, dueSoon: 2, notDone: 2, longTerm: 0, numbering: 'chinese' }),
        ],
      },
    ],
  });
  env.addSpreadsheet({
    id: 'unitHealth',
    name: '市卫健委',
    sheets: [
      {
        name: '台账',
        values: [
          HEADER,
          ...unitRows({ done: 3, overdue: 3, dueSoon: 0, notDone: 0, longTerm: 2, recovered: 0.25 }),
        ],
      },
    ],
  });
  env.addSpreadsheet({
    id: 'unitWater',
    name: 'Water Bureau',
    sheets: [
      {
        name: 'Ledger',
        values: [HEADER_EN, ...unitRows({ done: 10, overdue: 1, dueSoon: 0, notDone: 0, longTerm: 0 }, true)],
      },
    ],
  });
  return env;
}
