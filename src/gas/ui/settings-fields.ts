// The settings form's fields, drawn from the server's form model and read back as the texts typed; shared by
// the sidebar and the offline page, which show the same form.
// The form's vocabulary only (no zod, no codecs): this module is bundled into the page.
import { CHECKBOX_VALUE, CHECKBOXES_SEPARATOR, type ControlType } from '../../core/settings/form';
import type { FormField, SettingsForm } from '../sidebar/settings-form';
import { $, clear, el } from './dom';

function checkbox(name: string, value: string, checked: boolean, label: string) {
  const wrap = el('label', 'check');
  const box = el('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  box.checked = checked;
  wrap.appendChild(box);
  wrap.appendChild(document.createTextNode(label));
  return { wrap, box };
}

/** A labelled group of checkboxes: one box per option, each sending its value when ticked. */
function checkboxGroup(f: FormField, wrap: HTMLElement, describedBy: string): HTMLElement {
  const heading = el('span', 'label', f.label);
  heading.id = `l-${f.key}`;
  wrap.appendChild(heading);
  const group = el('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', heading.id);
  group.setAttribute('aria-describedby', describedBy);
  for (const o of f.options ?? []) group.appendChild(checkbox(f.key, o.value, o.checked, o.label).wrap);
  wrap.appendChild(group);
  return group;
}

/** One checkbox labelled by the field itself, ticked when the field's value is the "on" value. */
function singleCheckbox(f: FormField, wrap: HTMLElement): HTMLElement {
  const { wrap: label, box } = checkbox(f.key, CHECKBOX_VALUE.on, f.value === CHECKBOX_VALUE.on, f.label);
  wrap.appendChild(label);
  return box;
}

/** A control under its own label, named by the setting and starting at the field's value. */
function labelled(
  f: FormField,
  wrap: HTMLElement,
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): HTMLElement {
  const label = el('label', '', f.label);
  label.htmlFor = `f-${f.key}`;
  wrap.appendChild(label);
  input.name = f.key;
  input.value = f.value;
  wrap.appendChild(input);
  return input;
}

function select(f: FormField): HTMLSelectElement {
  const input = el('select');
  for (const o of f.options ?? []) {
    const option = el('option', '', o.label);
    option.value = o.value;
    input.appendChild(option);
  }
  return input;
}

function textInput(type: 'text' | 'date', inputMode?: 'numeric'): HTMLInputElement {
  const input = el('input');
  input.type = type;
  if (inputMode) input.setAttribute('inputmode', inputMode);
  return input;
}

/** How each control the form model names is drawn: the server's codec, not the page, picks a setting's control. */
const DRAW: Record<ControlType, (f: FormField, wrap: HTMLElement, describedBy: string) => HTMLElement> = {
  checkboxes: checkboxGroup,
  checkbox: singleCheckbox,
  select: (f, wrap) => labelled(f, wrap, select(f)),
  textarea: (f, wrap) => labelled(f, wrap, el('textarea')),
  date: (f, wrap) => labelled(f, wrap, textInput('date')),
  // Lists such as 7、1 are numbers too, so a text box with a numeric keyboard rather than type=number.
  number: (f, wrap) => labelled(f, wrap, textInput('text', 'numeric')),
  text: (f, wrap) => labelled(f, wrap, textInput('text')),
};

/** One field: its control, its help and the place its error message goes, tied together for screen readers. */
function fieldNode(f: FormField): HTMLElement {
  const wrap = el('div', 'field');
  wrap.setAttribute('data-key', f.key);
  const describedBy = `${f.help ? `h-${f.key} ` : ''}e-${f.key}`;
  const input = DRAW[f.control](f, wrap, describedBy);
  if (input.tagName !== 'DIV') {
    input.id = `f-${f.key}`;
    input.setAttribute('aria-describedby', describedBy);
  }
  input.setAttribute('data-control', f.control);
  if (f.help) {
    const help = el('span', 'help', f.help);
    help.id = `h-${f.key}`;
    wrap.appendChild(help);
  }
  const err = el('span', 'field-error');
  err.id = `e-${f.key}`;
  wrap.appendChild(err);
  return wrap;
}

/** The whole form into `box`: one fieldset per group that has fields, under the group's title. */
export function renderForm(box: HTMLElement, form: SettingsForm): void {
  clear(box);
  for (const g of form.groups) {
    const fields = form.fields.filter((f) => f.group === g.id);
    if (!fields.length) continue;
    const set = el('fieldset');
    set.appendChild(el('legend', '', g.title));
    for (const f of fields) set.appendChild(fieldNode(f));
    box.appendChild(set);
  }
}

/** What a control sends where that is not its own value: the ticked boxes, a single box's on or off. */
const READ: Partial<Record<ControlType, (field: HTMLElement, input: HTMLInputElement) => string>> = {
  checkboxes: (field) =>
    Array.from(field.querySelectorAll<HTMLInputElement>('input:checked'), (b) => b.value).join(
      CHECKBOXES_SEPARATOR,
    ),
  checkbox: (_field, input) => (input.checked ? CHECKBOX_VALUE.on : CHECKBOX_VALUE.off),
};

/** Every field's text as typed, keyed as the form is: what saveSettings (or the page's engine) parses. */
export function formValues(box: HTMLElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of Array.from(box.querySelectorAll<HTMLElement>('.field'))) {
    const key = field.getAttribute('data-key') ?? '';
    const input = field.querySelector<HTMLInputElement>('[data-control]');
    if (!input) continue;
    const read = READ[input.getAttribute('data-control') as ControlType];
    values[key] = read ? read(field, input) : input.value;
  }
  return values;
}

/** Puts each message under its field and marks the field invalid; returns the first control to fix. */
export function showIssues(
  box: HTMLElement,
  issues: readonly { key: string; message: string }[] | undefined,
): HTMLElement | null {
  const byKey = new Map<string, string>();
  for (const issue of issues ?? []) if (!byKey.has(issue.key)) byKey.set(issue.key, issue.message);
  let first: HTMLElement | null = null;
  for (const field of Array.from(box.querySelectorAll<HTMLElement>('.field'))) {
    const key = field.getAttribute('data-key') ?? '';
    const input = field.querySelector<HTMLElement>('[data-control]');
    if (!input) continue;
    $(`e-${key}`).textContent = byKey.get(key) ?? '';
    if (byKey.has(key)) {
      input.setAttribute('aria-invalid', 'true');
      first ??= input.tagName === 'DIV' ? input.querySelector('input') : input;
    } else input.removeAttribute('aria-invalid');
  }
  return first;
}
