// Generates realistic ledgers of any size for benches (deterministic: same rows every run).
import { type Cell, FIELD_DEFS } from '../src/core';

/** The ledger's own headers, in set-up order (the bench measures the real field list). */
export const HEADERS = FIELD_DEFS.map((d) => d.zh);

const DEADLINES = [
  '2024年9月底前完成整改',
  '2024年10月前完成整改',
  '2024-12-31',
  '2024年12月',
  '2024年第四季度',
  '长期坚持',
  '2025年上半年',
];
const STATUSES = ['已完成', '正在整改', '未完成', '正在整改', '整改中'];
const OFFICES = ['办公室', '组织联络部', '创作研究部', '财务室', '机关党支部', '办公室（人事）'];

export function generateLedger(rows: number): Cell[][] {
  const grid: Cell[][] = [HEADERS];
  for (let i = 0; i < rows; i++) {
    const status = STATUSES[i % STATUSES.length];
    const office = OFFICES[i % OFFICES.length];
    grid.push([
      `${Math.floor(i / 10) + 1}-${(i % 10) + 1}`,
      `${(i % 12) + 1}. 类别${(i % 12) + 1}`,
      i % 97 === 0 ? '市委书记点人点事' : '巡察反馈',
      `第${i + 1}个问题：对政治理论学习重视不够，以新思想引领文艺工作实践有差距。`,
      '一是召开党组会专题研究；二是修订完善相关制度；三是加强督促检查。',
      '党组书记',
      office,
      `office${i % OFFICES.length}@example.org`,
      DEADLINES[i % DEADLINES.length],
      status,
      status === '已完成' ? '2024-09-15' : '',
      i % 11 === 0 ? '是' : '',
      i % 11 === 0 ? '建立长效机制' : '',
      // 长期举措时限 (#18): the column set-up adds after 长期举措.
      i % 11 === 0 ? '2024年12月底前' : '',
      i % 50 === 0 ? 0.5 : '',
      status === '已完成' ? '会议纪要.pdf' : '',
      '',
    ]);
  }
  return grid;
}
