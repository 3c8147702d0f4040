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
      const match = stdout.match(/^LISTENING (http:\/\/127\.0\.0\.1:\d+)\n/);
      if (match) resolve({ base: match[1], child, stdout: () => stdout, stderr: () => stderr });
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
    check('stdout is exactly the LISTENING line', server.stdout() === `LISTENING ${base}\n`);

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

try {
  await testMainFlow();
  await testRs256();
  await testCliMutation();
} catch (error) {
  check('selftest ran to the end', false, error.stack);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(TMP, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
