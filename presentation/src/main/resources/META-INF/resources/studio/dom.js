// Builds elements from data. Text always goes in as text (textContent); nothing here parses HTML,
// and the page's Content-Security-Policy (Trusted Types with no policy) refuses innerHTML anyway.

/**
 * h('button', {type: 'button', onclick: f}, 'Save') — attributes starting with "on" are listeners,
 * `dataset` and `style` are not supported on purpose (classes and data-* attributes are).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what the element holds. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let ids = 0;
/** A fresh id for label/control pairs. */
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled control with its hint and error slot; `beside` sits on the control's line (a picker, a button). */
export function field(label, control, {hint, name, beside} = {}) {
  control.id = control.id || uid('f');
  const error = h('p', {class: 'error', id: control.id + '-error', role: 'alert', hidden: true});
  const hintEl = hint ? h('p', {class: 'hint', id: control.id + '-hint'}, hint) : null;
  control.setAttribute('aria-describedby', [hintEl && hintEl.id, error.id].filter(Boolean).join(' '));
  if (name) control.dataset.field = name;
  const line = beside ? h('div', {class: 'control-line'}, control, beside) : control;
  const wrapper = h('div', {class: 'field'}, h('label', {for: control.id}, label), line, hintEl, error);
  return wrapper;
}

export function option(value, label, selected) {
  return h('option', {value, selected: selected === true || selected === value}, label);
}

export function formatDate(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
}
