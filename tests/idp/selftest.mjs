#!/usr/bin/env node
// Self-test of the test IdP and the test browser: drives real authorization-code + PKCE flows
// through browser.mjs and checks that server.mjs behaves like Logto where the app can tell.
// Run: node selftest.mjs   (exit status 0 only if every check passed)

import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TMP = mkdtempSync(path.join(tmpdir(), 'idp-selftest-'));
const children = new Set();

let passed = 0;
let failed = 0;
function check(name, condition, detail = '') {
  if (condition) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? ` — ${detail}` : ''}`);
  }
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });
const b64urlJson = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const decodeJwt = (jwt) => {
  const [h, p] = jwt.split('.');
  return { header: b64urlJson(h), payload: b64urlJson(p) };
};
const isJwt = (value) => typeof value === 'string' && value.split('.').length === 3;

// ---------------------------------------------------------------------------------------------
// Processes

/** Starts server.mjs and resolves with its base URL once it printed LISTENING. */
function startServer(args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(HERE, 'server.mjs'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = stdout.match(/^LISTENING (http:\/\/127\.0\.0\.1:\d+)\nAPPLE (http:\/\/localhost:\d+)\n/);
      if (match) {
        resolve({
          base: match[1], apple: match[2], child, stdout: () => stdout, stderr: () => stderr,
        });
      }
    });
    child.on('exit', (code) => {
      children.delete(child);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) { resolve(); return; }
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });
}

/** Runs browser.mjs; resolves with its exit code, stderr and parsed result file. */
function runBrowser(url, env = {}) {
  const resultFile = path.join(TMP, `browser-${crypto.randomUUID()}.json`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(HERE, 'browser.mjs'), url], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BROWSER_RESULT: resultFile, BROWSER_TIMEOUT: '45', ...env },
    });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('exit', (code) => {
      children.delete(child);
      let result = null;
      try { result = JSON.parse(readFileSync(resultFile, 'utf8')); } catch { /* no result */ }
      resolve({ code, stderr, result });
    });
  });
}

/** A one-shot loopback callback listener, like the app's. */
async function startCallback() {
  let received;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/callback') { res.writeHead(404).end(); return; }
    received = Object.fromEntries(url.searchParams);
    const html = '<!doctype html><title>Signed in</title><p>You can close this window.</p>';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Test-Callback': 'yes' });
    res.end(html);
  });
  await new Promise((resolve) => { server.listen(0, '127.0.0.1', resolve); });
  return {
    redirectUri: `http://127.0.0.1:${server.address().port}/callback`,
    received: () => received,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

// ---------------------------------------------------------------------------------------------
// OAuth client helpers

async function getJson(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { body = text; }
  return { status: response.status, body, headers: response.headers };
}

function tokenRequest(base, params) {
  return getJson(`${base}/oidc/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
}

const refresh = (base, refreshToken, extra = {}, clientId = 'native-app') => tokenRequest(base, {
  grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken, ...extra,
});

/** Signs in through browser.mjs and exchanges the code. Returns everything a test needs. */
async function signIn(base, {
  clientId = 'native-app',
  scope = 'openid offline_access profile email roles urn:logto:scope:organizations custom_data identities',
  prompt = 'consent',
  resource = ['https://api.example.com'],
  extraParams = {},
  browserEnv = {},
} = {}) {
  const callback = await startCallback();
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  const state = crypto.randomBytes(16).toString('base64url');
  const nonce = crypto.randomBytes(16).toString('base64url');
  const url = new URL(`${base}/oidc/auth`);
  const q = url.searchParams;
  q.set('client_id', clientId);
  q.set('redirect_uri', callback.redirectUri);
  q.set('response_type', 'code');
  q.set('scope', scope);
  q.set('state', state);
  q.set('nonce', nonce);
  q.set('code_challenge', challenge);
  q.set('code_challenge_method', 'S256');
  if (prompt) q.set('prompt', prompt);
  for (const r of resource) q.append('resource', r);
  for (const [k, v] of Object.entries(extraParams)) q.set(k, v);

  const started = Date.now();
  const browser = await runBrowser(url.href, browserEnv);
  const elapsed = Date.now() - started;
  const received = callback.received();
  await callback.close();

  let tokens;
  if (received?.code) {
    tokens = await tokenRequest(base, {
      grant_type: 'authorization_code',
      client_id: clientId,
      code: received.code,
      redirect_uri: callback.redirectUri,
      code_verifier: verifier,
    });
  }
  return { browser, elapsed, received, tokens, state, nonce, redirectUri: callback.redirectUri };
}

async function verifyJws(base, jwt) {
  const { body: jwks } = await getJson(`${base}/oidc/jwks`);
  const [h, p, s] = jwt.split('.');
  const header = b64urlJson(h);
  const jwk = jwks.keys.find((key) => key.kid === header.kid);
  if (!jwk) return false;
  const key = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  const hash = { ES384: 'sha384', RS256: 'sha256' }[header.alg];
  if (!hash) return false;
  return crypto.verify(hash, Buffer.from(`${h}.${p}`), {
    key, ...(header.alg.startsWith('ES') ? { dsaEncoding: 'ieee-p1363' } : {}),
  }, Buffer.from(s, 'base64url'));
}

const isLogtoError = (response, status, error) => response.status === status
  && response.body?.error === error
  && response.body?.code === `oidc.${error}`
  && typeof response.body?.message === 'string';

// ---------------------------------------------------------------------------------------------
// The tests

async function testMainFlow() {
  const server = await startServer();
  const { base } = server;
  const issuer = `${base}/oidc`;
  try {
    check('stdout is exactly the LISTENING and APPLE lines',
      server.stdout() === `LISTENING ${base}\nAPPLE ${server.apple}\n`, server.stdout());

    const { body: discovery } = await getJson(`${issuer}/.well-known/openid-configuration`);
    check('discovery issuer is base + /oidc', discovery.issuer === issuer, discovery.issuer);
    for (const [name, endpoint] of Object.entries({
      authorization_endpoint: '/auth', token_endpoint: '/token', userinfo_endpoint: '/me',
      jwks_uri: '/jwks', revocation_endpoint: '/token/revocation',
      end_session_endpoint: '/session/end', introspection_endpoint: '/token/introspection',
    })) {
      check(`discovery ${name} is Logto's path`, discovery[name] === `${issuer}${endpoint}`, discovery[name]);
    }
    check('discovery: iss parameter supported', discovery.authorization_response_iss_parameter_supported === true);
    check('discovery: S256 only', JSON.stringify(discovery.code_challenge_methods_supported) === '["S256"]');
    check('discovery: ES384 and RS256 ID tokens',
      ['ES384', 'RS256'].every((alg) => discovery.id_token_signing_alg_values_supported?.includes(alg)));

    const { body: jwks } = await getJson(`${issuer}/jwks`);
    check('JWKS has one P-384 public key with a kid',
      jwks.keys.length === 1 && jwks.keys[0].crv === 'P-384' && jwks.keys[0].kid && !jwks.keys[0].d);

    // --- sign-in #1: alice, native-app, PKCE, nonce, resource
    const s1 = await signIn(base, { extraParams: { first_screen: 'sign_in', login_hint: 'alice' } });
    check('browser reached the callback (exit 0)', s1.browser.code === 0, s1.browser.stderr);
    console.log(`     (browser sign-in took ${s1.elapsed} ms)`);
    const result = s1.browser.result;
    check('browser result: URL without query', result?.url === s1.redirectUri, result?.url);
    check('browser result: status, title, text, headers',
      result?.status === 200 && result.title === 'Signed in' && result.text.includes('close this window')
      && result.headers['x-test-callback'] === 'yes');
    check('callback carries code and the same state', Boolean(s1.received?.code) && s1.received.state === s1.state);
    check('callback carries iss = issuer (RFC 9207)', s1.received?.iss === issuer, s1.received?.iss);

    const t1 = s1.tokens;
    check('code exchange 200', t1?.status === 200, JSON.stringify(t1?.body));
    const { access_token: at1, refresh_token: rt1, id_token: idt1 } = t1.body;
    check('access token without resource is opaque', typeof at1 === 'string' && !isJwt(at1));
    check('refresh token issued (offline_access + prompt=consent)', typeof rt1 === 'string');
    const id1 = decodeJwt(idt1);
    check('ID token alg ES384 with a kid from JWKS',
      id1.header.alg === 'ES384' && id1.header.kid === jwks.keys[0].kid, JSON.stringify(id1.header));
    check('ID token signature verifies', await verifyJws(base, idt1));
    const c = id1.payload;
    check('ID token iss/aud/nonce', c.iss === issuer && c.aud === 'native-app' && c.nonce === s1.nonce);
    check('ID token profile claims', c.sub === 'u-alice' && c.username === 'alice' && c.name === 'Alice Example'
      && c.picture === 'http://127.0.0.1/avatar-alice.png', JSON.stringify(c));
    check('ID token created_at/updated_at in milliseconds',
      c.created_at === 1700000000000 && c.updated_at > 1e12 && Math.abs(c.updated_at - Date.now()) < 60_000);
    check('ID token email claims', c.email === 'alice@example.com' && c.email_verified === true);
    check('ID token roles and organizations',
      JSON.stringify(c.roles) === '["admin","reader"]' && JSON.stringify(c.organizations) === '["org-acme"]');
    check('ID token has no userinfo-only claims (custom_data, identities, organization_data)', !('custom_data' in c) && !('organization_data' in c) && !('identities' in c));
    check('ID token has no phone claims (scope not requested)', !('phone_number' in c));
    check('ID token has no auth_time (no max_age), sid or at_hash', !('auth_time' in c) && !('sid' in c) && !('at_hash' in c));
    console.log(`     (ID token header: ${JSON.stringify(id1.header)}; claims: ${Object.keys(c).join(' ')})`);

    // authorization request recorded in the test log, with Logto's params
    const { body: log1 } = await getJson(`${base}/__test/log`);
    const authEntry = log1.find((e) => e.path === '/oidc/auth' && e.params);
    check('log records the authorization request parameters',
      authEntry?.params.first_screen === 'sign_in' && authEntry.params.prompt === 'consent'
      && authEntry.params.code_challenge_method === 'S256' && authEntry.params.has_nonce
      && authEntry.params.resource?.[0] === 'https://api.example.com', JSON.stringify(authEntry));

    // --- userinfo with the opaque token
    const me = await getJson(`${issuer}/me`, { headers: { Authorization: `Bearer ${at1}` } });
    check('userinfo 200', me.status === 200, JSON.stringify(me.body));
    check('userinfo custom_data / identities / organization_data',
      me.body.custom_data?.plan === 'pro' && me.body.identities?.apple?.userId
      && me.body.organization_data?.[0]?.id === 'org-acme' && me.body.organization_data[0].name === 'Acme Inc.',
      JSON.stringify(me.body));

    // --- refresh: resource token, organization token, rotation
    const r2 = await refresh(base, rt1, { resource: 'https://api.example.com' });
    check('refresh with granted resource 200', r2.status === 200, JSON.stringify(r2.body));
    const apiToken = decodeJwt(r2.body.access_token);
    check('resource access token is a JWT for the resource',
      apiToken.payload.aud === 'https://api.example.com' && apiToken.header.alg === 'ES384'
      && apiToken.payload.sub === 'u-alice', JSON.stringify(apiToken));
    check('resource access token signature verifies', await verifyJws(base, r2.body.access_token));
    check('refresh rotates the refresh token', r2.body.refresh_token && r2.body.refresh_token !== rt1);
    check('refresh response has a new ID token', isJwt(r2.body.id_token) && decodeJwt(r2.body.id_token).payload.sub === 'u-alice');
    const rt2 = r2.body.refresh_token;

    const r3 = await refresh(base, rt2, { organization_id: 'org-acme' });
    check('organization token 200', r3.status === 200, JSON.stringify(r3.body));
    const orgToken = r3.body.access_token && decodeJwt(r3.body.access_token);
    check('organization token aud = urn:logto:organization:org-acme',
      orgToken?.payload.aud === 'urn:logto:organization:org-acme' && orgToken.header.alg === 'ES384',
      JSON.stringify(orgToken?.payload));
    check('organization token signature verifies', await verifyJws(base, r3.body.access_token));
    const rt3 = r3.body.refresh_token;

    const denied = await refresh(base, rt3, { organization_id: 'org-globex' });
    check('non-member organization → 403 access_denied (Logto shape)', isLogtoError(denied, 403, 'access_denied'),
      `${denied.status} ${JSON.stringify(denied.body)}`);
    const r4 = await refresh(base, rt3);
    check('refresh token still valid after access_denied', r4.status === 200, JSON.stringify(r4.body));
    const rt4 = r4.body.refresh_token;
    const rt3UsedAt = Date.now();

    const reuse = await refresh(base, rt3);
    check('reuse of a rotated token within 3 s works', reuse.status === 200, JSON.stringify(reuse.body));
    check('...and returns yet another new refresh token',
      reuse.body.refresh_token && ![rt3, rt4].includes(reuse.body.refresh_token));
    let current = reuse.body.refresh_token;

    const target = await refresh(base, current, { resource: 'https://billing.example.com' });
    check('refresh with a resource not in the authorization → invalid_target',
      isLogtoError(target, 400, 'invalid_target'), `${target.status} ${JSON.stringify(target.body)}`);
    // Like Logto, that consumed `current` before answering; it works again only within 3 s.
    const afterTarget = await refresh(base, current);
    check('token consumed by invalid_target is still usable within 3 s', afterTarget.status === 200);
    current = afterTarget.body.refresh_token;

    // --- mutations (switched at run time; `--mutate` sets the same from the start)
    for (const [name, verify] of Object.entries({
      id_token_alg_none: (t, orig) => t.split('.')[2] === '' && decodeJwt(t).header.alg === 'none'
        && decodeJwt(t).payload.sub === orig.payload.sub,
      id_token_iss: async (t) => decodeJwt(t).payload.iss === `${issuer}x` && await verifyJws(base, t),
      id_token_aud: async (t) => decodeJwt(t).payload.aud === 'native-appx' && await verifyJws(base, t),
      id_token_nonce: async (t) => decodeJwt(t).payload.nonce === `${s1.nonce}x` && await verifyJws(base, t),
      id_token_bad_sig: async (t, orig) => JSON.stringify(decodeJwt(t)) === JSON.stringify(orig)
        && !(await verifyJws(base, t)),
      id_token_expired: async (t) => decodeJwt(t).payload.exp < Date.now() / 1000 && await verifyJws(base, t),
      id_token_kid_unknown: async (t) => decodeJwt(t).header.kid.endsWith('-unknown'),
      id_token_alg_hs256: async (t) => decodeJwt(t).header.alg === 'HS256',
    })) {
      await getJson(`${base}/__test/mutate?name=${name}`, { method: 'POST' });
      const r = await refresh(base, current);
      await getJson(`${base}/__test/mutate?name=`, { method: 'POST' });
      if (r.status !== 200) { check(`mutation ${name}`, false, JSON.stringify(r.body)); continue; }
      current = r.body.refresh_token;
      // The unmutated token of the same refresh is not available; compare with a fresh one.
      const clean = await refresh(base, current);
      current = clean.body.refresh_token;
      const orig = decodeJwt(clean.body.id_token);
      // `bad_sig` keeps header and payload: compare everything but the time claims.
      if (name === 'id_token_bad_sig') {
        const t = decodeJwt(r.body.id_token);
        orig.payload.iat = t.payload.iat; orig.payload.exp = t.payload.exp;
      }
      check(`mutation ${name} corrupts the ID token as intended`, await verify(r.body.id_token, orig));
    }
    await getJson(`${base}/__test/mutate?name=issuer_mismatch`, { method: 'POST' });
    const { body: badDiscovery } = await getJson(`${issuer}/.well-known/openid-configuration`);
    await getJson(`${base}/__test/mutate?name=`, { method: 'POST' });
    check('mutation issuer_mismatch alters the discovery issuer', badDiscovery.issuer === `${issuer}/`);
    await getJson(`${base}/__test/mutate?name=issuer_other_host`, { method: 'POST' });
    const { body: otherHost } = await getJson(`${issuer}/.well-known/openid-configuration`);
    await getJson(`${base}/__test/mutate?name=`, { method: 'POST' });
    check('mutation issuer_other_host names localhost as the issuer',
      otherHost.issuer === issuer.replace('//127.0.0.1:', '//localhost:'), otherHost.issuer);

    // --- PAR answers set-up mistakes at once, as Logto does (what `doctor` relies on)
    const push = (clientId) => getJson(`${issuer}/request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: clientId, response_type: 'code', redirect_uri: 'http://127.0.0.1:53123/callback',
        scope: 'openid offline_access', state: 'state-1', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGEFarVCEM',
        code_challenge_method: 'S256',
      }),
    });
    const pushed = await push('native-app');
    check('PAR: a Native app with the loopback redirect → 201 request_uri',
      pushed.status === 201 && String(pushed.body.request_uri).startsWith('urn:ietf:params:oauth:request_uri:'));
    const unknownClient = await push('no-such-app');
    check('PAR: an unknown app id → 400 invalid_client "invalid client <id>"',
      isLogtoError(unknownClient, 400, 'invalid_client') && unknownClient.body.error_description === 'invalid client no-such-app',
      JSON.stringify(unknownClient.body));
    const noLoopback = await push('spa-app');
    check('PAR: an app without the loopback redirect → 400 invalid_request',
      isLogtoError(noLoopback, 400, 'invalid_request') && /redirect_uri did not match/.test(noLoopback.body.error_description),
      JSON.stringify(noLoopback.body));

    // --- reuse after the window revokes the whole grant
    const wait = 3000 - (Date.now() - rt3UsedAt) + 500;
    if (wait > 0) await sleep(wait);
    const late = await refresh(base, rt3);
    check('reuse after 3 s → invalid_grant (Logto shape)', isLogtoError(late, 400, 'invalid_grant')
      && late.body.error_uri === 'https://openid.sh/debug/invalid_grant', `${late.status} ${JSON.stringify(late.body)}`);
    const newest = await refresh(base, current);
    check('...and the newest refresh token is revoked too', isLogtoError(newest, 400, 'invalid_grant'));

    // --- sign-in #2: other-app without the organizations scope; iss mutated in the redirect
    await getJson(`${base}/__test/mutate?name=iss_param_wrong`, { method: 'POST' });
    const s2 = await signIn(base, { clientId: 'other-app', scope: 'openid offline_access profile', resource: [] });
    await getJson(`${base}/__test/mutate?name=`, { method: 'POST' });
    check('sign-in #2 (other-app) reached the callback', s2.browser.code === 0 && s2.tokens?.status === 200,
      s2.browser.stderr);
    check('mutation iss_param_wrong alters the redirect iss', s2.received?.iss === `${issuer}x`, s2.received?.iss);
    const rtOther = s2.tokens.body.refresh_token;
    const noScope = await refresh(base, rtOther, { organization_id: 'org-acme' }, 'other-app');
    check('organization token without the organizations scope → 403 insufficient_scope',
      isLogtoError(noScope, 403, 'insufficient_scope'), `${noScope.status} ${JSON.stringify(noScope.body)}`);

    // fault injection on the token endpoint
    await getJson(`${base}/__test/fail-token?status=429&count=1`, { method: 'POST' });
    const limited = await refresh(base, rtOther, {}, 'other-app');
    check('fail-token 429 → auth.exceed_token_limit', limited.status === 429
      && limited.body.code === 'auth.exceed_token_limit', JSON.stringify(limited.body));
    await getJson(`${base}/__test/fail-token?status=500&count=1`, { method: 'POST' });
    const broken = await refresh(base, rtOther, {}, 'other-app');
    check('fail-token 500', broken.status === 500);
    await getJson(`${base}/__test/delay-token?ms=600`, { method: 'POST' });
    const t0 = Date.now();
    const delayed = await refresh(base, rtOther, {}, 'other-app');
    check('delay-token delays, and injected failures did not consume the token',
      delayed.status === 200 && Date.now() - t0 >= 600, `${delayed.status} ${Date.now() - t0} ms`);
    await getJson(`${base}/__test/revoke-grants`, { method: 'POST' });
    const revoked = await refresh(base, delayed.body.refresh_token, {}, 'other-app');
    check('revoke-grants → next refresh invalid_grant', isLogtoError(revoked, 400, 'invalid_grant'));

    // --- sign-in #3: bob, no prompt=consent (no refresh token), register screen, tampered state
    const s3 = await signIn(base, {
      scope: 'openid offline_access profile', prompt: '', resource: [],
      extraParams: { login_hint: 'bob' },
      browserEnv: { IDP_USERNAME: 'bob', IDP_PASSWORD: 'bob-password', BROWSER_TAMPER: 'state' },
    });
    check('sign-in #3 (bob) reached the callback', s3.browser.code === 0, s3.browser.stderr);
    check('BROWSER_TAMPER=state changes the state the app receives',
      s3.received?.state && s3.received.state !== s3.state && s3.received.code);
    check('no refresh token without prompt=consent', s3.tokens?.status === 200 && !s3.tokens.body.refresh_token,
      JSON.stringify(Object.keys(s3.tokens?.body ?? {})));
    const bob = decodeJwt(s3.tokens.body.id_token).payload;
    check('bob: name null, no organizations scope → no organizations claim',
      bob.sub === 'u-bob' && bob.name === null && !('organizations' in bob), JSON.stringify(bob));

    // --- wrong password: the page comes back with an error, the browser exits non-zero
    const s4 = await signIn(base, { browserEnv: { IDP_PASSWORD: 'wrong', BROWSER_TIMEOUT: '20' } });
    check('wrong password → browser fails, sign-in page with error, no callback',
      s4.browser.code !== 0 && !s4.received && /incorrect/.test(s4.browser.result?.text ?? ''),
      `${s4.browser.code} ${s4.browser.stderr}`);

    // --- register screen creates a user
    const s5 = await signIn(base, {
      scope: 'openid profile', prompt: 'login', resource: [],
      extraParams: { first_screen: 'register' },
      browserEnv: { IDP_USERNAME: 'carol', IDP_PASSWORD: 'carol-password' },
    });
    const carol = s5.tokens?.body?.id_token && decodeJwt(s5.tokens.body.id_token).payload;
    check('first_screen=register creates the user', carol?.sub === 'u-carol' && carol.username === 'carol',
      JSON.stringify(carol));

    // --- end session through the browser
    const end = await runBrowser(`${issuer}/session/end?client_id=native-app`);
    check('end-session: browser reaches the signed-out page', end.code === 0 && end.result?.title === 'Signed out',
      `${end.code} ${end.stderr} ${JSON.stringify(end.result)}`);

    // --- the log: counts, no secrets
    const { body: log } = await getJson(`${base}/__test/log`);
    const { body: stats } = await getJson(`${base}/__test/stats`);
    check('log counts refreshes and code exchanges', stats.refresh_token >= 10 && stats.authorization_code >= 4,
      JSON.stringify(stats));
    const logText = JSON.stringify(log);
    check('log holds no token or code', ![rt1, rt2, at1, s1.received.code].some((secret) => logText.includes(secret)));
    const stderrText = server.stderr();
    check('stderr holds no token, code or password',
      ![rt1, rt2, at1, s1.received.code, 'alice-password'].some((secret) => stderrText.includes(secret)));
    await getJson(`${base}/__test/log/clear`, { method: 'POST' });
    const { body: cleared } = await getJson(`${base}/__test/log`);
    check('log/clear empties the log', cleared.length === 0);
  } finally {
    await stopServer(server);
  }
}

async function testRs256() {
  const server = await startServer(['--alg', 'RS256', '--access-token-ttl', '120']);
  try {
    const s = await signIn(server.base, { resource: [] });
    check('RS256: sign-in and exchange', s.tokens?.status === 200, s.browser.stderr);
    const idt = s.tokens.body.id_token;
    const { header } = decodeJwt(idt);
    check('RS256: ID token alg RS256 and verifies', header.alg === 'RS256' && await verifyJws(server.base, idt));
    check('RS256: --access-token-ttl applies', s.tokens.body.expires_in === 120, String(s.tokens.body.expires_in));

    // revocation (what sign-out does first) ends the grant
    const revocation = await fetch(`${server.base}/oidc/token/revocation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'native-app', token: s.tokens.body.refresh_token }),
    });
    check('revocation endpoint answers 200', revocation.status === 200, String(revocation.status));
    const afterRevocation = await refresh(server.base, s.tokens.body.refresh_token);
    check('refresh after revocation → invalid_grant', isLogtoError(afterRevocation, 400, 'invalid_grant'));
    const { body: stats } = await getJson(`${server.base}/__test/stats`);
    check('stats count the revocation', stats.revocation === 1 && stats.refresh_token === 1, JSON.stringify(stats));
  } finally {
    await stopServer(server);
  }
}

async function testCliMutation() {
  const server = await startServer(['--mutate', 'id_token_nonce']);
  try {
    const s = await signIn(server.base, { resource: [], extraParams: { max_age: '600' } });
    const { payload } = decodeJwt(s.tokens.body.id_token);
    check('--mutate id_token_nonce applies to the code exchange', payload.nonce === `${s.nonce}x`);
    check('auth_time is in the ID token when max_age was sent', Number.isInteger(payload.auth_time));
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------
// Continue with Apple: the Apple-shaped IdP and the Logto side's Apple connector

const APPLE_ISSUER = 'https://appleid.apple.com';
const RELAY = /@privaterelay\.appleid\.com$/;
const post = (url) => getJson(url, { method: 'POST' });
const internal = (origin) => origin.replace('//localhost:', '//127.0.0.1:');
const decodeHtml = (text) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

/** The hidden inputs of a page's forms, by name (the last one wins). */
function hiddenInputs(html) {
  const fields = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[decodeHtml(name)] = decodeHtml(value);
  }
  return fields;
}

async function verifyWithJwks(jwksUrl, jwt) {
  const { body: jwks } = await getJson(jwksUrl);
  const [h, p, s] = jwt.split('.');
  const jwk = jwks.keys.find((key) => key.kid === b64urlJson(h).kid);
  if (!jwk || b64urlJson(h).alg !== 'RS256') return false;
  return crypto.verify('sha256', Buffer.from(`${h}.${p}`), crypto.createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(s, 'base64url'));
}

/** A client secret as a developer signs it with the .p8 key. */
function appleClientSecret({ team_id: teamId, key_id: keyId, jwk }, clientId, edit = () => {}) {
  const iat = Math.floor(Date.now() / 1000);
  const header = { alg: 'ES256', kid: keyId };
  const payload = { iss: teamId, iat, exp: iat + 600, aud: APPLE_ISSUER, sub: clientId };
  edit(header, payload);
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  const signature = crypto.sign('sha256', Buffer.from(input), {
    key: crypto.createPrivateKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${signature.toString('base64url')}`;
}

/** Goes through Apple's pages with plain HTTP (no browser); returns the form_post fields. */
async function appleAuthorize(appleOrigin, params, { account, emailChoice, cancel = false } = {}) {
  const url = new URL(`${internal(appleOrigin)}/auth/authorize`);
  url.search = new URLSearchParams(params).toString();
  const first = await fetch(url);
  const firstHtml = await first.text();
  if (first.status !== 200) return { status: first.status, html: firstHtml };
  const form = (action, fields) => fetch(`${internal(appleOrigin)}${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  }).then(async (response) => ({ status: response.status, html: await response.text() }));
  const { request } = hiddenInputs(firstHtml);
  if (cancel) {
    const cancelled = await form('/auth/authorize/cancel', { request });
    return { ...cancelled, fields: hiddenInputs(cancelled.html) };
  }
  const consent = await form('/auth/authorize/account', { request, account });
  const done = await form('/auth/authorize/consent', { request, ...(emailChoice ? { email_choice: emailChoice } : {}) });
  return { status: done.status, consentHtml: consent.html, html: done.html, fields: hiddenInputs(done.html) };
}

const appleToken = (appleOrigin, fields) => getJson(`${internal(appleOrigin)}/auth/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});

/** The Apple-shaped IdP on its own, spoken to like Logto's connector does. */
async function testAppleProtocol() {
  const server = await startServer();
  const { base, apple } = server;
  try {
    const { body: info } = await getJson(`${base}/__test/apple`);
    const servicesId = info.connector.services_id;
    const returnUrl = info.connector.return_url;
    check('Apple: its own origin (localhost, another site than 127.0.0.1)',
      info.origin === apple && apple !== base && new URL(apple).hostname === 'localhost');
    check('Apple: Return URL is Logto + /callback/<connector id>', returnUrl === `${base}/callback/${info.connector.id}`);

    const { body: discovery } = await getJson(`${internal(apple)}/.well-known/openid-configuration`);
    check('Apple discovery: issuer https://appleid.apple.com, endpoints on its origin',
      discovery.issuer === APPLE_ISSUER && discovery.authorization_endpoint === `${apple}/auth/authorize`
      && discovery.token_endpoint === `${apple}/auth/token` && discovery.jwks_uri === `${apple}/auth/keys`,
      JSON.stringify(discovery));
    const { body: jwks } = await getJson(`${internal(apple)}/auth/keys`);
    check('Apple JWKS: one public RSA key with a kid', jwks.keys.length === 1 && jwks.keys[0].kty === 'RSA'
      && jwks.keys[0].kid && !jwks.keys[0].d);

    const params = {
      client_id: servicesId, redirect_uri: returnUrl, response_type: 'code id_token', response_mode: 'form_post',
      scope: 'name email', state: 'state-1', nonce: 'nonce-1',
    };
    // Refusals are Apple's own error pages, never a redirect.
    for (const [name, edit, expected] of [
      ['unknown Services ID', { client_id: 'com.example.other' }, 'invalid_client'],
      ['unregistered Return URL', { redirect_uri: `${base}/callback/other` }, 'Invalid web redirect url'],
      ['name/email scope without form_post', { response_mode: 'fragment' }, 'form_post'],
    ]) {
      const refused = await appleAuthorize(apple, { ...params, ...edit });
      check(`Apple refuses ${name} on its page (400)`, refused.status === 400 && refused.html.includes(expected)
        && refused.html.includes('data-apple-step="error"'), `${refused.status}`);
    }

    // First authorization of apple-strings for this Services ID: Hide My Email.
    const account = info.accounts.find((a) => a.email === 'apple-strings@example.com');
    const first = await appleAuthorize(apple, params, { account: account.email, emailChoice: 'hide' });
    check('Apple: first authorization offers Share/Hide My Email',
      first.consentHtml.includes('id="share-email"') && first.consentHtml.includes('id="hide-email"'));
    check('Apple: form_post page submits itself to the Return URL',
      first.html.includes(`action="${returnUrl}"`) && first.html.includes('.submit()'));
    const f = first.fields;
    check('Apple: first form_post has state, code, id_token and user',
      f.state === 'state-1' && f.code && f.id_token && f.user, JSON.stringify(Object.keys(f)));
    const user = JSON.parse(f.user ?? '{}');
    check('Apple: user JSON has the name and the relay email',
      user.name?.firstName === 'สมหญิง' && user.name?.lastName === 'รักไทย' && RELAY.test(user.email)
      && user.email === account.relay_email, f.user);
    const front = decodeJwt(f.id_token);
    check('Apple ID token: RS256, signature verifies with the JWKS',
      front.header.alg === 'RS256' && await verifyWithJwks(`${internal(apple)}/auth/keys`, f.id_token));
    check('Apple ID token: iss, aud = Services ID, sub, nonce, c_hash',
      front.payload.iss === APPLE_ISSUER && front.payload.aud === servicesId && front.payload.sub === account.sub
      && front.payload.nonce === 'nonce-1' && typeof front.payload.c_hash === 'string', JSON.stringify(front.payload));
    check('Apple ID token: this account gets booleans as strings ("true")',
      front.payload.email === account.relay_email && front.payload.email_verified === 'true'
      && front.payload.is_private_email === 'true', JSON.stringify(front.payload));

    // Token endpoint: client secret = ES256 JWT signed with the developer's key.
    const { body: key } = await getJson(`${base}/__test/apple/developer-key`);
    const exchange = (code, secret) => appleToken(apple, {
      client_id: servicesId, client_secret: secret, code, grant_type: 'authorization_code', redirect_uri: returnUrl,
    });
    const wrongTeam = await exchange(f.code, appleClientSecret(key, servicesId, (h, p) => { p.iss = 'OTHERTEAM1'; }));
    check('Apple token: a client secret from another team → invalid_client',
      wrongTeam.status === 400 && wrongTeam.body.error === 'invalid_client', JSON.stringify(wrongTeam.body));
    const tokens = await exchange(f.code, appleClientSecret(key, servicesId));
    check('Apple token: code exchange 200 with access, refresh and ID token',
      tokens.status === 200 && tokens.body.token_type === 'Bearer' && tokens.body.refresh_token
      && isJwt(tokens.body.id_token), JSON.stringify(tokens.body));
    const back = decodeJwt(tokens.body.id_token).payload;
    check('Apple token: ID token for the same sub, with nonce and at_hash',
      back.sub === account.sub && back.aud === servicesId && back.nonce === 'nonce-1' && back.at_hash
      && await verifyWithJwks(`${internal(apple)}/auth/keys`, tokens.body.id_token), JSON.stringify(back));
    const again = await exchange(f.code, appleClientSecret(key, servicesId));
    check('Apple token: a code works once (invalid_grant)', again.status === 400 && again.body.error === 'invalid_grant');

    // Second authorization: no choice, no user JSON; the ID token keeps the hidden email.
    const second = await appleAuthorize(apple, { ...params, state: 'state-2', nonce: 'nonce-2' }, { account: account.email });
    check('Apple: returning authorization asks no email choice', !second.consentHtml.includes('email_choice')
      && second.consentHtml.includes('id="apple-returning"'));
    check('Apple: returning form_post has no user field', second.fields.code && !('user' in second.fields),
      JSON.stringify(Object.keys(second.fields)));
    check('Apple: returning ID token still has the relay email',
      decodeJwt(second.fields.id_token).payload.email === account.relay_email);

    // Cancel: error=user_cancelled_authorize with state, posted to the Return URL.
    const cancelled = await appleAuthorize(apple, { ...params, state: 'state-3' }, { cancel: true });
    check('Apple: Cancel posts error=user_cancelled_authorize with state',
      cancelled.fields.error === 'user_cancelled_authorize' && cancelled.fields.state === 'state-3'
      && !cancelled.fields.code && cancelled.html.includes(`action="${returnUrl}"`), JSON.stringify(cancelled.fields));

    // Revoking at appleid.apple.com makes the next authorization a first one again.
    const { body: revoked } = await post(`${base}/__test/apple/revoke?account=${encodeURIComponent(account.email)}`);
    const third = await appleAuthorize(apple, { ...params, state: 'state-4' }, { account: account.email, emailChoice: 'share' });
    check('Apple: after revoke, user JSON again (now with the real email)', revoked.revoked === 1
      && JSON.parse(third.fields.user ?? '{}').email === account.email);
    const newUser = info.accounts.find((a) => a.email === 'apple-new@example.com');
    const fourth = await appleAuthorize(apple, { ...params, state: 'state-5' }, { account: newUser.email, emailChoice: 'share' });
    const proper = decodeJwt(fourth.fields.id_token).payload;
    check('Apple ID token: other accounts get real booleans',
      proper.email === newUser.email && proper.email_verified === true && proper.is_private_email === false,
      JSON.stringify(proper));
  } finally {
    await stopServer(server);
  }
}

const APPLE_SCOPE = 'openid offline_access profile email identities';
const signInWithApple = (base, browserEnv = {}, options = {}) => signIn(base, {
  scope: APPLE_SCOPE, resource: [], extraParams: { direct_sign_in: 'social:apple' }, browserEnv, ...options,
});
const userinfo = (base, accessToken) => getJson(`${base}/oidc/me`, { headers: { Authorization: `Bearer ${accessToken}` } });

/** Logto's page (HTML) for an authorization request, fetched without a browser. */
async function signInPageHtml(base, extraParams = {}) {
  const url = new URL(`${base}/oidc/auth`);
  url.search = new URLSearchParams({
    client_id: 'native-app', redirect_uri: 'http://127.0.0.1:9/callback', response_type: 'code', scope: 'openid',
    state: 's', nonce: 'n', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', ...extraParams,
  }).toString();
  const first = await fetch(url, { redirect: 'manual' });
  const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const page = await fetch(new URL(first.headers.get('location'), base), { redirect: 'manual', headers: { cookie } });
  return { status: page.status, location: page.headers.get('location'), html: await page.text() };
}

/** The whole chain in Chromium: app → Logto → Apple → Logto → app. */
async function testAppleSignIn() {
  const server = await startServer();
  const { base } = server;
  const issuer = `${base}/oidc`;
  try {
    const { body: info } = await getJson(`${base}/__test/apple`);
    const accountOf = (email) => info.accounts.find((a) => a.email === email);

    const normal = await signInPageHtml(base);
    check('Logto page shows "Continue with Apple" when the connector is on',
      normal.status === 200 && normal.html.includes('id="continue-with-apple"'));
    const direct = await signInPageHtml(base, { direct_sign_in: 'social:apple' });
    check('direct_sign_in=social:apple skips the page: 303 to Apple with Logto connector parameters',
      direct.status === 303 && direct.location?.startsWith(`${info.origin}/auth/authorize?`), `${direct.status} ${direct.location}`);
    const q = new URL(direct.location ?? 'http://x').searchParams;
    check('...client_id = Services ID, Return URL, code id_token, form_post, scope "name email", state, nonce',
      q.get('client_id') === info.connector.services_id && q.get('redirect_uri') === info.connector.return_url
      && q.get('response_type') === 'code id_token' && q.get('response_mode') === 'form_post'
      && q.get('scope') === 'name email' && q.get('state') && q.get('nonce'));
    // Apple's answer is only taken in the browser that started the sign-in (Logto checks the
    // state it kept in that browser; here a cookie for the callback path).
    const foreign = await fetch(`${base}/callback/${info.connector.id}?${new URLSearchParams({ state: q.get('state') ?? '', code: 'x' })}`,
      { redirect: 'manual' });
    check('Apple answer without the starting browser\'s state cookie → back to Logto\'s page (invalid_connector_auth)',
      foreign.status === 303 && /^\/interaction\/[^/]+$/.test(foreign.headers.get('location') ?? ''),
      `${foreign.status} ${foreign.headers.get('location')}`);
    await post(`${base}/__test/log/clear`);

    // (a) a new Apple user who shares the real email
    const a = await signInWithApple(base, { APPLE_ACCOUNT: 'apple-new@example.com', APPLE_EMAIL_CHOICE: 'share' });
    check('Apple sign-in (new user, Share My Email) reached the callback', a.browser.code === 0 && a.tokens?.status === 200,
      `${a.browser.code} ${a.browser.stderr} ${JSON.stringify(a.browser.result)}`);
    console.log(`     (Apple sign-in took ${a.elapsed} ms)`);
    check('...callback has code, state and iss', a.received?.code && a.received.state === a.state && a.received.iss === issuer);
    const aClaims = decodeJwt(a.tokens.body.id_token).payload;
    check('...Logto ID token: new user, Apple name and email, no username',
      aClaims.sub.startsWith('u-apple-') && aClaims.email === 'apple-new@example.com' && aClaims.email_verified === true
      && aClaims.name === 'Ada Newton' && aClaims.username === null, JSON.stringify(aClaims));
    const aInfo = await userinfo(base, a.tokens.body.access_token);
    const appleNew = accountOf('apple-new@example.com');
    check('...userinfo identities.apple.userId = Apple sub, details with email and name',
      aInfo.body.identities?.apple?.userId === appleNew.sub && aInfo.body.identities.apple.details?.email === 'apple-new@example.com'
      && aInfo.body.identities.apple.details.name === 'Ada Newton', JSON.stringify(aInfo.body.identities));
    const { body: aLog } = await getJson(`${base}/__test/log`);
    const { body: aStats } = await getJson(`${base}/__test/stats`);
    check('...Logto never rendered its sign-in page; one Apple authorization, one token exchange',
      aStats.sign_in_page === 0 && aStats.apple_authorization === 1 && aStats.apple_token === 1 && aStats.social_callback === 1,
      JSON.stringify(aStats));
    const aPost = aLog.find((e) => e.method === 'POST' && e.path.startsWith('/callback/'));
    check('...Apple posted code, id_token, state and user (field names only in the log)',
      JSON.stringify(aPost?.fields) === '["code","id_token","state","user"]' && aPost.status === 303, JSON.stringify(aPost));
    check('...the connector made a new user', aLog.some((e) => e.apple === 'new-user'));

    // (c) the same Apple account again: no user JSON, same Logto user
    await post(`${base}/__test/log/clear`);
    const c = await signInWithApple(base, { APPLE_ACCOUNT: 'apple-new@example.com' });
    const cClaims = c.tokens?.body?.id_token && decodeJwt(c.tokens.body.id_token).payload;
    check('Apple sign-in again (returning): same sub, email kept', cClaims?.sub === aClaims.sub
      && cClaims.email === 'apple-new@example.com', JSON.stringify(cClaims));
    const { body: cLog } = await getJson(`${base}/__test/log`);
    const cPost = cLog.find((e) => e.method === 'POST' && e.path.startsWith('/callback/'));
    check('...Apple sent no user field the second time', JSON.stringify(cPost?.fields) === '["code","id_token","state"]',
      JSON.stringify(cPost));

    // (b) Hide My Email, on the account whose booleans are strings
    const b = await signInWithApple(base, { APPLE_ACCOUNT: 'apple-strings@example.com', APPLE_EMAIL_CHOICE: 'hide' });
    const bClaims = b.tokens?.body?.id_token && decodeJwt(b.tokens.body.id_token).payload;
    check('Apple sign-in with Hide My Email: Logto email is the relay address',
      RELAY.test(bClaims?.email ?? '') && bClaims.email === accountOf('apple-strings@example.com').relay_email
      && bClaims.name === 'สมหญิง รักไทย', JSON.stringify(bClaims));

    // An Apple account already linked to a Logto user (alice, seeded) signs in as that user.
    const l = await signInWithApple(base, { APPLE_ACCOUNT: 'alice@example.com' });
    const lClaims = l.tokens?.body?.id_token && decodeJwt(l.tokens.body.id_token).payload;
    check('Apple account linked to alice → u-alice', lClaims?.sub === 'u-alice', JSON.stringify(lClaims));

    // (d) Cancel on Apple's page → an OAuth error redirect to the app through Logto
    const d = await signInWithApple(base, { APPLE_CANCEL: '1' });
    check('Apple Cancel → app gets error=access_denied with state and iss, no code',
      d.browser.code === 0 && d.received?.error === 'access_denied' && d.received.state === d.state
      && d.received.iss === issuer && !d.received.code, JSON.stringify(d.received));
    check('...error_description names the Apple error', /user_cancelled_authorize/.test(d.received?.error_description ?? ''),
      d.received?.error_description);

    // Apple's answer without the user JSON (consent given before, e.g. the first answer was
    // lost): the email can only come from the ID token, and this account's email_verified is the
    // string "true", which Logto's connector does not accept. The linked user keeps the email it
    // was created with (Logto never changes a primary email on a later social sign-in).
    await post(`${base}/__test/apple/revoke?account=apple-strings%40example.com`);
    await post(`${base}/__test/apple/authorize?account=apple-strings%40example.com&email_choice=share`);
    const e = await signInWithApple(base, { APPLE_ACCOUNT: 'apple-strings@example.com' });
    const eInfo = e.tokens?.body?.access_token && await userinfo(base, e.tokens.body.access_token);
    check('No user JSON + email_verified "true" (a string) → no email taken from the ID token',
      eInfo?.body.sub === bClaims?.sub && eInfo.body.identities?.apple
      && !('email' in eInfo.body.identities.apple.details)
      && eInfo.body.email === accountOf('apple-strings@example.com').relay_email,
      JSON.stringify(eInfo?.body));
  } finally {
    await stopServer(server);
  }
}

/** The Apple connector refuses Apple ID tokens that fail a check; the person lands on Logto's page. */
async function testAppleVerification() {
  const server = await startServer();
  const { base } = server;
  try {
    for (const mutation of ['apple_id_token_iss', 'apple_id_token_aud', 'apple_id_token_nonce',
      'apple_id_token_expired', 'apple_id_token_bad_sig']) {
      await post(`${base}/__test/mutate?name=${mutation}`);
      const s = await signInWithApple(base, { APPLE_ACCOUNT: 'apple-new@example.com', BROWSER_TIMEOUT: '30' });
      check(`Apple connector refuses ${mutation}: back on Logto's page with the reason, no callback`,
        s.browser.code === 1 && !s.received && /Sign in with Apple failed/.test(s.browser.result?.text ?? '')
        && /back on the sign-in page after Sign in with Apple/.test(s.browser.stderr),
        `${s.browser.code} ${s.browser.stderr} ${s.browser.result?.text}`);
    }
    await post(`${base}/__test/mutate?name=`);
    const { body: stats } = await getJson(`${base}/__test/stats`);
    check('...and the app never got a code', stats.authorization_code === 0, JSON.stringify(stats));
  } finally {
    await stopServer(server);
  }
}

/** `--apple off`: direct_sign_in falls back to the normal page; `--apple-cancel page`: as Logto. */
async function testAppleOptions() {
  const off = await startServer(['--apple', 'off']);
  try {
    const page = await signInPageHtml(off.base, { direct_sign_in: 'social:apple' });
    check('--apple off: direct_sign_in shows the normal page without "Continue with Apple"',
      page.status === 200 && page.html.includes('id="identifier"') && !page.html.includes('continue-with-apple'));
    await post(`${off.base}/__test/log/clear`);
    const s = await signInWithApple(off.base);
    const claims = s.tokens?.body?.id_token && decodeJwt(s.tokens.body.id_token).payload;
    const { body: stats } = await getJson(`${off.base}/__test/stats`);
    check('--apple off: the browser signs in with the password instead', claims?.sub === 'u-alice'
      && stats.sign_in_page === 1 && stats.apple_authorization === 0, `${JSON.stringify(stats)} ${s.browser.stderr}`);
  } finally {
    await stopServer(off);
  }

  const asLogto = await startServer(['--apple-cancel', 'page']);
  try {
    const s = await signInWithApple(asLogto.base, { APPLE_CANCEL: '1', BROWSER_TIMEOUT: '30' });
    check('--apple-cancel page: Cancel → Logto\'s sign-in page with the connector error, nothing sent to the app',
      s.browser.code === 1 && !s.received && /user_cancelled_authorize/.test(s.browser.result?.text ?? '')
      && s.browser.result?.title === 'Sign in', `${s.browser.code} ${JSON.stringify(s.browser.result)}`);
  } finally {
    await stopServer(asLogto);
  }
}

/** /__test/huge and /__test/trickle: answers too large (with and without Content-Length) or too slow. */
async function testAnswerFaults() {
  const server = await startServer();
  const { base } = server;
  try {
    const bad = await post(`${base}/__test/huge?path=nope&bytes=10`);
    check('huge: an unknown path is refused', bad.status === 400, JSON.stringify(bad.body));

    await post(`${base}/__test/huge?path=jwks&bytes=300000`);
    const jwks = await fetch(`${base}/oidc/jwks`);
    const jwksText = await jwks.text();
    check('huge jwks: exactly N bytes of JSON with a Content-Length',
      jwks.status === 200 && jwks.headers.get('content-length') === '300000' && jwksText.length === 300000
      && Array.isArray(JSON.parse(jwksText).keys), `${jwks.status} ${jwks.headers.get('content-length')} ${jwksText.length}`);

    await post(`${base}/__test/huge?path=token&bytes=200000&chunked=1`);
    const token = await tokenRequest(base, { grant_type: 'refresh_token', client_id: 'native-app', refresh_token: 'x' });
    check('huge token (chunked): no Content-Length, N bytes of a token-shaped answer',
      token.status === 200 && !token.headers.get('content-length') && token.headers.get('transfer-encoding') === 'chunked'
      && typeof token.body.access_token === 'string' && JSON.stringify(token.body).length === 200000,
      `${token.status} ${token.headers.get('content-length')}`);

    // A client that leaves mid-answer: the server stops, and the log says so.
    await post(`${base}/__test/huge?path=discovery&bytes=${64 * 1024 * 1024}&chunked=1`);
    const received = await new Promise((resolve, reject) => {
      const request = http.get(`${base}/oidc/.well-known/openid-configuration`, (response) => {
        let size = 0;
        response.on('data', (chunk) => {
          size += chunk.length;
          if (size >= 1024 * 1024) { request.destroy(); resolve(size); }
        });
      });
      request.on('error', (error) => { if (!request.destroyed) reject(error); });
    });
    check('huge discovery: streams (1 MiB arrived before the end)', received >= 1024 * 1024, String(received));

    await post(`${base}/__test/trickle?path=me`);
    const arrivals = await new Promise((resolve, reject) => {
      const times = [];
      const request = http.get(`${base}/oidc/me`, (response) => {
        times.push({ at: Date.now(), status: response.statusCode });
        response.on('data', (chunk) => {
          times.push({ at: Date.now(), bytes: chunk.length });
          if (times.length === 3) { request.destroy(); resolve(times); }
        });
      });
      request.on('error', (error) => { if (!request.destroyed) reject(error); });
    });
    const gap = arrivals[2].at - arrivals[1].at;
    check('trickle me: 200 at once, then one byte a second',
      arrivals[0].status === 200 && arrivals[1].bytes === 1 && arrivals[2].bytes === 1 && gap >= 900 && gap < 2000,
      JSON.stringify(arrivals));

    await sleep(200); // the server logs a request when its connection closes
    const { body: log } = await getJson(`${base}/__test/log`);
    const entry = (path) => log.find((e) => e.path === path);
    check('log: faults are marked, with grant_type, and clients that left are "aborted"',
      entry('/oidc/jwks')?.fault === 'huge' && !entry('/oidc/jwks').aborted
      && entry('/oidc/token')?.grant_type === 'refresh_token'
      && entry('/oidc/.well-known/openid-configuration')?.aborted === true
      && entry('/oidc/me')?.fault === 'trickle' && entry('/oidc/me').aborted === true, JSON.stringify(log));

    await post(`${base}/__test/reset`);
    const { body: realJwks } = await getJson(`${base}/oidc/jwks`);
    const { body: discovery } = await getJson(`${base}/oidc/.well-known/openid-configuration`);
    check('reset: the real JWKS and discovery again',
      realJwks.keys?.[0]?.kty === 'EC' && discovery.issuer === `${base}/oidc`, JSON.stringify(realJwks));
  } finally {
    await stopServer(server);
  }
}

async function testDeviceFlow() {
  const server = await startServer(['--device-code-ttl', '120']);
  const { base } = server;
  const form = (body) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
  const authorize = (clientId = 'device-app') => getJson(`${base}/oidc/device/auth`, form({ client_id: clientId, scope: 'openid offline_access profile' }));
  const poll = (deviceCode) => getJson(`${base}/oidc/token`, form({ client_id: 'device-app', grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode }));
  try {
    const { body: discovery } = await getJson(`${base}/oidc/.well-known/openid-configuration`);
    check('device: discovery lists /oidc/device/auth', discovery.device_authorization_endpoint === `${base}/oidc/device/auth`);
    const wrong = await authorize('native-app');
    check('device: an ordinary Native app → 400 invalid_request', isLogtoError(wrong, 400, 'invalid_request')
      && /device_code is not allowed for this client/.test(wrong.body.error_description), JSON.stringify(wrong.body));

    const { status, body: code } = await authorize();
    check('device: Logto-shaped answer, no interval', status === 200 && /^[A-Z]{4}-[A-Z]{4}$/.test(code.user_code)
      && code.verification_uri === `${base}/device` && code.verification_uri_complete === `${base}/device?user_code=${code.user_code}`
      && code.expires_in === 120 && !('interval' in code), JSON.stringify({ ...code, device_code: '…' }));
    check('device: authorization_pending before the person finishes', isLogtoError(await poll(code.device_code), 400, 'authorization_pending'));
    await post(`${base}/__test/device/slow-down?count=1`);
    check('device: the slow_down hook', isLogtoError(await poll(code.device_code), 400, 'slow_down'));

    const browser = await runBrowser(code.verification_uri_complete);
    check('device: browser.mjs completes /device with the pre-filled code', browser.code === 0
      && /now connected/.test(browser.result?.text ?? ''), browser.stderr);
    const tokens = await poll(code.device_code);
    const idToken = tokens.body.id_token;
    check('device: tokens, an ID token without nonce, a refresh token', tokens.status === 200 && isJwt(idToken)
      && !('nonce' in decodeJwt(idToken).payload) && typeof tokens.body.refresh_token === 'string', JSON.stringify(Object.keys(tokens.body)));
    check('device: a reused device code → invalid_grant', isLogtoError(await poll(code.device_code), 400, 'invalid_grant'));
    check('device: ... and the grant is revoked', isLogtoError(await refresh(base, tokens.body.refresh_token, {}, 'device-app'), 400, 'invalid_grant'));

    const { body: denied } = await authorize();
    const deny = await runBrowser(`${base}/device`, { DEVICE_USER_CODE: denied.user_code, DEVICE_DENY: '1' });
    check('device: Cancel on the sign-in page → access_denied', deny.code === 0
      && isLogtoError(await poll(denied.device_code), 400, 'access_denied'), deny.stderr);
    const { body: expired } = await authorize();
    await post(`${base}/__test/device/expire`);
    check('device: the expire hook → expired_token', isLogtoError(await poll(expired.device_code), 400, 'expired_token'));
    const { body: stats } = await getJson(`${base}/__test/stats`);
    check('device: stats count authorizations and polls', stats.device_authorization === 4 && stats.device_code === 6, JSON.stringify(stats));
  } finally {
    await stopServer(server);
  }
}

try {
  await testMainFlow();
  await testRs256();
  await testCliMutation();
  await testAnswerFaults();
  await testAppleProtocol();
  await testAppleSignIn();
  await testAppleVerification();
  await testAppleOptions();
  await testDeviceFlow();
} catch (error) {
  check('selftest ran to the end', false, error.stack);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(TMP, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
