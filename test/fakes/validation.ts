// Data validation: SpreadsheetApp.newDataValidation() builder and the built rules, with Google's criteria enum.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

export const DataValidationCriteria = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});

/** Sheets caps a "list of items" rule at 500 entries. */
const LIST_LIMIT = 500;

interface RuleSpec {
  type: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidationBuilder extends Fake {
  _spec: RuleSpec;
  constructor(core: Core, spec?: RuleSpec) {
    super(core);
    this._spec = spec
      ? { ...spec, values: [...spec.values] }
      : { type: null, values: [], allowInvalid: true, helpText: null };
  }
  private _require(type: string, values: unknown[]): this {
    this._spec.type = type;
    this._spec.values = values;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    return this._require(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this._require(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireDate(): this {
    return this._require(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireDateAfter(date: Date): this {
    return this._require(DataValidationCriteria.DATE_AFTER, [date]);
  }
  requireDateBefore(date: Date): this {
    return this._require(DataValidationCriteria.DATE_BEFORE, [date]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this._require(DataValidationCriteria.DATE_ON_OR_AFTER, [date]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this._require(DataValidationCriteria.DATE_ON_OR_BEFORE, [date]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._require(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this._require(DataValidationCriteria.NUMBER_GREATER_THAN, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._require(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._require(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this._require(DataValidationCriteria.CHECKBOX, values);
  }
  requireTextIsEmail(): this {
    return this._require(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._require(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this._spec.allowInvalid = Boolean(allowInvalid);
    return this;
  }
  setHelpText(helpText: string): this {
    this._spec.helpText = String(helpText);
    return this;
  }
  getCriteriaType(): string | null {
    return this._spec.type;
  }
  getCriteriaValues(): unknown[] {
    return [...this._spec.values];
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this._core, this._spec);
  }
  build(): FakeDataValidation {
    const list =
      this._spec.type === DataValidationCriteria.VALUE_IN_LIST ? (this._spec.values[0] as unknown[]) : [];
    if (list.length > LIST_LIMIT) {
      throw new GasException(
        `The data validation rule has more items than the limit of ${LIST_LIMIT}. Use the ‘List from a range’ criteria instead.`,
      );
    }
    return new FakeDataValidation(this._core, { ...this._spec, values: [...this._spec.values] });
  }
}

export class FakeDataValidation extends Fake {
  constructor(
    core: Core,
    readonly _spec: RuleSpec,
  ) {
    super(core);
  }
  getCriteriaType(): string | null {
    return this._spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this._spec.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this._core, this._spec);
  }
}

countCalls(FakeDataValidationBuilder, 'DataValidationBuilder');
countCalls(FakeDataValidation, 'DataValidation');
