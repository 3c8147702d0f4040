// SPDX-License-Identifier: MIT
// A scripted "browser" for the benchmarks: plain HTTP with a cookie jar through the test IdP's
// pages (GET /oidc/auth → sign-in page → POST login → consent → redirect), much faster than
// Chromium, so the runs can be many. Everything before the loopback redirect is the same HTTP
// the IdP sees from Chromium (tests/idp/browser.mjs); the benchmarks only time what happens
// after the redirect reaches the app.
//
//   node agent.mjs URL     as $BROWSER: signs in as alice and delivers the redirect to the app
//                          (GET http://127.0.0.1:<port>/callback?...), waiting for its page.
//   import { authorize }   authorize(url, { deliver: false }) returns the redirect URL instead,
//                          e.g. to exchange the code with curl.
import { createHash, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const MAX_HOPS = 20;

function isAppRedirect(url, idpOrigin) {
  return url.origin !== idpOrigin && url.pathname === '/callback';
}

class CookieJar {
  #cookies = new Map();

  take(response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, raw] = attribute.split('=').map((part) => part?.trim());
        if (/^max-age$/i.test(key)) return Number(raw) <= 0;
        if (/^expires$/i.test(key)) return Date.parse(raw) <= Date.now();
        return false;
      });
      if (!value || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs in on the IdP's page and follows redirects until the app's loopback redirect.
 * With `deliver` (default) it GETs that redirect and returns the app's answer; otherwise it
 * returns the redirect URL (a fresh authorization code in it).
 */
export async function authorize(
  authorizationUrl,
  { username = 'alice', password = 'alice-password', deliver = true } = {},
) {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  const idpOrigin = url.origin;
  let request = { method: 'GET' };
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    if (isAppRedirect(url, idpOrigin)) {
      if (!deliver) return url;
      const answer = await fetch(url, { redirect: 'manual' });
      return { status: answer.status, body: await answer.text() };
    }
    const response = await fetch(url, {
      ...request,
      redirect: 'manual',
      headers: { ...request.headers, cookie: jar.header() },
    });
    jar.take(response);
    const body = await response.text();
    request = { method: 'GET' };
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location'), url);
      continue;
    }
    const form = body.match(/<form method="post" action="([^"]+\/(?:login|register))"/);
    if (response.status === 200 && form) {
      url = new URL(form[1].replaceAll('&#47;', '/'), url);
      request = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ identifier: username, password }).toString(),
      };
      continue;
    }
    throw new Error(`agent: unexpected ${response.status} at ${url.pathname}`);
  }
  throw new Error('agent: too many redirects');
}

/** An authorization request of our own (PKCE S256, state, nonce), for the floors. */
export function authorizationRequest(issuer, { clientId = 'native-app', redirectUri = 'http://127.0.0.1:9/callback' } = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const url = new URL(`${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid offline_access profile',
    prompt: 'consent',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(16).toString('base64url'),
    nonce: randomBytes(16).toString('base64url'),
  }).toString();
  return { url, verifier, redirectUri, clientId };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv.at(-1);
  authorize(target).then(
    (answer) => process.exit(answer.status === 200 ? 0 : 1),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
