// The signed-in session. The access token lives only in this module's memory; the refresh token
// is an HttpOnly cookie the server set for /api/v1/auth/session, which no script here can read.
// Refreshing with that cookie needs the CSRF value the server put in the readable videogen_csrf
// cookie (docs/adr/0011-web-studio.md).

const SESSION = '/api/v1/auth/session';
let accessToken = null;
let refreshTimer = null;
const listeners = new Set();

export function token() {
  return accessToken;
}

export function signedIn() {
  return accessToken !== null;
}

/** Calls back with true/false whenever the session starts or ends. */
export function onChange(listener) {
  listeners.add(listener);
}

function csrf() {
  const found = document.cookie.split('; ').find(pair => pair.startsWith('videogen_csrf='));
  return found ? found.slice('videogen_csrf='.length) : '';
}

function started(body) {
  accessToken = body.accessToken;
  clearTimeout(refreshTimer);
  // a minute before it runs out (at least half its life), trade it for a new one
  const lead = Math.max(body.expiresIn / 2, body.expiresIn - 60);
  refreshTimer = setTimeout(() => refresh().catch(() => ended()), lead * 1000);
  listeners.forEach(listener => listener(true));
}

function ended() {
  accessToken = null;
  clearTimeout(refreshTimer);
  listeners.forEach(listener => listener(false));
}

/** Signs in with email and password; throws the API's problem on failure. */
export async function signIn(email, password) {
  const response = await fetch(SESSION, {
    method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify({email, password}),
  });
  if (!response.ok) throw await problemOf(response);
  started(await response.json());
}

/**
 * Finishes a sign-in that answered MFA_REQUIRED: its mfaToken with the authenticator's six digits,
 * or (anything else) one of the recovery codes. Throws the API's problem on failure.
 */
export async function signInWithSecondFactor(mfaToken, answer) {
  const entered = answer.trim();
  const factor = /^\d{6}$/.test(entered) ? {code: entered} : {recoveryCode: entered};
  const response = await fetch(SESSION + '/mfa', {
    method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify({mfaToken, ...factor}),
  });
  if (!response.ok) throw await problemOf(response);
  started(await response.json());
}

/**
 * A new access token from the refresh cookie. Refresh tokens are single-use: two tabs refreshing
 * with the same cookie at once would look like a stolen token and end the session, so tabs take
 * turns (Web Locks), and a tab that waited finds the cookie its neighbour already renewed.
 */
export async function refresh() {
  const run = async () => {
    if (!csrf()) return false;
    const response = await fetch(SESSION + '/refresh', {
      method: 'POST', credentials: 'same-origin',
      headers: {'X-CSRF-Token': csrf(), 'Accept': 'application/json'},
    });
    if (!response.ok) return false;
    started(await response.json());
    return true;
  };
  const ok = navigator.locks ? await navigator.locks.request('videogen-session', run) : await run();
  if (!ok) ended();
  return ok;
}

/** Resumes a session after a reload, when the browser still holds its cookie. */
export async function resume() {
  return csrf() ? refresh() : false;
}

export async function signOut() {
  try {
    await fetch(SESSION, {method: 'DELETE', credentials: 'same-origin', headers: {'X-CSRF-Token': csrf()}});
  } finally {
    ended();
  }
}

/** An API error: status, code, detail and the field errors of a problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem.code || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.problem = problem;
  }
}

export async function problemOf(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (ignored) {
    problem = {title: response.statusText};
  }
  return new ApiError(response.status, problem);
}
