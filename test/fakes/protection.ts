// Protection of a range or a sheet: description, warning-only mode, editors, and who can edit.
import { countCalls } from './calls';
import { type Core, Fake, FakeUser } from './core';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

function emailOf(u: unknown): string {
  if (u instanceof FakeUser) return u._email;
  return String(u);
}

export class FakeProtection extends Fake {
  _description = '';
  _warningOnly = false;
  _domainEdit = false;
  _removed = false;
  _editors: string[];
  _unprotected: FakeRange[] = [];

  constructor(
    core: Core,
    readonly _type: 'RANGE' | 'SHEET',
    readonly _sheet: FakeSheet,
    public _range: FakeRange | null,
  ) {
    super(core);
    // A new protection lets the owner and the user who created it edit.
    this._editors = [...new Set([_sheet._ss._owner, core.runAs].filter(Boolean))];
  }

  getProtectionType(): string {
    return this._type;
  }
  getRange(): FakeRange {
    return this._range ?? this._sheet._whole();
  }
  setRange(range: FakeRange): this {
    this._range = range;
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(description: string): this {
    this._description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._warningOnly = Boolean(warningOnly);
    return this;
  }
  getEditors(): FakeUser[] {
    return this._editors.map((e) => new FakeUser(this._core, e));
  }
  addEditor(emailOrUser: unknown): this {
    const e = emailOf(emailOrUser);
    if (!this._editors.includes(e)) this._editors.push(e);
    return this;
  }
  addEditors(emails: unknown[]): this {
    for (const e of emails.map(emailOf)) if (!this._editors.includes(e)) this._editors.push(e);
    return this;
  }
  /** The spreadsheet owner always keeps edit rights. */
  removeEditor(emailOrUser: unknown): this {
    const e = emailOf(emailOrUser);
    this._editors = this._editors.filter((x) => x !== e || x === this._sheet._ss._owner);
    return this;
  }
  removeEditors(emailsOrUsers: unknown[]): this {
    const drop = new Set(emailsOrUsers.map(emailOf));
    this._editors = this._editors.filter((x) => !drop.has(x) || x === this._sheet._ss._owner);
    return this;
  }
  canEdit(): boolean {
    const me = this._core.runAs;
    return this._warningOnly || me === this._sheet._ss._owner || this._editors.includes(me);
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this._domainEdit = Boolean(editable);
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this._unprotected];
  }
  setUnprotectedRanges(ranges: FakeRange[]): this {
    this._unprotected = [...ranges];
    return this;
  }
  remove(): void {
    this._removed = true;
    const list = this._sheet._protections;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }
}

countCalls(FakeProtection, 'Protection');
