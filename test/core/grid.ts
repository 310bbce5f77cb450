// Builds small ledger grids for the core tests: a header row plus rows given as field → value.
import type { Cell } from '../../src/core';

export const HEADER = [
  '编号',
  '问题类别',
  '问题来源',
  '问题描述',
  '整改措施',
  '牵头领导',
  '责任科室',
  '责任人邮箱',
  '整改时限',
  '整改状态',
  '完成日期',
  '长期坚持',
  '长期举措',
  '追赃挽损（万元）',
  '佐证材料',
  '备注',
] as const;

export type HeaderName = (typeof HEADER)[number];

/** Column letter of each header in the standard grid (A = 编号 … P = 备注). */
export const COLUMN: Record<HeaderName, string> = Object.fromEntries(
  HEADER.map((h, i) => [h, String.fromCharCode(65 + i)]),
) as Record<HeaderName, string>;

/** A complete, valid row; overrides replace single cells. */
export function row(overrides: Partial<Record<HeaderName, Cell>> = {}, n = 1): Cell[] {
  const base: Record<HeaderName, Cell> = {
    编号: String(n),
    问题类别: '1. 理论学习',
    问题来源: '巡察反馈',
    问题描述: `第${n}个问题：学习不够深入`,
    整改措施: '召开专题会议',
    牵头领导: '党组书记',
    责任科室: '办公室',
    责任人邮箱: 'office@example.org',
    整改时限: '2024年12月底前完成整改',
    整改状态: '正在整改',
    完成日期: '',
    长期坚持: '',
    长期举措: '',
    '追赃挽损（万元）': '',
    佐证材料: '纪要.pdf',
    备注: '',
  };
  const merged = { ...base, ...overrides };
  return HEADER.map((h) => merged[h]);
}

/** Header plus rows; row i of the result is sheet row i + 1. */
export function grid(...rows: Cell[][]): Cell[][] {
  return [[...HEADER], ...rows];
}
