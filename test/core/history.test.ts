// The edit-history diff: single edits and pastes against the snapshot, moved rows and columns, the log rows.
import { describe, expect, it } from '@jest/globals';
import {
  type Cell,
  diffEdit,
  type EditedRange,
  historyRows,
  problemHistory,
  UNKNOWN_OLD_VALUE,
} from '../../src/core';
import { grid, row } from './grid';

// Row 2: 编号 1, row 3: 编号 2, row 4: 编号 3. 整改状态 is column J (10), 完成日期 K (11), 佐证材料 O (15).
const original = () => grid(row({}, 1), row({}, 2), row({}, 3));
const copy = (g: Cell[][]) => g.map((r) => [...r]);
const at = (rowN: number, column: number, numRows = 1, numColumns = 1): EditedRange => ({
  row: rowN,
  column,
  numRows,
  numColumns,
});

describe('diffEdit against an aligned snapshot', () => {
  it('logs a single edit with its old and new value, 编号 and header', () => {
    const now = copy(original());
    now[2][9] = '已完成';
    const { changes, snapshotStale } = diffEdit({ current: now, snapshot: original(), range: at(3, 10) });
    expect(changes).toEqual([
      {
        row: 3,
        column: 10,
        cell: 'J3',
        id: '2',
        field: '整改状态',
        oldValue: '正在整改',
        newValue: '已完成',
      },
    ]);
    expect(snapshotStale).toBe(false);
  });

  it('logs every changed cell of a pasted range, and skips cells the paste left as they were', () => {
    const now = copy(original());
    now[2][9] = '已完成';
    now[2][10] = '2024-10-20';
    now[3][9] = '正在整改'; // unchanged
    now[3][10] = '2024-10-21';
    const { changes } = diffEdit({ current: now, snapshot: original(), range: at(3, 10, 2, 2) });
    expect(changes.map((c) => [c.cell, c.id, c.field, c.oldValue, c.newValue])).toEqual([
      ['J3', '2', '整改状态', '正在整改', '已完成'],
      ['K3', '2', '完成日期', '', '2024-10-20'],
      ['K4', '3', '完成日期', '', '2024-10-21'],
    ]);
  });

  it('prefers Apps Script’s oldValue for a single cell when something outdated the snapshot', () => {
    const now = copy(original());
    now[2][14] = '新纪要.pdf';
    const { changes } = diffEdit({
      current: now,
      snapshot: original(),
      range: at(3, 15),
      oldValue: '旧纪要.pdf',
    });
    expect(changes[0]).toMatchObject({ oldValue: '旧纪要.pdf', newValue: '新纪要.pdf' });
  });

  it('writes dates as the spreadsheet shows them and does not log a Date that did not change', () => {
    const snap = copy(original());
    snap[1][10] = new Date(Date.UTC(2024, 8, 19, 16));
    const now = copy(snap);
    now[1][10] = new Date(Date.UTC(2024, 8, 19, 16)); // same instant, new object
    now[1][9] = '已完成';
    const dateText = (d: Date) => (d.getTime() === Date.UTC(2024, 8, 19, 16) ? '2024-09-20' : '?');
    const { changes } = diffEdit({ current: now, snapshot: snap, range: at(2, 10, 1, 2), dateText });
    expect(changes.map((c) => c.cell)).toEqual(['J2']);
    now[1][10] = '';
    const cleared = diffEdit({ current: now, snapshot: snap, range: at(2, 11), dateText });
    expect(cleared.changes[0]).toMatchObject({ oldValue: '2024-09-20', newValue: '' });
  });

  it('names the header row and keeps the old 编号 when the edit cleared it', () => {
    const now = copy(original());
    now[0][9] = '状态';
    expect(diffEdit({ current: now, snapshot: original(), range: at(1, 10) }).changes[0].field).toBe('表头');
    const cleared = copy(original());
    cleared[2][0] = '';
    expect(diffEdit({ current: cleared, snapshot: original(), range: at(3, 1) }).changes[0]).toMatchObject({
      id: '2',
      oldValue: '2',
      newValue: '',
    });
  });
});

describe('diffEdit when rows or columns moved since the snapshot (no onEdit fires for those)', () => {
  it('finds the old row by 编号 after a row was inserted above', () => {
    const snap = original();
    const now = [snap[0], row({}, 9), ...snap.slice(1)].map((r) => [...r]);
    now[3][9] = '已完成'; // 编号 2, now on sheet row 4
    const { changes, snapshotStale } = diffEdit({ current: now, snapshot: snap, range: at(4, 10) });
    expect(changes).toEqual([
      {
        row: 4,
        column: 10,
        cell: 'J4',
        id: '2',
        field: '整改状态',
        oldValue: '正在整改',
        newValue: '已完成',
      },
    ]);
    expect(snapshotStale).toBe(true);
  });

  it('reads a freshly inserted blank row as blank before', () => {
    const snap = original();
    const now = [snap[0], snap[1], Array(16).fill(''), snap[2], snap[3]].map((r) => [...r]);
    now[2][3] = '新发现的问题';
    const { changes } = diffEdit({ current: now, snapshot: snap, range: at(3, 4) });
    expect(changes[0]).toMatchObject({ cell: 'D3', oldValue: '', newValue: '新发现的问题' });
  });

  it('maps columns by header after a column was inserted', () => {
    const snap = original();
    const now = snap.map((r, i) => [...r.slice(0, 2), i === 0 ? '新列' : '', ...r.slice(2)]);
    now[2][10] = '已完成'; // 整改状态 moved from J to K
    const { changes } = diffEdit({ current: now, snapshot: snap, range: at(3, 11) });
    expect(changes[0]).toMatchObject({
      cell: 'K3',
      field: '整改状态',
      oldValue: '正在整改',
      newValue: '已完成',
    });
  });

  it('says the old value is unknown when neither position nor 编号 can tell', () => {
    const snap = grid(row({ 备注: '甲' }, 1), row({ 备注: '乙' }, 2), row({ 备注: '丙' }, 3));
    const now = [snap[0], snap[3], snap[2], snap[1]].map((r) => [...r]); // sorted, which fires no onEdit
    now[1][0] = '3a'; // a new 编号 on a moved row, pasted with its status
    now[1][9] = '已完成';
    const { changes } = diffEdit({ current: now, snapshot: snap, range: at(2, 1, 1, 10) });
    expect(changes.find((c) => c.cell === 'J2')?.oldValue).toBeNull();
  });

  it('without a snapshot: a single cell is read by Apps Script’s rule (no oldValue means it was empty)', () => {
    const now = copy(original());
    const single = diffEdit({ current: now, snapshot: null, range: at(2, 11) });
    expect(single.changes).toEqual([]);
    now[1][10] = '2024-10-01';
    expect(diffEdit({ current: now, snapshot: null, range: at(2, 11) }).changes[0].oldValue).toBe('');
    const paste = diffEdit({ current: now, snapshot: null, range: at(2, 10, 1, 2) });
    expect(paste.changes.every((c) => c.oldValue === null)).toBe(true);
    expect(paste.snapshotStale).toBe(true);
  });
});

describe('log rows and one problem’s history', () => {
  const changes = [
    { row: 3, column: 10, cell: 'J3', id: '2', field: '整改状态', oldValue: '正在整改', newValue: '已完成' },
    { row: 3, column: 11, cell: 'K3', id: '2', field: '完成日期', oldValue: null, newValue: '2024-10-20' },
  ];

  it('stamps each change with the time and user, and marks an unknown old value and account', () => {
    const time = new Date(0);
    expect(historyRows(changes, { time, user: 'clerk@example.org' })).toEqual([
      [time, 'clerk@example.org', 'J3', '2', '整改状态', '正在整改', '已完成'],
      [time, 'clerk@example.org', 'K3', '2', '完成日期', UNKNOWN_OLD_VALUE.zh, '2024-10-20'],
    ]);
    expect(historyRows(changes, { time, user: '' })[0][1]).toBe('编辑者未知');
    expect(historyRows(changes, { time, user: '', locale: 'en' })[0][1]).toBe('editor unknown');
  });

  it('picks a problem’s rows by 编号 (or by row when it has none), newest first', () => {
    const log: Cell[][] = [
      ['时间', '修改人', '单元格', '编号', '字段', '原值', '新值'],
      ['t1', 'a', 'J3', '2', '整改状态', '未完成', '正在整改'],
      ['t2', 'b', 'J4', '3', '整改状态', '未完成', '已完成'],
      ['t3', 'a', 'J5', '2', '整改状态', '正在整改', '已完成'], // 编号 2 after a row was inserted
      ['t4', 'c', 'D7', '', '问题描述', '', '无编号的问题'],
    ];
    expect(problemHistory(log, { id: '2', row: 5 }).map((e) => e.time)).toEqual(['t3', 't1']);
    expect(problemHistory(log, { id: '', row: 7 })).toEqual([
      {
        time: 't4',
        user: 'c',
        cell: 'D7',
        id: '',
        field: '问题描述',
        oldValue: '',
        newValue: '无编号的问题',
      },
    ]);
  });
});
