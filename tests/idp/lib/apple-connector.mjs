// The Logto-shaped IdP's Apple social connector: what Logto's @logto/connector-apple and its
// experience app do between "Continue with Apple" and the signed-in user.
//
// Like Logto, it sends the person to Apple with response_type "code id_token",
// response_mode form_post and the connector's scope ("name email"), and verifies the ID token
// that Apple posts back (signature via Apple's JWKS, issuer, audience = Services ID, nonce).
// Unlike Logto, it then also exchanges the code at Apple's token endpoint (with a client secret
// signed by the developer's Sign in with Apple key) and verifies that ID token too: a connector
// that holds the .p8 key can do that, and the tests want the token endpoint covered.

import { signJws, verifyJws } from './keys.mjs';
import { APPLE_ISSUER } from './apple.mjs';

const CLOCK_SKEW_S = 60;

export class ConnectorError extends Error {}

export class AppleConnector {
  /**
   * @param {object} options
   * @param {string} options.connectorId   Logto's connector ID (the Return URL's last segment)
   * @param {string} options.servicesId    the Services ID (Apple's client_id)
   * @param {string} options.scope         e.g. "name email"
   * @param {object} options.apple         where Apple is: { origin, internalOrigin }
   * @param {object} options.key           the Sign in with Apple key: { teamId, keyId, signingKey }
   */
  constructor({ connectorId, servicesId, scope, apple, key }) {
    this.connectorId = connectorId;
    this.servicesId = servicesId;
    this.scope = scope;
    this.apple = apple;
    this.key = key;
  }

  returnUrl(logtoOrigin) {
    return `${logtoOrigin}/callback/${this.connectorId}`;
  }

  authorizationUrl({ logtoOrigin, state, nonce }) {
    const url = new URL(`${this.apple.origin}/auth/authorize`);
    url.search = new URLSearchParams({
      client_id: this.servicesId,
      redirect_uri: this.returnUrl(logtoOrigin),
      scope: this.scope,
      state,
      nonce,
      response_type: 'code id_token',
      response_mode: 'form_post',
    }).toString();
    return url.href;
  }

  async keys() {
    const response = await fetch(`${this.apple.internalOrigin}/auth/keys`);
    if (!response.ok) throw new ConnectorError(`Apple's JWKS answered HTTP ${response.status}`);
    return (await response.json()).keys ?? [];
  }

  async verifyIdToken(token, nonce) {
    let payload;
    try {
      ({ payload } = verifyJws(token, await this.keys(), ['RS256']));
    } catch (error) {
      if (error instanceof ConnectorError) throw error;
      throw new ConnectorError(`Apple's ID token is invalid (${error.message})`);
    }
    const time = Math.floor(Date.now() / 1000);
    const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (payload.iss !== APPLE_ISSUER) throw new ConnectorError("Apple's ID token has the wrong issuer");
    if (!audience.includes(this.servicesId)) throw new ConnectorError("Apple's ID token is for another Services ID");
    if (typeof payload.exp !== 'number' || payload.exp + CLOCK_SKEW_S < time) throw new ConnectorError("Apple's ID token has expired");
    if (typeof payload.iat === 'number' && payload.iat - CLOCK_SKEW_S > time) throw new ConnectorError("Apple's ID token is from the future");
    if (payload.nonce !== nonce) throw new ConnectorError("Apple's ID token has the wrong nonce");
    if (typeof payload.sub !== 'string' || !payload.sub) throw new ConnectorError("Apple's ID token has no subject");
    return payload;
  }

  /** The client secret Apple's token endpoint wants: an ES256 JWT signed with the .p8 key. */
  clientSecret() {
    const iat = Math.floor(Date.now() / 1000);
    return signJws(
      { alg: 'ES256', kid: this.key.keyId },
      { iss: this.key.teamId, iat, exp: iat + 300, aud: APPLE_ISSUER, sub: this.servicesId },
      this.key.signingKey,
    );
  }

  async exchangeCode(code, logtoOrigin) {
    const response = await fetch(`${this.apple.internalOrigin}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        client_id: this.servicesId,
        client_secret: this.clientSecret(),
        code,
        grant_type: 'authorization_code',
        redirect_uri: this.returnUrl(logtoOrigin),
      }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || typeof body.id_token !== 'string') {
      throw new ConnectorError(`Apple's token endpoint refused the code (${body.error ?? `HTTP ${response.status}`})`);
    }
    return body;
  }

  /**
   * The social user info from Apple's form_post data: `{ id, email?, name? }`, as Logto's
   * connector returns it. The email comes from the `user` JSON (first authorization only) or,
   * failing that, from the ID token when `email_verified` is the boolean `true` (Logto's check:
   * Apple's string "true" does not count).
   */
  async userInfo(data, nonce, logtoOrigin) {
    if (typeof data.code !== 'string' || !data.code) throw new ConnectorError('Apple sent no authorization code');
    let user;
    if (data.user !== undefined) {
      try {
        user = JSON.parse(String(data.user));
      } catch {
        throw new ConnectorError("Apple's user data is not JSON");
      }
    }
    const claims = typeof data.id_token === 'string' ? await this.verifyIdToken(data.id_token, nonce) : undefined;
    const tokens = await this.exchangeCode(data.code, logtoOrigin);
    const exchanged = await this.verifyIdToken(tokens.id_token, nonce);
    if (claims && claims.sub !== exchanged.sub) throw new ConnectorError("Apple's two ID tokens name different users");
    const payload = claims ?? exchanged;
    const email = typeof user?.email === 'string' && user.email
      ? user.email
      : (payload.email && payload.email_verified === true ? String(payload.email) : undefined);
    const name = [user?.name?.firstName, user?.name?.lastName].filter(Boolean).join(' ') || undefined;
    return { id: payload.sub, email, name };
  }
}
