// Shows an API problem on a form: each entry of its `errors` next to the control whose
// data-field names the same path (title, scenes[1].visual.value, output.resolution...), the rest
// in the form's summary. The first control in error takes the focus.
import {h, show} from './dom.js';

export function clearErrors(form) {
  for (const control of form.querySelectorAll('[aria-invalid="true"]')) control.removeAttribute('aria-invalid');
  for (const slot of form.querySelectorAll('.field > .error')) {
    slot.hidden = true;
    slot.textContent = '';
  }
  const summary = form.querySelector('.form-error');
  if (summary) {
    summary.hidden = true;
    summary.replaceChildren();
  }
}

export function showProblem(form, error) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const entry of error.errors || []) {
    const control = controlFor(form, entry.field);
    if (!control) {
      unplaced.push(entry);
      continue;
    }
    const slot = form.querySelector(`#${CSS.escape(control.id)}-error`);
    // next to its control the scene is plain to see; the API's "scene 1: " counts from 0 and would
    // contradict the "Scene 2" heading above it
    const message = entry.message.replace(/^scene \d+: /, '');
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    slot.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  const summary = form.querySelector('.form-error');
  if (summary && (unplaced.length || !first)) {
    const lines = unplaced.length ? unplaced.map(entry => `${entry.field}: ${entry.message}`) : [error.message];
    show(summary, h('strong', {}, 'Not done: '), lines.join('; '));
    summary.hidden = false;
    if (!first) summary.focus();
  }
  if (first) first.focus();
}

/** The control named by a field path, or by the nearest enclosing path (scenes[1].visual → its type). */
function controlFor(form, path) {
  let candidate = path;
  while (candidate) {
    const control = form.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (control) return control;
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    candidate = cut > 0 ? candidate.slice(0, cut) : '';
  }
  return null;
}

/** A summary slot for errors no control owns. */
export function formError() {
  return h('div', {class: 'form-error', role: 'alert', tabindex: '-1', hidden: true});
}
