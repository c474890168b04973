// The studio's entry: a hash router over the views, and the session's start.
import {onChange, resume, signOut, signedIn} from './session.js';
import {h, show} from './dom.js';
import {registerView, signInView} from './views/signin.js';
import {videosView} from './views/videos.js';
import {createView} from './views/create.js';
import {videoView} from './views/video.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let leave = null;

const routes = [
  {pattern: /^#\/signin$/, view: signInView, open: true, title: 'Sign in'},
  {pattern: /^#\/register$/, view: registerView, open: true, title: 'Create an account'},
  {pattern: /^#\/videos$/, view: videosView, title: 'My videos'},
  {pattern: /^#\/new$/, view: createView, title: 'New video'},
  {pattern: /^#\/videos\/([0-9a-f-]{36})$/, view: videoView, title: 'Video'},
];

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const [path, query] = (location.hash || '#/videos').split('?');
  const params = new URLSearchParams(query || '');
  const found = routes.find(candidate => candidate.pattern.test(path));
  if (leave) {
    leave();
    leave = null;
  }
  if (!found) {
    show(main, h('div', {class: 'card'}, h('h1', {}, 'Not found'),
      h('p', {}, 'This page does not exist. '), h('a', {href: '#/videos'}, 'Go to your videos')));
    return;
  }
  if (!found.open && !signedIn()) {
    go(`#/signin?next=${encodeURIComponent(location.hash || '#/videos')}`);
    return;
  }
  if (found.open && signedIn()) {
    go('#/videos');
    return;
  }
  document.title = `${found.title} · videogen studio`;
  const match = path.match(found.pattern);
  leave = found.view(main, {params, go, id: match[1]}) || null;
  main.focus({preventScroll: true});
}

onChange(on => {
  nav.hidden = !on;
  if (!on && !routes.find(r => r.open && r.pattern.test(location.hash.split('?')[0]))) go('#/signin');
});
document.getElementById('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', route);

resume().finally(route);
