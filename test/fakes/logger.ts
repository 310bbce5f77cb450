// Logger and console: lines are recorded in env.logs (and echoed to the real console when asked).
import { countCalls } from './calls';
import { type Core, Fake } from './core';

export interface LogLine {
  level: 'Logger' | 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Error || (typeof v === 'object' && v !== null && 'stack' in v && 'message' in v)) {
    const e = v as Error;
    return `${e.name}: ${e.message}`;
  }
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Keeps the lines; the real console is captured when the env is created, in the test's realm. */
export class LogSink {
  readonly lines: LogLine[] = [];
  private readonly realConsole = globalThis.console;
  constructor(private readonly core: Core) {}
  write(level: LogLine['level'], args: unknown[]): void {
    const message = args.map(show).join(' ');
    this.lines.push({ level, message });
    if (this.core.echoLogs) this.realConsole.log(`[${level}] ${message}`);
  }
}

export class FakeLogger extends Fake {
  constructor(
    core: Core,
    readonly _sink: LogSink,
  ) {
    super(core);
  }
  /** Logger.log(data) or Logger.log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    if (typeof data === 'string' && values.length > 0) {
      let i = 0;
      this._sink.write('Logger', [data.replace(/%s/g, () => show(values[i++]))]);
    } else this._sink.write('Logger', [data]);
    return this;
  }
  getLog(): string {
    return this._sink.lines
      .filter((l) => l.level === 'Logger')
      .map((l) => `${l.message}\n`)
      .join('');
  }
  clear(): void {
    for (let i = this._sink.lines.length - 1; i >= 0; i--) {
      if (this._sink.lines[i].level === 'Logger') this._sink.lines.splice(i, 1);
    }
  }
}

export class FakeConsole extends Fake {
  private readonly _timers = new Map<string, number>();
  constructor(
    core: Core,
    readonly _sink: LogSink,
  ) {
    super(core);
  }
  log(...args: unknown[]): void {
    this._sink.write('log', args);
  }
  info(...args: unknown[]): void {
    this._sink.write('info', args);
  }
  warn(...args: unknown[]): void {
    this._sink.write('warn', args);
  }
  error(...args: unknown[]): void {
    this._sink.write('error', args);
  }
  debug(...args: unknown[]): void {
    this._sink.write('debug', args);
  }
  time(label = 'default'): void {
    this._timers.set(label, Date.now());
  }
  timeEnd(label = 'default'): void {
    const start = this._timers.get(label);
    this._timers.delete(label);
    this._sink.write('info', [`${label}: ${start === undefined ? 0 : Date.now() - start}ms`]);
  }
}

countCalls(FakeLogger, 'Logger');
countCalls(FakeConsole, 'console');
