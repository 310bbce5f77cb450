// The figures of scripts/metrics.mjs as the guard tests read them: one rule for the report and the ceiling.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Site {
  file: string;
  line: number;
}

export interface Figures {
  pairs: { count: number; forms: Record<string, number>; sites: (Site & { form: string })[] };
  locks: { count: number; addOn: number; sites: (Site & { call: string; build: 'add-on' | 'roll-up' })[] };
  server: { functions: string[]; calls: (Site & { name: string })[] };
}

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'metrics.mjs');

/** The figures of the repository's working tree, or of another folder's src (an example tree). */
export function figures(root?: string): Figures {
  const args = [SCRIPT, '--json', ...(root ? ['--root', root] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Figures;
}

/** Sites as `file:line` strings, so a failing ratchet names each place to look. */
export const where = (sites: readonly Site[]): string[] => sites.map((s) => `${s.file}:${s.line}`);
