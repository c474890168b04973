// Choices that depend on what the server offers: voices (with samples where the server has them),
// caption styles, and drafting scenes from a topic when a chat provider is configured.
import {blobUrl, call, get} from '../api.js';
import {field, h, option, show} from '../dom.js';
import {clearErrors, showProblem} from '../forms.js';

let schemas = null;
/** The request schemas of this server's OpenAPI document, to offer only what it accepts. */
function requestSchemas() {
  schemas = schemas || fetch('/q/openapi?format=json', {headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : {}))
    .then(document => (document.components && document.components.schemas) || {})
    .catch(() => ({}));
  return schemas;
}

export function voiceField() {
  const select = h('select', {}, option('en-US-default', 'Default voice'));
  const listen = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Listen');
  const samples = new Map();
  let audio = null;
  let url = null;
  const stop = () => {
    if (audio) audio.pause();
    if (url) URL.revokeObjectURL(url);
    audio = null;
    url = null;
  };
  const sync = () => { listen.hidden = !samples.has(select.value); };
  select.addEventListener('change', () => { stop(); sync(); });
  listen.addEventListener('click', async () => {
    stop();
    listen.disabled = true;
    try {
      url = await blobUrl(samples.get(select.value));
      audio = new Audio(url);
      await audio.play();
    } catch (error) {
      listen.textContent = 'No sample';
    } finally {
      listen.disabled = false;
    }
  });
  get('/api/v1/voices').then(voices => {
    show(select, voices.map(voice => option(voice.id,
      [voice.name, voice.language, voice.gender, voice.provider].filter(Boolean).join(' · '), 'en-US-default')));
    voices.filter(voice => voice.sampleUrl).forEach(voice => samples.set(voice.id, voice.sampleUrl));
    sync();
  }).catch(() => {});
  const element = h('div', {class: 'with-button'}, field('Voice', select, {name: 'voice.voiceId'}), listen);
  return {element, read: () => ({voiceId: select.value}), stop};
}

export function captionsFields() {
  const burnIn = h('input', {type: 'checkbox', checked: true, id: 'captions-burn-in'});
  burnIn.dataset.field = 'captions.burnIn';
  const style = h('select', {}, option('classic', 'Classic (a sentence at a time)', true),
    option('karaoke', 'Karaoke (the spoken word lights up)'), option('words', 'Words (large, a few at a time)'));
  const styleField = field('Caption style', style, {name: 'captions.style'});
  styleField.hidden = true;
  requestSchemas().then(found => {
    const captions = found.CaptionsRequest;
    styleField.hidden = !(captions && captions.properties && captions.properties.style);
  });
  const element = h('div', {class: 'captions'},
    h('div', {class: 'field check'}, burnIn, h('label', {for: burnIn.id}, 'Burn captions into the picture')),
    styleField);
  const read = () => {
    const result = {burnIn: burnIn.checked};
    if (!styleField.hidden && style.value !== 'classic') result.style = style.value;
    return result;
  };
  return {element, read};
}

/** "Draft from a topic", shown only when a chat provider is configured and enabled. */
export function draftFromTopic(onDraft) {
  const topic = h('input', {type: 'text', maxlength: 500});
  const button = h('button', {type: 'button', class: 'secondary'}, 'Draft scenes');
  const box = h('details', {class: 'topic', hidden: true},
    h('summary', {}, 'Draft the scenes from a topic'),
    h('div', {class: 'with-button'}, field('Topic', topic, {name: 'topic',
      hint: 'A chat model writes an editable draft; nothing is rendered yet.'}), button));
  get('/api/v1/providers').then(providers => {
    box.hidden = !providers.some(provider => provider.enabled !== false
      && (provider.capabilities || []).includes('chat'));
  }).catch(() => {});
  button.addEventListener('click', async () => {
    const form = box.closest('form');
    clearErrors(form);
    button.disabled = true;
    button.textContent = 'Drafting…';
    try {
      onDraft((await call('/api/v1/scripts', {method: 'POST', body: {topic: topic.value}})).body);
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
      button.textContent = 'Draft scenes';
    }
  });
  return box;
}
