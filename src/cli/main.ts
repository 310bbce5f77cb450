// Command-line entry: parses arguments and dispatches to one command a file; exit 0 clean, 1 ledger errors, 2 usage.
import { parseArgs } from 'node:util';
import { checkCommand } from './commands/check';
import { colourCommand } from './commands/colour';
import { demoCommand } from './commands/demo';
import { noticeCommand } from './commands/notice';
import { remindCommand } from './commands/remind';
import { totalsCommand } from './commands/totals';
import { CliError } from './errors';
import { type Io, processIo } from './io';

export const USAGE = `整改台账助手 rectify — 用法 / usage:
  rectify check  <台账.xlsx|.csv> [--as-of YYYY-MM-DD] [--settings F] [--json]
  rectify totals <台账.xlsx|.csv> [--as-of YYYY-MM-DD] [--settings F] [--json]
  rectify notice <台账.xlsx|.csv> --out F.docx|F.html [--as-of YYYY-MM-DD] [--settings F] [--narrative F]
  rectify colour <台账.xlsx|.csv> --out 副本.xlsx [--as-of YYYY-MM-DD] [--settings F]
  rectify remind <台账.xlsx|.csv> --dry-run [--as-of YYYY-MM-DD] [--settings F] [--json]
  rectify demo   [--out DIR]
通用选项 / common: --lang zh|en, --help`;

const OPTIONS = {
  'as-of': { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  settings: { type: 'string' },
  narrative: { type: 'string' },
  lang: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

export interface Command {
  /** Whether the command takes a ledger path. */
  ledger: boolean;
  run(ledger: string, values: Values, io: Io): Promise<number>;
}

const common = (ledger: string, v: Values) => ({
  ledger,
  asOf: v['as-of'],
  json: v.json,
  settings: v.settings,
  narrative: v.narrative,
  lang: v.lang,
});

export const COMMANDS: Record<string, Command> = {
  check: { ledger: true, run: (l, v, io) => checkCommand(common(l, v), io) },
  totals: { ledger: true, run: (l, v, io) => totalsCommand(common(l, v), io) },
  notice: {
    ledger: true,
    run: (l, v, io) => noticeCommand({ ...common(l, v), out: v.out }, io),
  },
  colour: {
    ledger: true,
    run: (l, v, io) =>
      colourCommand({ ledger: l, out: v.out, asOf: v['as-of'], settings: v.settings, lang: v.lang }, io),
  },
  remind: {
    ledger: true,
    run: (l, v, io) => remindCommand({ ...common(l, v), dryRun: v['dry-run'] }, io),
  },
  demo: { ledger: false, run: (_l, v, io) => demoCommand({ out: v.out, lang: v.lang }, io) },
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({
        args: argv,
        options: OPTIONS,
        allowPositionals: true,
        strict: true,
      }) as typeof parsed;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`);
    }
    const [name, ledger, ...rest] = parsed.positionals;
    if (parsed.values.help || name === undefined || name === 'help') {
      io.out(USAGE);
      return name === undefined && !parsed.values.help ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new CliError(`未知命令“${name}” / unknown command "${name}"\n${USAGE}`);
    if (command.ledger && ledger === undefined)
      throw new CliError(`rectify ${name}: 缺少台账文件 / missing <ledger>\n${USAGE}`);
    if (rest.length > 0 || (!command.ledger && ledger !== undefined)) {
      throw new CliError(`rectify ${name}: 多余的参数 / unexpected argument "${rest[0] ?? ledger}"`);
    }
    return await command.run(ledger ?? '', parsed.values, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`rectify: ${(error as Error).stack ?? String(error)}`);
    return 3;
  }
}
