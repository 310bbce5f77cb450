// The settings form's fields, drawn from the server's form model and read back as the texts typed; shared by
// the sidebar and the offline page, which show the same form.
import type { FormField, SettingsForm } from '../sidebar/model';
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

/** The checkboxes of a `statuses` field, in a labelled group. */
function checkboxGroup(f: FormField, wrap: HTMLElement, describedBy: string): HTMLElement {
  const heading = el('span', 'label', f.label);
  heading.id = `l-${f.key}`;
  wrap.appendChild(heading);
  const group = el('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', heading.id);
  group.setAttribute('aria-describedby', describedBy);
  for (const o of f.options ?? []) group.appendChild(checkbox(f.key, o.value, !!o.checked, o.label).wrap);
  wrap.appendChild(group);
  return group;
}

/** The control for a setting: checkboxes, a checkbox, a select, a textarea or a text/date input. */
function control(f: FormField, wrap: HTMLElement, describedBy: string): HTMLElement {
  if (f.kind === 'statuses') return checkboxGroup(f, wrap, describedBy);
  if (f.kind === 'bool') {
    const { wrap: label, box } = checkbox(f.key, 'yes', f.value === 'yes', f.label);
    wrap.appendChild(label);
    return box;
  }
  const label = el('label', '', f.label);
  label.htmlFor = `f-${f.key}`;
  wrap.appendChild(label);
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (f.kind === 'language') {
    input = el('select');
    for (const [value, name] of [
      ['zh', '中文'],
      ['en', 'English'],
    ] as const) {
      const option = el('option', '', name);
      option.value = value;
      input.appendChild(option);
    }
  } else if (f.kind === 'leaders') {
    input = el('textarea');
  } else {
    input = el('input');
    input.type = f.kind === 'date' ? 'date' : 'text';
    if (f.kind === 'int' || f.kind === 'ints') input.setAttribute('inputmode', 'numeric');
  }
  input.name = f.key;
  input.value = f.value;
  wrap.appendChild(input);
  return input;
}

/** One field: its control, its help and the place its error message goes, tied together for screen readers. */
function fieldNode(f: FormField): HTMLElement {
  const wrap = el('div', 'field');
  wrap.setAttribute('data-key', f.key);
  const describedBy = `${f.help ? `h-${f.key} ` : ''}e-${f.key}`;
  const input = control(f, wrap, describedBy);
  if (input.tagName !== 'DIV') {
    input.id = `f-${f.key}`;
    input.setAttribute('aria-describedby', describedBy);
  }
  input.setAttribute('data-kind', f.kind);
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

/** Every field's text as typed, keyed as the form is: what saveSettings (or the page's engine) parses. */
export function formValues(box: HTMLElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of Array.from(box.querySelectorAll<HTMLElement>('.field'))) {
    const key = field.getAttribute('data-key') ?? '';
    const input = field.querySelector<HTMLInputElement>('[data-kind]');
    if (!input) continue;
    const kind = input.getAttribute('data-kind');
    if (kind === 'statuses') {
      values[key] = Array.from(
        field.querySelectorAll<HTMLInputElement>('input:checked'),
        (b) => b.value,
      ).join('、');
    } else if (kind === 'bool') {
      values[key] = input.checked ? 'yes' : 'no';
    } else {
      values[key] = input.value;
    }
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
    const input = field.querySelector<HTMLElement>('[data-kind]');
    if (!input) continue;
    $(`e-${key}`).textContent = byKey.get(key) ?? '';
    if (byKey.has(key)) {
      input.setAttribute('aria-invalid', 'true');
      first ??= input.tagName === 'DIV' ? input.querySelector('input') : input;
    } else input.removeAttribute('aria-invalid');
  }
  return first;
}
