// Caps on the work one input can cause, their environment overrides, and the one-line messages when one is hit.
import type { Locale } from '../core';
import { say } from '../core/messages/bilingual';
import { CLI_LIMITS as M } from '../core/messages/cli';
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
export function limitsFromEnv(env: Record<string, string | undefined>, locale: Locale = 'zh'): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]) {
    const name = LIMIT_VARIABLES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw.trim()) || Number(raw) <= 0)
      throw new CliError(say(locale, M.notPositive({ name, raw })));
    limits[key] = key === 'maxInflatedBytes' ? Number(raw) * 2 ** 20 : Number(raw);
  }
  return limits;
}

const mb = (bytes: number) => `${Math.ceil(bytes / 2 ** 20).toLocaleString('en')} MB`;
const count = (n: number) => n.toLocaleString('en');

/** A cap that was hit, as one line naming the file, what passed the cap, and the variable that raises it. */
export function limitMessage(error: OoxmlError, path: string, l: Locale): string {
  const { detail } = error;
  switch (error.code) {
    case 'limit.inflated':
      return say(l, M.inflated({ path, limit: mb(error.limit), variable: LIMIT_VARIABLES.maxInflatedBytes }));
    case 'limit.rows':
      return say(
        l,
        M.rows({ path, sheet: detail, limit: count(error.limit), variable: LIMIT_VARIABLES.maxRows }),
      );
    case 'limit.columns':
      return say(
        l,
        M.columns({ path, where: detail, limit: count(error.limit), variable: LIMIT_VARIABLES.maxColumns }),
      );
    case 'limit.cellLength':
      return say(
        l,
        M.cellLength({
          path,
          where: detail,
          actual: count(error.actual),
          limit: count(error.limit),
          variable: LIMIT_VARIABLES.maxCellLength,
        }),
      );
    case 'notWorkbook':
      return say(l, M.notWorkbook({ path }));
    case 'noSheets':
      return say(l, M.noSheets({ path }));
    default:
      return say(l, M.damaged({ path, detail }));
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
