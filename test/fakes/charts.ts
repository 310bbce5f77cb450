// Charts: the Charts.ChartType enum and a sheet's embedded-chart builder and charts, recorded for inspection.
import { countCalls } from './calls';
import { type Core, Fake } from './core';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SCORECARD: 'SCORECARD',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
});

/** Everything a chart was built with, readable by tests as chart._spec. */
export interface ChartSpec {
  chartId: number | null;
  type: string | null;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number } | null;
  numHeaders: number | null;
  transpose: boolean;
}

/** The global Charts service; only its enums are modelled. */
export class FakeCharts extends Fake {
  readonly ChartType = ChartType;
}

export class FakeEmbeddedChartBuilder extends Fake {
  readonly _spec: ChartSpec;
  constructor(
    core: Core,
    readonly _sheet: FakeSheet,
    spec?: ChartSpec,
  ) {
    super(core);
    this._spec = spec
      ? { ...spec, ranges: [...spec.ranges], options: { ...spec.options } }
      : {
          chartId: null,
          type: null,
          ranges: [],
          options: {},
          position: null,
          numHeaders: null,
          transpose: false,
        };
  }
  addRange(range: FakeRange): this {
    this._spec.ranges.push(range);
    return this;
  }
  removeRange(range: FakeRange): this {
    this._spec.ranges = this._spec.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges(): this {
    this._spec.ranges = [];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this._spec.ranges];
  }
  setChartType(type: string): this {
    this._spec.type = type;
    return this;
  }
  getChartType(): string | null {
    return this._spec.type;
  }
  asColumnChart(): this {
    this._spec.type = ChartType.COLUMN;
    return this;
  }
  asBarChart(): this {
    this._spec.type = ChartType.BAR;
    return this;
  }
  asPieChart(): this {
    this._spec.type = ChartType.PIE;
    return this;
  }
  asLineChart(): this {
    this._spec.type = ChartType.LINE;
    return this;
  }
  setTitle(title: string): this {
    this._spec.options.title = title;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this._spec.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this._spec.options[option] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this._spec.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this._spec.transpose = Boolean(transpose);
    return this;
  }
  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this._core, this._sheet, {
      ...this._spec,
      ranges: [...this._spec.ranges],
      options: { ...this._spec.options },
    });
  }
}

export class FakeEmbeddedChart extends Fake {
  constructor(
    core: Core,
    readonly _sheet: FakeSheet,
    readonly _spec: ChartSpec,
  ) {
    super(core);
  }
  getChartId(): number | null {
    return this._spec.chartId;
  }
  getRanges(): FakeRange[] {
    return [...this._spec.ranges];
  }
  getNumHeaders(): number {
    return this._spec.numHeaders ?? -1;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._spec.transpose;
  }
  getOptions(): { get(option: string): unknown } {
    const options = { ...this._spec.options };
    return { get: (option: string) => options[option] ?? null };
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._core, this._sheet, this._spec);
  }
}

countCalls(FakeCharts, 'Charts');
countCalls(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');
countCalls(FakeEmbeddedChart, 'EmbeddedChart');
