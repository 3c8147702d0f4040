// An Apple-shaped identity provider ("Sign in with Apple") for the tests, served by server.mjs
// on its own loopback origin. It behaves like appleid.apple.com for the parts Logto relies on:
//
//   GET  /.well-known/openid-configuration
//   GET  /auth/authorize   the page: pick a test Apple account, then consent ("Share My Email" /
//                          "Hide My Email" on the first authorization only); Cancel anywhere
//   POST /auth/token       authorization_code grant; the client secret is an ES256 JWT signed with
//                          the developer's Sign in with Apple key (iss = Team ID, sub = Services ID)
//   GET  /auth/keys        the JWKS (RS256)
//
// Responses go back with response_mode form_post (an auto-submitting form), query or fragment.
// The `user` field (JSON: name and email) is sent on the FIRST authorization of an Apple account
// for a Services ID only, as Apple does. ID tokens: issuer https://appleid.apple.com, aud = the
// Services ID, nonce, email, email_verified, is_private_email; accounts with
// "booleans_as_strings" get "true"/"false" strings instead of booleans, as Apple sometimes sends.

import * as crypto from 'node:crypto';
import * as querystring from 'node:querystring';

import { generateSigningKey, publicJwk, signJws, verifyJws } from './keys.mjs';
import { escapeHtml, layout } from './pages.mjs';

export const APPLE_ISSUER = 'https://appleid.apple.com';
export const RELAY_DOMAIN = 'privaterelay.appleid.com';

const CODE_TTL_S = 300; // Apple's authorization codes live five minutes and are single-use
const ID_TOKEN_TTL_S = 600;
const REQUEST_TTL_MS = 10 * 60 * 1000;

const randomId = (bytes = 16) => crypto.randomBytes(bytes).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** OIDC's left-half hash (c_hash, at_hash) for RS256. */
const halfHash = (value) => crypto.createHash('sha256').update(value).digest().subarray(0, 16).toString('base64url');

function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(html),
    ...headers,
  });
  res.end(html);
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  res.end(body);
}

async function readForm(req, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const parsed = querystring.parse(Buffer.concat(chunks).toString('utf8'));
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export class AppleIdp {
  /**
   * @param {object} options
   * @param {Array<object>} options.accounts  test Apple accounts (users.json "apple_accounts")
   * @param {string} options.teamId           the developer's Team ID
   * @param {(entry: object) => void} options.record  request log
   * @param {() => object|undefined} options.mutation  the active mutation (for `appleIdToken`)
   */
  constructor({ accounts, teamId, record, mutation }) {
    this.teamId = teamId;
    this.record = record;
    this.mutation = mutation;
    this.signingKey = generateSigningKey('RS256', 'apple');
    // The developer's "Sign in with Apple" key (the .p8 file): a P-256 key with a Key ID.
    this.developerKey = generateSigningKey('ES256', 'key');
    this.accounts = accounts.map((account) => this.normalizeAccount(account));
    /** Services IDs: client_id → { returnUrls: Set<string> } */
    this.clients = new Map();
    /** `${sub} ${clientId}` → { emailChoice, email } once the person has consented */
    this.authorizations = new Map();
    this.requests = new Map(); // pending authorization requests (the page's state), by id
    this.codes = new Map();
    this.origin = undefined; // what the browser uses
    this.internalOrigin = undefined; // what server-side clients use
  }

  normalizeAccount(account) {
    if (!account.email || !account.sub) throw new Error('every Apple account needs "email" and "sub"');
    const relay = account.relay_email
      ?? `${crypto.createHash('sha256').update(`${account.sub} ${this.teamId}`).digest('hex').slice(0, 10)}@${RELAY_DOMAIN}`;
    return {
      first_name: '',
      last_name: '',
      booleans_as_strings: false,
      ...account,
      relay_email: relay,
    };
  }

  /** Registers a Services ID with its Return URLs (exact match, as Apple checks them). */
  registerClient(clientId, returnUrls) {
    this.clients.set(clientId, { returnUrls: new Set(returnUrls) });
    // Accounts marked "authorized" in users.json have consented to every registered Services ID.
    for (const account of this.accounts) {
      if (account.authorized) this.authorize(account.email, clientId, account.authorized);
    }
  }

  accountByEmail(email) {
    return this.accounts.find((account) => account.email === email);
  }

  emailFor(account, choice) {
    return choice === 'hide' ? account.relay_email : account.email;
  }

  /** Records a consent as if the person had authorized before (test endpoint). */
  authorize(email, clientId, emailChoice = 'share') {
    const account = this.accountByEmail(email);
    if (!account || !this.clients.has(clientId) || !['share', 'hide'].includes(emailChoice)) return false;
    this.authorizations.set(`${account.sub} ${clientId}`, { emailChoice, email: this.emailFor(account, emailChoice) });
    return true;
  }

  /** "Stop using Sign in with Apple" for this app at appleid.apple.com (test endpoint). */
  revoke(email, clientId) {
    const account = this.accountByEmail(email);
    if (!account) return 0;
    let count = 0;
    for (const key of [...this.authorizations.keys()]) {
      const [sub, client] = key.split(' ');
      if (sub === account.sub && (!clientId || client === clientId)) {
        this.authorizations.delete(key);
        count += 1;
      }
    }
    return count;
  }

  jwks() {
    return { keys: [publicJwk(this.signingKey.jwk)] };
  }

  discovery() {
    const base = this.origin;
    return {
      issuer: APPLE_ISSUER,
      authorization_endpoint: `${base}/auth/authorize`,
      token_endpoint: `${base}/auth/token`,
      jwks_uri: `${base}/auth/keys`,
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'email', 'name'],
      token_endpoint_auth_methods_supported: ['client_secret_post'],
      claims_supported: ['aud', 'email', 'email_verified', 'exp', 'iat', 'is_private_email', 'iss', 'nonce',
        'nonce_supported', 'real_user_status', 'sub', 'transfer_sub'],
    };
  }

  testState() {
    return {
      origin: this.origin,
      issuer: APPLE_ISSUER,
      jwks_uri: `${this.origin}/auth/keys`,
      team_id: this.teamId,
      key_id: this.developerKey.kid,
      services_ids: [...this.clients.entries()].map(([id, { returnUrls }]) => ({ id, return_urls: [...returnUrls] })),
      accounts: this.accounts.map(({ email, sub, relay_email: relay, booleans_as_strings: strings }) => ({
        email, sub, relay_email: relay, booleans_as_strings: strings,
      })),
      authorizations: [...this.authorizations.entries()].map(([key, value]) => {
        const [sub, clientId] = key.split(' ');
        return { account: this.accounts.find((a) => a.sub === sub)?.email, client_id: clientId, email_choice: value.emailChoice, email: value.email };
      }),
    };
  }

  /** Signs a client secret the way a developer does with the .p8 key (used by the Logto side). */
  clientSecret(clientId) {
    const iat = now();
    return signJws(
      { alg: 'ES256', kid: this.developerKey.kid },
      { iss: this.teamId, iat, exp: iat + 3600, aud: APPLE_ISSUER, sub: clientId },
      this.developerKey,
    );
  }

  // -------------------------------------------------------------------------------------------
  // ID tokens

  idToken(account, authorization, clientId, nonce, extra = {}) {
    const iat = now();
    const bool = (value) => (account.booleans_as_strings ? String(value) : value);
    const payload = {
      iss: APPLE_ISSUER,
      aud: clientId,
      exp: iat + ID_TOKEN_TTL_S,
      iat,
      sub: account.sub,
      ...extra,
      ...(nonce ? { nonce, nonce_supported: bool(true) } : {}),
      auth_time: iat,
    };
    if (authorization?.email) {
      payload.email = authorization.email;
      payload.email_verified = bool(true);
      payload.is_private_email = bool(authorization.emailChoice === 'hide');
    }
    payload.real_user_status = 2;
    let token = signJws({ kid: this.signingKey.kid, alg: 'RS256' }, payload, this.signingKey);
    const mutation = this.mutation();
    if (mutation?.appleIdToken) token = mutation.appleIdToken(token, this.signingKey);
    return token;
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  async handle(req, res, url) {
    const route = `${req.method} ${url.pathname}`;
    const entry = { server: 'apple', method: req.method, path: url.pathname, at: Date.now() };
    res.on('finish', () => {
      entry.status = res.statusCode;
      this.record(entry);
    });
    switch (route) {
      case 'GET /.well-known/openid-configuration':
        return sendJson(res, 200, this.discovery());
      case 'GET /auth/keys':
        return sendJson(res, 200, this.jwks());
      case 'GET /auth/authorize':
        entry.params = this.summary(url.searchParams);
        return this.authorizePage(res, url.searchParams);
      case 'POST /auth/authorize/account':
        return this.accountChosen(res, await readForm(req));
      case 'POST /auth/authorize/consent':
        return this.consented(res, await readForm(req));
      case 'POST /auth/authorize/cancel':
        return this.cancelled(res, await readForm(req));
      case 'POST /auth/token':
        return this.token(res, await readForm(req), entry);
      default:
        return sendHtml(res, 404, applePage('Not found', '<h1>Not found</h1>', 'error'));
    }
  }

  summary(q) {
    const summary = {};
    for (const name of ['client_id', 'redirect_uri', 'response_type', 'response_mode', 'scope']) {
      if (q.has(name)) summary[name] = q.get(name);
    }
    summary.has_state = q.has('state');
    summary.has_nonce = q.has('nonce');
    return summary;
  }

  /** Apple shows errors on its own page and never redirects to an unregistered URL. */
  errorPage(res, error, description) {
    return sendHtml(res, 400, applePage('Sign in with Apple', `
<h1>Your request could not be completed</h1>
<p class="error" id="apple-error">${escapeHtml(error)}: ${escapeHtml(description)}</p>`, 'error'));
  }

  authorizePage(res, q) {
    const get = (name) => q.get(name) ?? undefined;
    const clientId = get('client_id');
    const client = clientId && this.clients.get(clientId);
    if (!client) return this.errorPage(res, 'invalid_client', 'Invalid client id or web redirect url.');
    const redirectUri = get('redirect_uri');
    if (!redirectUri || !client.returnUrls.has(redirectUri)) {
      return this.errorPage(res, 'invalid_request', 'Invalid web redirect url.');
    }
    const responseType = (get('response_type') ?? '').split(' ').filter(Boolean).sort().join(' ');
    if (!['code', 'code id_token'].includes(responseType)) {
      return this.errorPage(res, 'unsupported_response_type', 'Unsupported response_type.');
    }
    const scopes = (get('scope') ?? '').split(/[ +]/).filter(Boolean);
    if (scopes.some((scope) => !['name', 'email', 'openid'].includes(scope))) {
      return this.errorPage(res, 'invalid_scope', 'Invalid scope.');
    }
    const responseMode = get('response_mode') ?? (responseType === 'code' ? 'query' : 'fragment');
    if (!['query', 'fragment', 'form_post'].includes(responseMode)) {
      return this.errorPage(res, 'invalid_request', 'Invalid response_mode.');
    }
    if (scopes.some((scope) => scope !== 'openid') && responseMode !== 'form_post') {
      return this.errorPage(res, 'invalid_request', 'response_mode must be form_post when name or email scope is requested.');
    }
    if (responseMode === 'query' && responseType !== 'code') {
      return this.errorPage(res, 'invalid_request', 'response_mode query is not allowed with an id_token.');
    }
    this.expireRequests();
    const id = randomId();
    this.requests.set(id, {
      clientId, redirectUri, responseType, responseMode, scopes,
      state: get('state'), nonce: get('nonce'), expiresAt: Date.now() + REQUEST_TTL_MS,
    });
    const accounts = this.accounts.map((account, index) => `
  <label class="account"><input type="radio" name="account" id="apple-account-${index}" value="${escapeHtml(account.email)}"${index === 0 ? ' checked' : ''}>
    ${escapeHtml(account.email)}</label>`).join('');
    return sendHtml(res, 200, applePage('Sign in with Apple', `
<h1>Sign in with Apple</h1>
<p>Use your Apple Account to sign in to <strong id="apple-client">${escapeHtml(clientId)}</strong>.</p>
<form method="post" action="/auth/authorize/account" autocomplete="off">
  <input type="hidden" name="request" value="${escapeHtml(id)}">
  <fieldset><legend>Test Apple Accounts</legend>${accounts}
  </fieldset>
  <button id="apple-continue" type="submit">Continue</button>
</form>
${cancelForm(id)}`, 'account'));
  }

  pending(res, form) {
    const request = this.requests.get(String(form.request ?? ''));
    if (!request || request.expiresAt < Date.now()) {
      this.errorPage(res, 'invalid_request', 'The sign-in request has expired. Start again.');
      return undefined;
    }
    return request;
  }

  accountChosen(res, form) {
    const request = this.pending(res, form);
    if (!request) return undefined;
    const account = this.accountByEmail(String(form.account ?? ''));
    if (!account) return this.errorPage(res, 'invalid_request', 'Unknown Apple Account.');
    request.account = account;
    const authorization = this.authorizations.get(`${account.sub} ${request.clientId}`);
    const wantsName = request.scopes.includes('name');
    const wantsEmail = request.scopes.includes('email');
    let body;
    if (authorization) {
      body = `<p id="apple-returning">You previously signed in to ${escapeHtml(request.clientId)} with your Apple Account
${escapeHtml(account.email)}. Continue?</p>`;
    } else {
      const name = wantsName ? `
  <p>Name: <span id="apple-name">${escapeHtml(`${account.first_name} ${account.last_name}`.trim())}</span></p>` : '';
      const email = wantsEmail ? `
  <fieldset><legend>Email</legend>
    <label><input type="radio" name="email_choice" id="share-email" value="share" checked> Share My Email (${escapeHtml(account.email)})</label>
    <label><input type="radio" name="email_choice" id="hide-email" value="hide"> Hide My Email (forwarded to ${escapeHtml(account.email)})</label>
  </fieldset>` : '';
      body = `<p>Create an account for ${escapeHtml(request.clientId)} using your Apple Account ${escapeHtml(account.email)}.</p>${name}${email}`;
    }
    return sendHtml(res, 200, applePage('Sign in with Apple', `
<h1>Sign in with Apple</h1>
<form method="post" action="/auth/authorize/consent">
  <input type="hidden" name="request" value="${escapeHtml(String(form.request))}">
  ${body}
  <button id="apple-continue" type="submit">Continue</button>
</form>
${cancelForm(String(form.request))}`, 'consent'));
  }

  consented(res, form) {
    const request = this.pending(res, form);
    if (!request) return undefined;
    const { account } = request;
    if (!account) return this.errorPage(res, 'invalid_request', 'No Apple Account chosen.');
    this.requests.delete(String(form.request));
    const key = `${account.sub} ${request.clientId}`;
    let authorization = this.authorizations.get(key);
    const first = !authorization;
    if (first) {
      const wantsEmail = request.scopes.includes('email');
      const emailChoice = form.email_choice === 'hide' ? 'hide' : 'share';
      authorization = wantsEmail ? { emailChoice, email: this.emailFor(account, emailChoice) } : { emailChoice: null, email: null };
      this.authorizations.set(key, authorization);
    }

    const code = randomId(24);
    this.codes.set(code, {
      clientId: request.clientId, redirectUri: request.redirectUri, sub: account.sub, nonce: request.nonce,
      expiresAt: now() + CODE_TTL_S,
    });
    const fields = { state: request.state, code };
    if (request.responseType.includes('id_token')) {
      fields.id_token = this.idToken(account, authorization, request.clientId, request.nonce, { c_hash: halfHash(code) });
    }
    if (first && (request.scopes.includes('name') || request.scopes.includes('email'))) {
      const user = {};
      if (request.scopes.includes('name')) user.name = { firstName: account.first_name, lastName: account.last_name };
      if (authorization.email) user.email = authorization.email;
      fields.user = JSON.stringify(user);
    }
    return respond(res, request, fields);
  }

  cancelled(res, form) {
    const request = this.pending(res, form);
    if (!request) return undefined;
    this.requests.delete(String(form.request));
    return respond(res, request, { error: 'user_cancelled_authorize', state: request.state });
  }

  token(res, form, entry) {
    entry.grant_type = form.grant_type;
    const clientId = String(form.client_id ?? '');
    if (!this.clients.has(clientId) || !this.validClientSecret(String(form.client_secret ?? ''), clientId)) {
      return sendJson(res, 400, { error: 'invalid_client' });
    }
    if (form.grant_type !== 'authorization_code') return sendJson(res, 400, { error: 'unsupported_grant_type' });
    const code = this.codes.get(String(form.code ?? ''));
    if (code) this.codes.delete(String(form.code)); // single use
    if (!code || code.clientId !== clientId || code.expiresAt < now() || code.redirectUri !== form.redirect_uri) {
      return sendJson(res, 400, { error: 'invalid_grant', error_description: 'The code has expired or has been revoked.' });
    }
    const account = this.accounts.find((a) => a.sub === code.sub);
    const authorization = this.authorizations.get(`${code.sub} ${clientId}`);
    const accessToken = randomId(24);
    return sendJson(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: randomId(24),
      id_token: this.idToken(account, authorization, clientId, code.nonce, { at_hash: halfHash(accessToken) }),
    });
  }

  /** The client secret: ES256, kid = Key ID, iss = Team ID, sub = Services ID, aud = Apple. */
  validClientSecret(secret, clientId) {
    try {
      const { payload } = verifyJws(secret, [publicJwk(this.developerKey.jwk)], ['ES256']);
      return payload.iss === this.teamId && payload.sub === clientId && payload.aud === APPLE_ISSUER
        && Number.isInteger(payload.exp) && payload.exp > now() && payload.exp - (payload.iat ?? 0) <= 15_777_000;
    } catch {
      return false;
    }
  }

  expireRequests() {
    const time = Date.now();
    for (const [id, request] of this.requests) if (request.expiresAt < time) this.requests.delete(id);
    for (const [code, value] of this.codes) if (value.expiresAt < now()) this.codes.delete(code);
  }
}

function cancelForm(requestId) {
  return `<form method="post" action="/auth/authorize/cancel">
  <input type="hidden" name="request" value="${escapeHtml(requestId)}">
  <button id="apple-cancel" type="submit">Cancel</button>
</form>`;
}

function applePage(title, body, step) {
  return layout(title, `${body}
<p class="meta">Test Apple identity provider. Not affiliated with Apple.</p>`, ` data-apple-step="${escapeHtml(step)}"`);
}

/** Sends the authorization response to the Return URL the way the request asked for. */
function respond(res, request, fields) {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (request.responseMode === 'form_post') {
    const inputs = Object.entries(present)
      .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('\n  ');
    // Apple's form_post page: a form that submits itself (with a button for no-script browsers).
    return sendHtml(res, 200, layout('Redirecting…', `
<form method="post" action="${escapeHtml(request.redirectUri)}" id="apple-form-post">
  ${inputs}
  <noscript><button type="submit">Continue</button></noscript>
</form>
<script>document.getElementById('apple-form-post').submit();</script>`, ' data-apple-step="form-post"'));
  }
  const url = new URL(request.redirectUri);
  const params = new URLSearchParams(present);
  if (request.responseMode === 'fragment') url.hash = params.toString();
  else for (const [name, value] of params) url.searchParams.set(name, value);
  res.writeHead(302, { Location: url.href, 'Cache-Control': 'no-store' });
  res.end();
  return undefined;
}
