// The settings form's controls as plain data: what the sidebar and the offline page draw for each setting.

/**
 * How a setting is edited. `number` is a text box with a numeric keyboard (it also takes lists such as 7、1);
 * `checkboxes` is a labelled group, `checkbox` a single labelled box.
 */
export type ControlType = 'text' | 'textarea' | 'date' | 'number' | 'checkbox' | 'select' | 'checkboxes';

/** One choice of a `select` (checked = selected) or one box of `checkboxes`. */
export interface FormOption {
  value: string;
  label: string;
  checked: boolean;
}

export interface FormControl {
  control: ControlType;
  /** For `select` and `checkboxes`. */
  options?: FormOption[];
}

/** What a `checkbox` field's value is when ticked and when not; the yes/no codec reads both. */
export const CHECKBOX_VALUE = { on: 'yes', off: 'no' } as const;

/** What a `checkboxes` field sends: the ticked values joined as the 设置 sheet lists them. */
export const CHECKBOXES_SEPARATOR = '、';
