// The video list: newest first, filtered by status, a page at a time, with thumbnails.
import {blobUrl, get} from '../api.js';
import {formatDate, h, option, show, uid} from '../dom.js';

const STATUSES = ['queued', 'processing', 'completed', 'failed', 'cancelled'];
const PAGE_SIZE = 12;

export function videosView(main, {params, go}) {
  const status = STATUSES.includes(params.get('status')) ? params.get('status') : '';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const blobs = [];
  const list = h('ul', {class: 'videos', 'aria-live': 'polite', 'aria-busy': 'true'});
  const filter = h('select', {id: uid('status'), name: 'status'},
    option('', 'All', status === ''), STATUSES.map(s => option(s, s[0].toUpperCase() + s.slice(1), status)));
  filter.addEventListener('change', () => go(link(filter.value, 0)));
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages'});
  show(main,
    h('div', {class: 'heading'}, h('h1', {}, 'My videos'),
      h('div', {class: 'filter'}, h('label', {for: filter.id}, 'Status'), filter),
      h('a', {class: 'button primary', href: '#/new'}, 'New video')),
    list, pager);

  (async () => {
    try {
      const query = new URLSearchParams({page: String(page), size: String(PAGE_SIZE)});
      if (status) query.set('status', status);
      const found = await get(`/api/v1/videos?${query}`);
      list.setAttribute('aria-busy', 'false');
      if (!found.items.length) {
        show(list, h('li', {class: 'empty'}, status ? `No ${status} videos.` : 'No videos yet. ',
          status ? null : h('a', {href: '#/new'}, 'Make your first one')));
      } else {
        show(list, found.items.map(video => item(video, blobs)));
      }
      show(pager,
        page > 0 ? h('a', {href: link(status, page - 1), rel: 'prev'}, '← Newer') : null,
        h('span', {}, `Page ${found.page + 1} of ${Math.max(1, found.totalPages)} · ${found.totalItems} `
          + (found.totalItems === 1 ? 'video' : 'videos')),
        page + 1 < found.totalPages ? h('a', {href: link(status, page + 1), rel: 'next'}, 'Older →') : null);
    } catch (error) {
      show(list, h('li', {class: 'error', role: 'alert'}, `The list did not load: ${error.message}`));
    }
  })();
  return () => blobs.forEach(url => URL.revokeObjectURL(url));
}

function link(status, page) {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (page) query.set('page', String(page));
  const text = query.toString();
  return text ? `#/videos?${text}` : '#/videos';
}

function item(video, blobs) {
  const picture = h('div', {class: 'thumb', 'aria-hidden': 'true'});
  if (video.outputs && video.outputs.thumbnail) {
    blobUrl(video.outputs.thumbnail).then(url => {
      blobs.push(url);
      show(picture, h('img', {src: url, alt: ''}));
    }).catch(() => {});
  }
  const progress = video.status === 'processing' && video.progress
    ? ` · ${video.progress.stage} ${video.progress.percent}%` : '';
  return h('li', {},
    h('a', {href: `#/videos/${video.id}`, class: 'video-card'},
      picture,
      h('span', {class: 'title'}, video.title),
      h('span', {class: `status status-${video.status}`}, video.status + progress),
      h('span', {class: 'muted'}, formatDate(video.createdAt))));
}
