import { escapeHtml } from '../handouts/rendering/html-escape.js';
import { PASSWORD_MIN_LENGTH } from '../common/access/password-policy.js';

/**
 * Where an admin-issued reset link opens: `<PUBLIC_URL>/reset-password#token=prs_…`. The token
 * rides in the fragment, which browsers never send: it reaches no request line, so no access log
 * (ours, a proxy's) and no Referer header holds it. The page's script reads it and sends it only
 * in the body of the resetPassword mutation.
 */
export const RESET_PASSWORD_PATH = '/reset-password';

/** The absolute link for a reset token (PUBLIC_URL without a trailing slash). */
export function resetPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${RESET_PASSWORD_PATH}#token=${encodeURIComponent(token)}`;
}

/**
 * Nothing but this response's own style and script (by nonce) and requests to this origin (the
 * GraphQL endpoint): no other site, no inline handler, no form posting elsewhere, no framing.
 */
export function resetPageCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const STYLE = `
:root{color-scheme:light;--ink:#1f2933;--muted:#52606d;--line:#9aa5b1;--accent:#0b5cad;--bad:#b3261e;--good:#1e6b34}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:var(--ink);background:#f5f7fa;line-height:1.5;font-size:1.0625rem}
main{max-width:28rem;margin:0 auto;padding:2rem 1.25rem 3rem}
.card{background:#fff;border:1px solid #d9e2ec;border-radius:12px;padding:1.5rem 1.25rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.25rem;margin:0 0 .5rem}
.clinic{color:var(--muted);margin:0 0 1.25rem}
.field{margin:0 0 1.1rem}
label{display:block;font-weight:600;margin:0 0 .3rem}
.hint{color:var(--muted);font-size:.95rem;margin:0 0 .4rem}
input[type=password],input[type=text]{width:100%;font:inherit;padding:.7rem .75rem;border:1px solid var(--line);border-radius:8px;min-height:2.9rem}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #7cb4f0;outline-offset:2px}
input[aria-invalid=true]{border-color:var(--bad);border-width:2px}
.show{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:0 0 1.25rem}
.show input{width:1.25rem;height:1.25rem;margin:0}
button{width:100%;font:inherit;font-weight:600;padding:.8rem 1rem;border:0;border-radius:8px;background:var(--accent);color:#fff;min-height:3rem;cursor:pointer}
button[disabled]{opacity:.7;cursor:progress}
.error{color:var(--bad);margin:.35rem 0 0;font-size:.95rem}
.error:empty{display:none}
.notice h2{color:var(--good)}
.notice.gone h2{color:var(--bad)}
a{color:var(--accent)}
[hidden]{display:none!important}
section:focus{outline:none}
`;

/**
 * The browser side, as plain ES2020 (this project builds no browser bundle, and the page needs no
 * library): reads the token from the fragment, takes it out of the address bar, asks for the new
 * password twice, sends resetPassword with fetch and shows the API's answer by field.
 */
const SCRIPT = String.raw`
(function () {
  'use strict';
  var KEY = 'password-reset-token';
  var MUTATION =
    'mutation ResetPasswordPage($input: ResetPasswordInput!) { resetPassword(input: $input) { account { email } } }';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('reset'), password = $('password'), confirm = $('confirm'), button = $('submit');

  function stored() { try { return sessionStorage.getItem(KEY); } catch (e) { return null; } }
  function store(value) {
    try { if (value) sessionStorage.setItem(KEY, value); else sessionStorage.removeItem(KEY); } catch (e) {}
  }

  var fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromLink) {
    // Kept for this tab only (a reload still works) and taken out of the address bar and this
    // history entry, so the next person at this browser does not find it.
    store(fromLink);
    history.replaceState(null, '', location.pathname);
  }
  var token = fromLink || stored();

  function show(id) {
    form.hidden = true;
    var section = $(id);
    section.hidden = false;
    section.focus();
  }
  function fieldError(input, message) {
    var slot = $(input.id + '-error');
    slot.textContent = message || '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  function formError(message) { $('form-error').textContent = message || ''; }
  function busy(on) {
    button.disabled = on;
    button.textContent = on ? 'Setting your password…' : 'Set password';
  }

  if (!token) { show('missing'); return; }
  form.hidden = false;

  $('show').addEventListener('change', function (event) {
    var type = event.target.checked ? 'text' : 'password';
    password.type = type;
    confirm.type = type;
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fieldError(password, '');
    fieldError(confirm, '');
    formError('');
    if (!password.value) {
      fieldError(password, 'Enter a new password.');
      password.focus();
      return;
    }
    if (password.value !== confirm.value) {
      fieldError(confirm, 'The two passwords are not the same: type the new password again.');
      confirm.focus();
      return;
    }
    busy(true);
    // Relative, as are the page's links: behind a proxy PUBLIC_URL may carry a path prefix.
    fetch('graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { token: token, newPassword: password.value } },
      }),
    })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        busy(false);
        var done = body && body.data && body.data.resetPassword;
        if (done) {
          store(null);
          password.value = '';
          confirm.value = '';
          $('done-account').textContent = done.account.email;
          show('done');
          return;
        }
        var errors = (body && body.errors) || [];
        var shown = false;
        errors.forEach(function (error) {
          var extensions = error.extensions || {};
          if (extensions.code === 'RATE_LIMITED') {
            formError('Too many attempts from this network: wait ' +
              (extensions.retryAfterSeconds || 60) + ' seconds and try again.');
            shown = true;
            return;
          }
          (extensions.fields || []).forEach(function (problem) {
            if (problem.field === 'input.token') {
              store(null);
              show('gone');
              shown = true;
            } else if (problem.field === 'input.newPassword') {
              fieldError(password, problem.message.replace(/^newPassword /, 'The password '));
              password.focus();
              shown = true;
            }
          });
        });
        if (!shown) {
          formError((errors[0] && errors[0].message) || 'The password could not be set: try again.');
        }
      })
      .catch(function () {
        busy(false);
        formError('The service could not be reached: check the connection and try again.');
      });
  });
})();
`;

export interface ResetPageOptions {
  /** The clinic's name, from CLINIC_NAME. */
  clinicName: string;
  /** A fresh random value per response, also in the CSP header. */
  nonce: string;
}

/**
 * The page a reset link opens. It holds nothing about the account or the token (the server
 * never sees either): the same for everyone, apart from the nonce.
 */
export function resetPasswordPage({ clinicName, nonce }: ResetPageOptions): string {
  const clinic = escapeHtml(clinicName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Set a new password · ${clinic}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
<div class="card">
<h1>Set a new password</h1>
<p class="clinic">${clinic}</p>
<noscript><p>This page needs JavaScript to send your new password. Turn it on and open the link again.</p></noscript>
<form id="reset" novalidate hidden>
  <div class="field">
    <label for="password">New password</label>
    <p class="hint" id="password-hint">At least ${PASSWORD_MIN_LENGTH} characters. A phrase of a few unrelated words works well; not a common password, and not your name or e-mail.</p>
    <input id="password" name="password" type="password" autocomplete="new-password" required minlength="${PASSWORD_MIN_LENGTH}" aria-describedby="password-hint password-error">
    <p class="error" id="password-error" aria-live="polite"></p>
  </div>
  <div class="field">
    <label for="confirm">New password, again</label>
    <input id="confirm" name="confirm" type="password" autocomplete="new-password" required aria-describedby="confirm-error">
    <p class="error" id="confirm-error" aria-live="polite"></p>
  </div>
  <label class="show"><input id="show" type="checkbox"> Show the passwords</label>
  <button id="submit" type="submit">Set password</button>
  <p class="error" id="form-error" role="alert"></p>
</form>
<section id="done" class="notice" tabindex="-1" hidden>
  <h2>Your password is set</h2>
  <p>The new password of <strong id="done-account"></strong> works from now on; every earlier sign-in of this account has ended.</p>
  <p><a href="./">Sign in with your new password</a></p>
</section>
<section id="gone" class="notice gone" tabindex="-1" hidden>
  <h2>This link no longer works</h2>
  <p>It was already used, has expired, or a newer link replaced it. Ask an admin of ${clinic} for a new one.</p>
  <p><a href="./">Go to the start page</a></p>
</section>
<section id="missing" class="notice gone" tabindex="-1" hidden>
  <h2>This page needs your reset link</h2>
  <p>Open the whole link an admin gave you (it ends in <code>#token=…</code>), or ask for a new one.</p>
</section>
</div>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
