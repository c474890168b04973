// Sign in and register.
import {call} from '../api.js';
import {ApiError, signIn, signInWithSecondFactor} from '../session.js';
import {field, h, show} from '../dom.js';
import {clearErrors, formError, showProblem} from '../forms.js';

export function signInView(main, {params, go}) {
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'username', required: true,
    value: params.get('email') || ''});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const form = h('form', {class: 'card narrow', novalidate: true},
    h('h1', {}, 'Sign in'),
    params.get('registered') ? h('p', {class: 'notice', role: 'status'}, 'Account created. Sign in to start.') : null,
    formError(),
    field('Email', email, {name: 'email'}),
    field('Password', password, {name: 'password'}),
    h('button', {type: 'submit', class: 'primary'}, 'Sign in'),
    h('p', {}, 'New here? ', h('a', {href: '#/register'}, 'Create an account')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    busy(form, true);
    try {
      await signIn(email.value.trim(), password.value);
      go(params.get('next') || '#/videos');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'MFA_REQUIRED' && error.problem.mfaToken) {
        secondFactorView(main, error.problem.mfaToken, () => go(params.get('next') || '#/videos'));
        return;
      }
      showProblem(form, error instanceof ApiError ? error : {errors: [], message: String(error.message)});
    } finally {
      busy(form, false);
    }
  });
  show(main, form);
  (email.value ? password : email).focus();
}

/** The second step of a sign-in with MFA on: the authenticator's code or a recovery code. */
function secondFactorView(main, mfaToken, done) {
  const code = h('input', {type: 'text', name: 'code', autocomplete: 'one-time-code', required: true,
    maxlength: 40, spellcheck: false});
  const form = h('form', {class: 'card narrow', novalidate: true},
    h('h1', {}, 'Two-step sign-in'),
    formError(),
    field('Code', code, {name: 'code',
      hint: 'The 6 digits your authenticator app shows now, or one of your recovery codes.'}),
    h('button', {type: 'submit', class: 'primary'}, 'Sign in'),
    h('p', {}, h('a', {href: '#/signin'}, 'Start again')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    busy(form, true);
    try {
      await signInWithSecondFactor(mfaToken, code.value);
      done();
    } catch (error) {
      showProblem(form, error instanceof ApiError ? error : {errors: [], message: String(error.message)});
    } finally {
      busy(form, false);
    }
  });
  show(main, form);
  code.focus();
}

export function registerView(main, {go}) {
  const name = h('input', {type: 'text', name: 'displayName', autocomplete: 'name', maxlength: 100});
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'new-password', required: true,
    minlength: 12});
  const form = h('form', {class: 'card narrow', novalidate: true},
    h('h1', {}, 'Create an account'),
    formError(),
    field('Your name', name, {name: 'displayName'}),
    field('Email', email, {name: 'email'}),
    field('Password', password, {name: 'password',
      hint: 'At least 12 characters; a few unrelated words are easy to remember.'}),
    h('button', {type: 'submit', class: 'primary'}, 'Create account'),
    h('p', {}, 'Have an account? ', h('a', {href: '#/signin'}, 'Sign in')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    busy(form, true);
    try {
      await call('/api/v1/auth/register', {method: 'POST',
        body: {email: email.value.trim(), password: password.value, displayName: name.value.trim() || undefined}});
      go(`#/signin?registered=1&email=${encodeURIComponent(email.value.trim())}`);
    } catch (error) {
      showProblem(form, error);
    } finally {
      busy(form, false);
    }
  });
  show(main, form);
  name.focus();
}

export function busy(form, on) {
  for (const button of form.querySelectorAll('button[type="submit"]')) button.disabled = on;
  form.setAttribute('aria-busy', on ? 'true' : 'false');
}
