// The public API, called with the session's access token. Nothing here is studio-only: every
// call is one any client can make (/q/openapi).
import {ApiError, problemOf, refresh, token} from './session.js';

export {ApiError};

/** Fetches with the bearer token; a 401 refreshes the session once and tries again. */
export async function authorized(path, init = {}) {
  const send = () => fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: {...(init.headers || {}), Authorization: `Bearer ${token()}`},
  });
  let response = await send();
  if (response.status === 401 && await refresh()) response = await send();
  return response;
}

/** A JSON call: answers {body, etag, status}; throws ApiError for a problem. */
export async function call(path, {method = 'GET', body, headers = {}} = {}) {
  const init = {method, headers: {Accept: 'application/json', ...headers}};
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const response = await authorized(path, init);
  if (!response.ok) throw await problemOf(response);
  const text = await response.text();
  return {body: text ? JSON.parse(text) : null, etag: response.headers.get('ETag'), status: response.status};
}

export async function get(path) {
  return (await call(path)).body;
}

/** Uploads a file as an asset. */
export async function upload(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await authorized('/api/v1/assets', {method: 'POST', body: form});
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** Downloads with the token and answers a blob: URL the page may show, play or save. */
export async function blobUrl(path) {
  const response = await authorized(path);
  if (!response.ok) throw await problemOf(response);
  return URL.createObjectURL(await response.blob());
}

/** A new key per submission, so a double click or a retried request makes one video. */
export function idempotencyKey() {
  return crypto.randomUUID();
}
