// Plain HTML pages of the test IdP: sign-in / register form and the sign-out pages.
// No external resources, no scripts except the auto-submit of the logout form (as Logto does).

const STYLE = `
  body { font-family: sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; }
  label { display: block; margin-top: 1rem; }
  input { width: 100%; padding: .4rem; box-sizing: border-box; }
  button { margin-top: 1.2rem; padding: .5rem 1rem; }
  .error { color: #b00020; }
  .meta { color: #666; font-size: .8rem; margin-top: 2rem; }
`;

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function layout(title, body, bodyAttributes = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body${bodyAttributes}>
${body}
</body>
</html>`;
}

/**
 * The sign-in page (or, for `screen: 'register'`, the create-account page).
 * Field names/ids are `identifier` and `password`, the submit button id is `submit`.
 * The Logto parameters the page was opened with are exposed as data-* attributes of <body>.
 * With `apple`, a "Continue with Apple" button (`#continue-with-apple`) starts the Apple
 * connector. `toast` is a message from a social sign-in that failed (`#toast`), as Logto shows.
 */
export function signInPage({ uid, screen, clientId, loginHint, error, logtoParams, apple = false, toast }) {
  const register = screen === 'register';
  const action = `/interaction/${encodeURIComponent(uid)}/${register ? 'register' : 'login'}`;
  const attributes = Object.entries({ screen, 'client-id': clientId, ...logtoParams })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` data-${key.replaceAll('_', '-')}="${escapeHtml(value)}"`)
    .join('');
  const body = `
<h1>${register ? 'Create account' : 'Sign in'}</h1>
${toast ? `<p class="error" id="toast" role="status">${escapeHtml(toast)}</p>` : ''}
${error ? `<p class="error" id="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
  <label for="identifier">Username</label>
  <input id="identifier" name="identifier" type="text" value="${escapeHtml(loginHint)}" required autofocus>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required>
  <button id="submit" type="submit">${register ? 'Create account' : 'Sign in'}</button>
</form>
${apple ? `<form method="post" action="/interaction/${escapeHtml(encodeURIComponent(uid))}/social/apple">
  <button id="continue-with-apple" type="submit">Continue with Apple</button>
</form>` : ''}
<form method="post" action="/interaction/${escapeHtml(encodeURIComponent(uid))}/abort">
  <button id="cancel" type="submit">Cancel</button>
</form>
<p class="meta">Test identity provider for ${escapeHtml(clientId)}.</p>`;
  return layout('Sign in', body, attributes);
}

/** Logto's end-session confirmation page auto-submits the form oidc-provider gives it. */
export function logoutPage(form) {
  return layout('Sign Out', `${form}
<input type="hidden" form="op.logoutForm" value="yes" name="logout">
<p>Signing out…</p>
<script>document.getElementById('op.logoutForm').submit();</script>`);
}

export function signedOutPage() {
  return layout('Signed out', '<h1>Signed out</h1><p id="signed-out">You have been signed out.</p>');
}

export function errorPage(message) {
  return layout('Error', `<h1>Error</h1><p class="error" id="error">${escapeHtml(message)}</p>`);
}

/**
 * Logto's device page (`<endpoint>/device`): one field for the code and "Continue". `action` and
 * `xsrf` come from oidc-provider's form; `userCode` pre-fills the field (verification_uri_complete).
 * `error` is one of `not_found`, `expired`, `used`, `aborted`, `missing` (shown in `#error`, and
 * as `data-device-error` on <body>).
 */
export function deviceCodePage({ action, xsrf, userCode, error }) {
  const messages = {
    missing: 'Enter the code shown on your device.',
    not_found: 'The code you entered is incorrect. Try again.',
    expired: 'The code has expired. Start again on your device.',
    used: 'This code was already used.',
    aborted: 'The sign-in was cancelled.',
  };
  const body = `
<h1>Connect a device</h1>
<p>Enter the code shown on your device.</p>
${error ? `<p class="error" id="error" role="alert">${escapeHtml(messages[error] ?? error)}</p>` : ''}
<form id="device-form" method="post" action="${escapeHtml(action)}" autocomplete="off">
  <input type="hidden" name="xsrf" value="${escapeHtml(xsrf)}">
  <label for="user-code">Code</label>
  <input id="user-code" name="user_code" type="text" value="${escapeHtml(userCode)}" required autofocus>
  <button id="continue" type="submit">Continue</button>
</form>`;
  return layout('Device', body, ` data-device-step="code"${error ? ` data-device-error="${escapeHtml(error)}"` : ''}`);
}

/** oidc-provider's confirmation step, which Logto does not have: it submits itself. */
export function deviceConfirmPage(form) {
  return layout('Device', `${form}
<p>Connecting…</p>
<noscript><button type="submit" form="op.deviceConfirmForm">Continue</button></noscript>
<script>document.getElementById('op.deviceConfirmForm').submit();</script>`, ' data-device-step="confirm"');
}

export function deviceSuccessPage() {
  return layout('Device connected', '<h1>Your device is now connected!</h1><p id="device-connected">You can close this page.</p>',
    ' data-device-step="success"');
}
