// Caps on the work one input can cause, their environment overrides, and the one-line messages when one is hit.
import { type Locale, tr } from '../core';
import { DEFAULT_LIMITS, type Limits, OoxmlError } from '../ooxml';
import { CliError } from './errors';

/** The environment variables that raise (or lower) each cap; README "Limits" lists them. */
export const LIMIT_VARIABLES = {
  maxInflatedBytes: 'RECTIFY_MAX_INFLATED_MB',
  maxRows: 'RECTIFY_MAX_ROWS',
  maxColumns: 'RECTIFY_MAX_COLUMNS',
  maxCellLength: 'RECTIFY_MAX_CELL_LENGTH',
} as const;

/** The caps in force: the defaults, each replaced by its variable when that holds a positive whole number. */
export function limitsFromEnv(
  env: Record<string, string | undefined> = process.env,
  locale: Locale = 'zh',
): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]) {
    const name = LIMIT_VARIABLES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw.trim()) || Number(raw) <= 0)
      throw new CliError(
        tr(locale, `${name}：“${raw}”应为正整数`, `${name}: "${raw}" must be a positive whole number`),
      );
    limits[key] = key === 'maxInflatedBytes' ? Number(raw) * 2 ** 20 : Number(raw);
  }
  return limits;
}

const mb = (bytes: number) => `${Math.ceil(bytes / 2 ** 20).toLocaleString('en')} MB`;

/** A cap that was hit, as one line naming the file, what passed the cap, and the variable that raises it. */
export function limitMessage(error: OoxmlError, path: string, l: Locale): string {
  const raise = (name: string) =>
    tr(l, `（确需处理可设置环境变量 ${name} 放宽）`, ` (set ${name} to raise it)`);
  switch (error.code) {
    case 'limit.inflated':
      return tr(
        l,
        `${path}: 解压后超过 ${mb(error.limit)} 的上限，已停止读取${raise(LIMIT_VARIABLES.maxInflatedBytes)}`,
        `${path}: inflates to more than the ${mb(error.limit)} limit; reading stopped${raise(LIMIT_VARIABLES.maxInflatedBytes)}`,
      );
    case 'limit.rows':
      return tr(
        l,
        `${path}: ${error.detail ? `工作表“${error.detail}”` : ''}超过 ${error.limit.toLocaleString('en')} 行的上限${raise(LIMIT_VARIABLES.maxRows)}`,
        `${path}: ${error.detail ? `sheet "${error.detail}" has ` : ''}more than the ${error.limit.toLocaleString('en')}-row limit${raise(LIMIT_VARIABLES.maxRows)}`,
      );
    case 'limit.columns':
      return tr(
        l,
        `${path}: ${error.detail} 超过 ${error.limit.toLocaleString('en')} 列的上限${raise(LIMIT_VARIABLES.maxColumns)}`,
        `${path}: ${error.detail} is past the ${error.limit.toLocaleString('en')}-column limit${raise(LIMIT_VARIABLES.maxColumns)}`,
      );
    case 'limit.cellLength':
      return tr(
        l,
        `${path}: ${error.detail} 有 ${error.actual.toLocaleString('en')} 个字符，超过每格 ${error.limit.toLocaleString('en')} 个字符的上限${raise(LIMIT_VARIABLES.maxCellLength)}`,
        `${path}: ${error.detail} holds ${error.actual.toLocaleString('en')} characters, over the ${error.limit.toLocaleString('en')}-character cell limit${raise(LIMIT_VARIABLES.maxCellLength)}`,
      );
    case 'notWorkbook':
      return tr(
        l,
        `${path}: 不是 .xlsx 工作簿（这是 Word 或 PowerPoint 文件）`,
        `${path}: not an .xlsx workbook (it is a Word or PowerPoint file)`,
      );
    case 'noSheets':
      return tr(l, `${path}: 工作簿中没有工作表`, `${path}: the workbook has no sheets`);
    default:
      return tr(
        l,
        `${path}: 工作簿已损坏，无法读取（${error.detail}）`,
        `${path}: the workbook is damaged and cannot be read (${error.detail})`,
      );
  }
}

/** Runs `work`, turning a package or limit error into the CLI's one-line error naming `path`. */
export function withFileErrors<T>(path: string, l: Locale, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof OoxmlError) throw new CliError(limitMessage(error, path, l));
    throw error;
  }
}
