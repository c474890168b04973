// One scene's editor: what the narrator says, a title card, the background and the presenter.
// Each control's data-field is the API's field path, so errors land next to it.
import {upload} from './api.js';
import {field, h, option} from './dom.js';
import {clearErrors, showProblem} from './forms.js';

const VISUALS = [['default', 'The template\'s background (or the default)'], ['color', 'Colour'],
  ['gradient', 'Gradient'], ['asset', 'Uploaded image'], ['prompt', 'Generated from a prompt']];

/** A fieldset for scene `index` filled from `scene` (the API's scene shape); answers {element, read()}. */
export function sceneEditor(index, scene = {}, {onRemove, onMove, count = 1} = {}) {
  const path = `scenes[${index}]`;
  const visual = scene.visual || {type: 'default'};
  const text = h('textarea', {rows: 3, required: true, value: scene.text || ''});
  const title = h('input', {type: 'text', maxlength: 200, value: scene.title || ''});
  const type = h('select', {}, VISUALS.map(([value, label]) => option(value, label, visual.type)));
  const colour = colourInput(visual.value || '#1e3c72', `Pick the colour of scene ${index + 1}`);
  const from = colourInput(visual.from || '#1e3c72', `Pick the first gradient colour of scene ${index + 1}`);
  const to = colourInput(visual.to || '#2a5298', `Pick the second gradient colour of scene ${index + 1}`);
  const file = h('input', {type: 'file', accept: 'image/png,image/jpeg,image/webp'});
  file.dataset.assetId = visual.assetId || '';
  const fileNote = h('p', {class: 'hint', 'aria-live': 'polite'}, visual.assetId ? 'An image is uploaded.' : '');
  const fit = h('select', {}, option('cover', 'Fill the frame (crop)', visual.fit || 'cover'),
    option('contain', 'Show it whole', visual.fit));
  const prompt = h('textarea', {rows: 2, maxlength: 1000, value: visual.prompt || ''});
  const avatar = h('input', {type: 'checkbox', checked: scene.avatar === true});

  const parts = {
    default: h('div', {class: 'visual-part'}),
    color: h('div', {class: 'visual-part'}, field('Colour', colour.text, {name: `${path}.visual.value`,
      hint: 'As #rrggbb, e.g. #1e3c72', beside: colour.picker})),
    gradient: h('div', {class: 'visual-part'},
      field('From', from.text, {name: `${path}.visual.from`, beside: from.picker}),
      field('To', to.text, {name: `${path}.visual.to`, beside: to.picker})),
    asset: h('div', {class: 'visual-part'}, field('Image (PNG, JPEG or WebP)', file, {name: `${path}.visual.assetId`}),
      fileNote, field('Fit', fit, {name: `${path}.visual.fit`})),
    prompt: h('div', {class: 'visual-part'}, field('Describe the picture', prompt, {name: `${path}.visual.prompt`,
      hint: 'Drawn by the configured image generator, or an offline picture without one.'})),
  };
  const sync = () => Object.entries(parts).forEach(([name, part]) => { part.hidden = name !== type.value; });
  type.addEventListener('change', sync);
  sync();

  const element = h('fieldset', {class: 'scene'},
    h('legend', {}, `Scene ${index + 1}`),
    field('What the narrator says', text, {name: `${path}.text`}),
    field('Title card (optional)', title, {name: `${path}.title`}),
    field('Background', type, {name: `${path}.visual.type`}),
    Object.values(parts),
    h('div', {class: 'field check'}, avatar, h('label', {for: avatar.id = `${path}-avatar`.replace(/\W/g, '-')},
      'Show the presenter in this scene')),
    onRemove || onMove ? h('div', {class: 'scene-actions'},
      onMove && index > 0 ? h('button', {type: 'button', class: 'link', onclick: () => onMove(index, -1)},
        `Move scene ${index + 1} up`) : null,
      onMove && index < count - 1 ? h('button', {type: 'button', class: 'link', onclick: () => onMove(index, 1)},
        `Move scene ${index + 1} down`) : null,
      onRemove && count > 1 ? h('button', {type: 'button', class: 'link danger', onclick: () => onRemove(index)},
        `Remove scene ${index + 1}`) : null) : null);

  file.addEventListener('change', async () => {
    if (!file.files.length) return;
    const form = file.closest('form');
    fileNote.textContent = 'Uploading…';
    try {
      const asset = await upload(file.files[0]);
      file.dataset.assetId = asset.id;
      fileNote.textContent = `Uploaded ${file.files[0].name}.`;
      if (form) clearErrors(form);
    } catch (error) {
      file.dataset.assetId = '';
      fileNote.textContent = '';
      if (form) showProblem(form, {message: error.message, errors: [{field: `${path}.visual.assetId`, message: error.message}]});
    }
  });

  const read = () => {
    const chosen = type.value;
    const result = {text: text.value, avatar: avatar.checked};
    if (title.value.trim()) result.title = title.value.trim();
    if (scene.caption) result.caption = scene.caption;
    // 'default' sends no visual: the template's background fills the scene, or the built-in gradient
    if (chosen === 'color') result.visual = {type: 'color', value: colour.text.value.trim()};
    if (chosen === 'gradient') result.visual = {type: 'gradient', from: from.text.value.trim(), to: to.text.value.trim()};
    if (chosen === 'asset') result.visual = {type: 'asset', assetId: file.dataset.assetId || null, fit: fit.value};
    if (chosen === 'prompt') result.visual = {type: 'prompt', prompt: prompt.value};
    return result;
  };
  return {element, read, focus: () => text.focus()};
}

/** A text box for #rrggbb with a colour picker beside it; the two follow each other. */
function colourInput(initial, label) {
  const text = h('input', {type: 'text', value: initial, spellcheck: 'false', autocomplete: 'off', size: 9});
  const picker = h('input', {type: 'color', value: /^#[0-9a-f]{6}$/i.test(initial) ? initial : '#000000',
    'aria-label': label, class: 'swatch'});
  picker.addEventListener('input', () => { text.value = picker.value; });
  text.addEventListener('input', () => {
    if (/^#[0-9a-f]{6}$/i.test(text.value.trim())) picker.value = text.value.trim();
  });
  return {text, picker};
}
