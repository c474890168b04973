// One video: its stages live while it renders, cancel and retry, then the player with captions,
// the downloads, and editing one scene to render again.
import {ApiError, blobUrl, call} from '../api.js';
import {follow} from '../events.js';
import {formatDate, h, show} from '../dom.js';
import {clearErrors, formError, showProblem} from '../forms.js';
import {sceneEditor} from '../scenes.js';
import {busy} from './signin.js';

const STAGES = ['script', 'voice', 'avatar', 'visuals', 'composition', 'render'];
const RUNNING = ['queued', 'processing'];

export function videoView(main, {id}) {
  const state = {video: null, etag: null, stream: null, generation: 0, blobs: [], sceneActivity: new Map()};
  const heading = h('h1', {class: 'video-title'});
  const status = h('p', {class: 'status-line', role: 'status', 'aria-live': 'polite'});
  const stages = h('ol', {class: 'stages', id: 'stages'});
  const activity = h('ul', {class: 'scene-activity', id: 'scene-activity', 'aria-live': 'polite',
    'aria-label': 'Scenes of this render'});
  const actions = h('div', {class: 'actions'});
  const player = h('div', {class: 'player'});
  const scenes = h('section', {class: 'card edit', 'aria-labelledby': 'scenes-heading'});
  const notice = h('p', {class: 'notice', role: 'status', tabindex: '-1', hidden: true});
  const summary = h('summary', {}, 'Render progress');
  const live = h('details', {class: 'card live', id: 'live', open: true}, summary, stages, actions);
  show(main, h('a', {href: '#/videos', class: 'back'}, '← My videos'), heading, notice, status, activity, live,
    player, scenes);

  const load = async () => {
    const {body, etag} = await call(`/api/v1/videos/${id}`);
    state.video = body;
    state.etag = etag;
    render();
    return body;
  };

  const render = () => {
    const video = state.video;
    heading.textContent = video.title;
    document.title = `${video.title} · videogen studio`;
    const percent = video.progress && video.status === 'processing'
      ? ` — ${video.progress.stage}, ${video.progress.percent}%` : '';
    status.textContent = `${label(video.status)}${percent}`;
    status.dataset.status = video.status;
    show(stages, STAGES.map(name => stageItem(name, video)));
    // while it renders the stages are the page; once it is done they fold away under the player
    live.open = video.status !== 'completed';
    summary.textContent = video.status === 'completed' ? 'How it was rendered' : 'Render progress';
    renderActions();
    if (!RUNNING.includes(video.status)) renderEditor();
  };

  const renderActions = () => {
    const video = state.video;
    show(actions,
      video.error ? h('p', {class: 'error', role: 'alert'},
        `${video.error.stage ? `The ${video.error.stage} stage failed: ` : ''}${video.error.message}`) : null,
      RUNNING.includes(video.status) ? h('button', {type: 'button', class: 'secondary', id: 'cancel',
        onclick: () => act('cancel')}, 'Cancel render') : null,
      ['failed', 'cancelled'].includes(video.status) ? h('button', {type: 'button', class: 'primary', id: 'retry',
        onclick: () => act('retry')}, 'Retry') : null);
  };

  const act = async what => {
    try {
      const {body} = await call(`/api/v1/videos/${id}/${what}`, {method: 'POST'});
      state.video = {...state.video, ...body};
      render();
      if (what === 'retry') watch();
      else await load();
    } catch (error) {
      show(actions, h('p', {class: 'error', role: 'alert'}, error.message));
    }
  };

  const watch = () => {
    if (state.stream) state.stream.stop();
    // a stopped stream still reports its end; only the newest one speaks for the page
    const generation = ++state.generation;
    state.sceneActivity.clear();
    show(activity);
    show(player);
    show(scenes);
    state.stream = follow(id, (name, data) => {
      const video = state.video;
      if (name === 'progress') {
        video.status = data.status;
        if (data.stage) video.progress = {stage: data.stage, percent: data.percent};
        markStage(video, data.stage, 'running');
      } else if (name === 'stage') {
        markStage(video, data.stage, data.status === 'started' ? 'running' : 'completed');
      } else if (name === 'scene') {
        state.sceneActivity.set(data.scene, data.reused);
        renderActivity();
        return;
      } else {
        load().then(loaded => { if (loaded.status === 'completed') showPlayer(); });
        return;
      }
      render();
    }, {
      onTrouble: trouble => {
        if (generation !== state.generation) return;
        notice.textContent = trouble;
        notice.hidden = false;
      },
      onState: stream => { if (generation === state.generation) live.dataset.stream = stream; },
    });
  };

  const renderActivity = () => {
    const entries = [...state.sceneActivity.entries()].sort((a, b) => a[0] - b[0]);
    show(activity, entries.map(([scene, reused]) => h('li', {'data-scene': scene, 'data-reused': String(reused)},
      `Scene ${scene + 1}: ${reused ? 'unchanged, reused' : 'rendered'}`)));
  };

  const showPlayer = async () => {
    const outputs = state.video.outputs;
    if (!outputs) return;
    state.blobs.forEach(url => URL.revokeObjectURL(url));
    state.blobs = [];
    const video = h('video', {controls: true, preload: 'auto', id: 'player', 'aria-label': `${state.video.title}`});
    show(player, h('p', {class: 'muted'}, 'Loading the video…'));
    try {
      const [mp4, vtt, poster] = await Promise.all([blobUrl(outputs.video), blobUrl(outputs.captionsVtt),
        blobUrl(outputs.thumbnail).catch(() => null)]);
      state.blobs.push(mp4, vtt);
      if (poster) {
        state.blobs.push(poster);
        video.poster = poster;
      }
      video.src = mp4;
      video.append(h('track', {kind: 'captions', label: 'Captions', srclang: 'en', src: vtt, default: true}));
      const name = fileName(state.video.title);
      show(player, h('div', {class: 'card'}, video,
        h('ul', {class: 'downloads', 'aria-label': 'Downloads'},
          h('li', {}, h('a', {href: mp4, download: `${name}.mp4`, id: 'download-mp4', class: 'button'}, 'Download MP4')),
          h('li', {}, download(outputs.captionsSrt, `${name}.srt`, 'Captions (SRT)', 'download-srt')),
          h('li', {}, h('a', {href: vtt, download: `${name}.vtt`, id: 'download-vtt', class: 'button secondary'},
            'Captions (VTT)'))),
        state.video.durationMs ? h('p', {class: 'muted'},
          `${(state.video.durationMs / 1000).toFixed(1)} s · made ${formatDate(state.video.updatedAt)}`) : null));
    } catch (error) {
      show(player, h('p', {class: 'error', role: 'alert'}, `The video did not load: ${error.message}`));
    }
  };

  const download = (path, name, text, elementId) => {
    const link = h('a', {href: '#', id: elementId, class: 'button secondary'}, text);
    link.addEventListener('click', async event => {
      if (link.download) return;
      event.preventDefault();
      const url = await blobUrl(path);
      state.blobs.push(url);
      link.href = url;
      link.download = name;
      link.click();
    });
    return link;
  };

  const renderEditor = (open = null) => {
    const spec = state.video.spec;
    if (!spec || !spec.scenes) {
      show(scenes);
      return;
    }
    show(scenes, h('h2', {id: 'scenes-heading'}, 'Scenes'),
      h('ol', {class: 'scene-list'}, spec.scenes.map((scene, index) => h('li', {},
        index === open ? editForm(index, scene) : h('div', {class: 'scene-summary'},
          h('p', {}, h('span', {class: 'scene-number'}, `Scene ${index + 1}`),
            scene.title ? h('strong', {}, `${scene.title} — `) : null, scene.text),
          h('button', {type: 'button', class: 'secondary', id: `edit-scene-${index}`,
            onclick: () => renderEditor(index)}, `Edit scene ${index + 1}`))))));
  };

  const editForm = (index, scene) => {
    const editor = sceneEditor(index, scene);
    const form = h('form', {class: 'scene-edit', novalidate: true}, formError(), editor.element,
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Save and render again'),
        h('button', {type: 'button', class: 'link', onclick: () => renderEditor()}, 'Discard changes')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(form);
      const spec = structuredClone(state.video.spec);
      spec.scenes[index] = editor.read();
      busy(form, true);
      try {
        const {body, etag} = await call(`/api/v1/videos/${id}`, {method: 'PATCH', body: spec,
          headers: {'If-Match': state.etag}});
        state.video = body;
        state.etag = etag;
        notice.hidden = true;
        render();
        if (RUNNING.includes(body.status)) watch();
      } catch (error) {
        if (error instanceof ApiError && error.status === 412) {
          settle(await load());
          notice.textContent = 'This video was changed elsewhere since you opened it. Its newer version is shown; '
            + 'your edit was not saved — make it again on this version.';
          notice.hidden = false;
          notice.focus();
        } else {
          showProblem(form, error);
        }
      } finally {
        busy(form, false);
      }
    });
    queueMicrotask(editor.focus);
    return form;
  };

  /** Follows a video that renders; shows one that is done. */
  const settle = video => {
    if (RUNNING.includes(video.status)) watch();
    else if (video.status === 'completed') showPlayer();
  };

  load().then(settle).catch(error => {
    show(main, h('div', {class: 'card'}, h('h1', {}, 'Video not found'),
      h('p', {}, error.message), h('a', {href: '#/videos'}, 'Back to your videos')));
  });

  return () => {
    if (state.stream) state.stream.stop();
    state.blobs.forEach(url => URL.revokeObjectURL(url));
  };
}

function stageItem(name, video) {
  const run = (video.stages || []).find(stage => stage.name === name) || {status: 'pending'};
  const current = video.progress && video.progress.stage === name && video.status === 'processing';
  const percent = run.status === 'completed' ? 100 : current ? video.progress.percent : 0;
  const bar = h('progress', {max: 100, value: percent, 'aria-label': `${name} ${percent}%`});
  return h('li', {'data-stage': name, 'data-status': run.status, class: `stage stage-${run.status}`},
    h('span', {class: 'stage-name'}, name), bar, h('span', {class: 'stage-status'}, run.status));
}

function markStage(video, name, status) {
  if (!name) return;
  video.stages = video.stages || [];
  const run = video.stages.find(stage => stage.name === name);
  if (run) {
    if (run.status !== 'completed' || status === 'completed') run.status = status;
  } else {
    video.stages.push({name, status});
  }
  if (status === 'running') {
    // a stage starts only after the ones before it finished
    for (const earlier of STAGES.slice(0, STAGES.indexOf(name))) {
      const before = video.stages.find(stage => stage.name === earlier);
      if (before && before.status === 'running') before.status = 'completed';
    }
  }
}

function label(status) {
  return {queued: 'Waiting for a worker', processing: 'Rendering', completed: 'Ready', failed: 'Failed',
    cancelled: 'Cancelled'}[status] || status;
}

function fileName(title) {
  return (title || 'video').replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'video';
}
