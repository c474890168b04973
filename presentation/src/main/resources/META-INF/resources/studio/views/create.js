// The create page: a script or scenes, and how the video should look and sound.
import {call, get} from '../api.js';
import {field, h, option, show} from '../dom.js';
import {clearErrors, formError, showProblem} from '../forms.js';
import {sceneEditor} from '../scenes.js';
import {busy} from './signin.js';
import {idempotencyKey} from '../api.js';
import {voiceField, captionsFields, draftFromTopic} from './options.js';

const SIZES = {
  '16:9': [['1920x1080', '1080p'], ['1280x720', '720p'], ['640x360', '360p (quick preview)']],
  '9:16': [['1080x1920', '1080p'], ['720x1280', '720p'], ['360x640', '360p (quick preview)']],
  '1:1': [['1080x1080', '1080 × 1080'], ['720x720', '720 × 720'], ['360x360', '360 × 360 (quick preview)']],
};

export function createView(main, {go}) {
  const title = h('input', {type: 'text', maxlength: 200, required: true});
  const modeScript = h('input', {type: 'radio', name: 'mode', value: 'script', id: 'mode-script'});
  const modeScenes = h('input', {type: 'radio', name: 'mode', value: 'scenes', id: 'mode-scenes', checked: true});
  const script = h('textarea', {rows: 10,
    placeholder: 'Welcome to our product tour.\n\nA blank line starts a new scene.'});
  const scenesBox = h('div', {class: 'scenes'});
  const addScene = h('button', {type: 'button', class: 'secondary', id: 'add-scene'}, 'Add a scene');
  const template = h('select', {}, option('', 'None'));
  const avatar = h('select', {}, option('', 'Built-in presenter'));
  const aspect = h('select', {}, Object.keys(SIZES).map(ratio => option(ratio, {
    '16:9': '16:9 landscape', '9:16': '9:16 portrait (shorts)', '1:1': '1:1 square'}[ratio], '16:9')));
  const size = h('select', {});
  const quality = h('select', {}, option('draft', 'Draft (fastest)'), option('standard', 'Standard', true),
    option('high', 'High (slowest)'));
  const voice = voiceField();
  const captions = captionsFields();

  let scenes = [{text: '', avatar: true}];
  let editors = [];
  const renderScenes = () => {
    editors = scenes.map((scene, index) => sceneEditor(index, scene, {
      count: scenes.length,
      onRemove: at => { scenes = readScenes(); scenes.splice(at, 1); renderScenes(); },
      onMove: (at, by) => {
        scenes = readScenes();
        const [moved] = scenes.splice(at, 1);
        scenes.splice(at + by, 0, moved);
        renderScenes();
      },
    }));
    show(scenesBox, editors.map(editor => editor.element));
  };
  const readScenes = () => editors.map(editor => editor.read());
  addScene.addEventListener('click', () => {
    scenes = readScenes();
    scenes.push({text: '', avatar: false});
    renderScenes();
    editors[editors.length - 1].focus();
  });
  const fillSizes = () => show(size, SIZES[aspect.value].map(([value, label], i) => option(value, label, i === 1)));
  aspect.addEventListener('change', fillSizes);
  fillSizes();
  renderScenes();

  const scriptPart = h('div', {class: 'mode-part'}, field('Script', script, {name: 'script',
    hint: 'Plain text. A blank line or a line with --- starts a new scene.'}));
  const scenesPart = h('div', {class: 'mode-part'}, scenesBox, addScene);
  const syncMode = () => {
    scriptPart.hidden = !modeScript.checked;
    scenesPart.hidden = !modeScenes.checked;
  };
  modeScript.addEventListener('change', syncMode);
  modeScenes.addEventListener('change', syncMode);
  syncMode();

  const topic = draftFromTopic(draft => {
    if (draft.title && !title.value) title.value = draft.title;
    scenes = draft.scenes.map(scene => ({...scene, avatar: false}));
    modeScenes.checked = true;
    syncMode();
    renderScenes();
  });

  const form = h('form', {class: 'create', novalidate: true},
    h('h1', {}, 'New video'),
    formError(),
    h('section', {class: 'card'},
      field('Title', title, {name: 'title'}),
      topic,
      h('fieldset', {class: 'mode'}, h('legend', {}, 'Write the video as'),
        h('span', {class: 'radio'}, modeScenes, h('label', {for: modeScenes.id}, 'Scenes')),
        h('span', {class: 'radio'}, modeScript, h('label', {for: modeScript.id}, 'One script'))),
      scriptPart, scenesPart),
    h('section', {class: 'card options'},
      h('h2', {}, 'Look and sound'),
      h('div', {class: 'grid'},
        field('Template', template, {name: 'templateId'}),
        field('Presenter', avatar, {name: 'avatarId', hint: 'In scenes, tick "Show the presenter" where it '
          + 'should appear; a plain script shows a presenter only when you pick one here.'}),
        voice.element,
        field('Aspect ratio', aspect, {name: 'output.aspectRatio'}),
        field('Size', size, {name: 'output.resolution'}),
        field('Quality', quality, {name: 'output.quality'}),
        captions.element)),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Render video'),
      h('a', {href: '#/videos'}, 'Cancel')));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = {title: title.value.trim() || undefined,
      output: {aspectRatio: aspect.value, resolution: size.value, quality: quality.value},
      voice: voice.read(), captions: captions.read()};
    if (modeScript.checked) body.script = script.value;
    else body.scenes = readScenes();
    if (template.value) body.templateId = template.value;
    if (avatar.value) body.avatarId = avatar.value;
    busy(form, true);
    try {
      const created = await call('/api/v1/videos', {method: 'POST', body,
        headers: {'Idempotency-Key': idempotencyKey()}});
      go(`#/videos/${created.body.id}`);
    } catch (error) {
      showProblem(form, error);
    } finally {
      busy(form, false);
    }
  });

  show(main, form);
  title.focus();
  get('/api/v1/templates?size=100').then(page => page.items.forEach(item =>
    template.append(option(item.id, item.name || 'Untitled template')))).catch(() => {});
  get('/api/v1/avatars?size=100').then(page => page.items.forEach(item =>
    avatar.append(option(item.id, item.name || 'Unnamed avatar')))).catch(() => {});
  return () => voice.stop();
}
