// ScriptApp: installable triggers owned by users (getProjectTriggers shows only the current user's), enums, auth info.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});
export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
});
export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
});
export const WeekDay = Object.freeze({
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
});

/** Google allows 20 triggers per user per script. */
const TRIGGER_LIMIT = 20;

/** Everything a trigger was created with; env.triggers.all() lists them for every user. */
export interface TriggerRecord {
  id: string;
  owner: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  schedule: {
    everyMinutes?: number;
    everyHours?: number;
    everyDays?: number;
    everyWeeks?: number;
    atHour?: number;
    nearMinute?: number;
    onWeekDay?: string;
    onMonthDay?: number;
    timeZone?: string;
    at?: number;
    after?: number;
  };
}

export class TriggerState {
  readonly records: TriggerRecord[] = [];
  private nextId = 1;
  /** What getAuthorizationInfo reports. */
  authorizationStatus: string = AuthorizationStatus.NOT_REQUIRED;
  constructor(private readonly core: Core) {}

  all(): TriggerRecord[] {
    return [...this.records];
  }
  forUser(email: string): TriggerRecord[] {
    return this.records.filter((t) => t.owner === email);
  }
  add(r: Omit<TriggerRecord, 'id' | 'owner'>): TriggerRecord {
    const owner = this.core.runAs;
    if (this.forUser(owner).length >= TRIGGER_LIMIT) {
      throw new GasException(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const rec: TriggerRecord = { ...r, id: String(1000000 + this.nextId++), owner };
    this.records.push(rec);
    return rec;
  }
  remove(id: string): void {
    const i = this.records.findIndex((t) => t.id === id);
    if (i >= 0) this.records.splice(i, 1);
  }
  /**
   * The event object Apps Script passes when this clock trigger fires (Google's "Event objects" page: every
   * installable trigger's event carries triggerUid, the trigger's getUniqueId()). A deleted trigger never
   * fires, so asking for one throws. Run the handler as the trigger's owner (env.setActiveUser).
   */
  clockEvent(id: string): { authMode: string; triggerUid: string } {
    const rec = this.records.find((t) => t.id === id);
    if (!rec) throw new Error(`fake ScriptApp: trigger ${id} does not exist, so it cannot fire`);
    if (rec.eventType !== EventType.CLOCK)
      throw new Error(`fake ScriptApp: trigger ${id} is not time-driven`);
    return { authMode: AuthMode.FULL, triggerUid: rec.id };
  }
}

export class FakeTrigger extends Fake {
  constructor(
    core: Core,
    readonly _record: TriggerRecord,
  ) {
    super(core);
  }
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getUniqueId(): string {
    return this._record.id;
  }
  getEventType(): string {
    return this._record.eventType;
  }
  getTriggerSource(): string {
    return this._record.source;
  }
  getTriggerSourceId(): string | null {
    return this._record.sourceId;
  }
}

export class FakeClockTriggerBuilder extends Fake {
  readonly _schedule: TriggerRecord['schedule'] = {};
  constructor(
    core: Core,
    readonly _state: TriggerState,
    readonly _handler: string,
  ) {
    super(core);
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw new GasException('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    }
    this._schedule.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    this._schedule.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this._schedule.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this {
    this._schedule.everyWeeks = n;
    return this;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new GasException('The hour must be an integer between 0 and 23.');
    }
    this._schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this._schedule.nearMinute = minute;
    return this;
  }
  onWeekDay(day: string): this {
    this._schedule.onWeekDay = String(day);
    return this;
  }
  onMonthDay(day: number): this {
    this._schedule.onMonthDay = day;
    return this;
  }
  inTimezone(timezone: string): this {
    this._schedule.timeZone = String(timezone);
    return this;
  }
  at(date: Date): this {
    this._schedule.at = date.getTime();
    return this;
  }
  after(durationMilliseconds: number): this {
    this._schedule.after = durationMilliseconds;
    return this;
  }
  create(): FakeTrigger {
    const rec = this._state.add({
      handler: this._handler,
      eventType: EventType.CLOCK,
      source: TriggerSource.CLOCK,
      sourceId: null,
      schedule: { ...this._schedule },
    });
    return new FakeTrigger(this._core, rec);
  }
}

export class FakeSpreadsheetTriggerBuilder extends Fake {
  _eventType: string | null = null;
  constructor(
    core: Core,
    readonly _state: TriggerState,
    readonly _handler: string,
    readonly _sourceId: string,
  ) {
    super(core);
  }
  onOpen(): this {
    this._eventType = EventType.ON_OPEN;
    return this;
  }
  onEdit(): this {
    this._eventType = EventType.ON_EDIT;
    return this;
  }
  onChange(): this {
    this._eventType = EventType.ON_CHANGE;
    return this;
  }
  onFormSubmit(): this {
    this._eventType = EventType.ON_FORM_SUBMIT;
    return this;
  }
  create(): FakeTrigger {
    if (!this._eventType) throw new GasException('Missing event type for the spreadsheet trigger.');
    const rec = this._state.add({
      handler: this._handler,
      eventType: this._eventType,
      source: TriggerSource.SPREADSHEETS,
      sourceId: this._sourceId,
      schedule: {},
    });
    return new FakeTrigger(this._core, rec);
  }
}

export class FakeTriggerBuilder extends Fake {
  constructor(
    core: Core,
    readonly _state: TriggerState,
    readonly _handler: string,
  ) {
    super(core);
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this._core, this._state, this._handler);
  }
  /** Takes the Spreadsheet or its id. */
  forSpreadsheet(sheetOrKey: unknown): FakeSpreadsheetTriggerBuilder {
    const id =
      typeof sheetOrKey === 'object' && sheetOrKey !== null && '_id' in sheetOrKey
        ? String((sheetOrKey as { _id: string })._id)
        : String(sheetOrKey);
    return new FakeSpreadsheetTriggerBuilder(this._core, this._state, this._handler, id);
  }
}

export class FakeAuthorizationInfo extends Fake {
  constructor(
    core: Core,
    readonly _status: string,
  ) {
    super(core);
  }
  getAuthorizationStatus(): string {
    return this._status;
  }
  getAuthorizationUrl(): string | null {
    return this._status === AuthorizationStatus.REQUIRED
      ? 'https://script.google.com/macros/authorize'
      : null;
  }
}

export class FakeScriptApp extends Fake {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  constructor(
    core: Core,
    readonly _state: TriggerState,
  ) {
    super(core);
  }
  /** Only the triggers of the user the script runs as, as Google documents. */
  getProjectTriggers(): FakeTrigger[] {
    return this._state.forUser(this._core.runAs).map((r) => new FakeTrigger(this._core, r));
  }
  /** The current user's triggers for this script attached to the given spreadsheet (so no clock triggers). */
  getUserTriggers(spreadsheet: unknown): FakeTrigger[] {
    const id = (spreadsheet as { _id?: string })?._id ?? String(spreadsheet);
    return this._state
      .forUser(this._core.runAs)
      .filter((r) => r.sourceId === id)
      .map((r) => new FakeTrigger(this._core, r));
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this._core, this._state, String(functionName));
  }
  /** Deletes one of the current user's triggers; another user's trigger is left alone. */
  deleteTrigger(trigger: FakeTrigger): void {
    const rec = this._state.records.find((r) => r.id === trigger._record.id);
    if (rec && rec.owner === this._core.runAs) this._state.remove(rec.id);
  }
  getAuthorizationInfo(_authMode: string): FakeAuthorizationInfo {
    return new FakeAuthorizationInfo(this._core, this._state.authorizationStatus);
  }
  getScriptId(): string {
    return 'fake-script-id';
  }
}

countCalls(FakeTrigger, 'Trigger');
countCalls(FakeClockTriggerBuilder, 'ClockTriggerBuilder');
countCalls(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');
countCalls(FakeTriggerBuilder, 'TriggerBuilder');
countCalls(FakeAuthorizationInfo, 'AuthorizationInfo');
countCalls(FakeScriptApp, 'ScriptApp');
