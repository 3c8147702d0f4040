// Deliberate protocol corruptions for negative tests (`--mutate NAME` or
// `POST /__test/mutate?name=NAME`). Each mutation may hook into:
//   idToken(jws, key)  → the `id_token` of every successful /oidc/token response
//   discovery(body)    → the discovery document
//   redirect(url)      → a redirect from the provider to a client's redirect_uri (URL object)
//   jwks(body)         → the JWKS document at /oidc/jwks (body.keys: public JWKs)
//   appleIdToken(jws, key) → every ID token the Apple-shaped IdP issues (form_post and token
//                        endpoint), to prove that the Logto side's Apple connector verifies them
// To add one, add an entry here; server.mjs applies the hooks generically.

import * as crypto from 'node:crypto';

import { decodeJws, signJws } from './keys.mjs';

/** Re-signs the decoded token after `edit(header, payload)` changed it. */
function resign(edit) {
  return (jws, key) => {
    const { header, payload } = decodeJws(jws);
    edit(header, payload);
    return signJws(header, payload, key);
  };
}

const appendX = (value) => (Array.isArray(value) ? value.map((v) => `${v}x`) : `${value ?? ''}x`);

export const MUTATIONS = {
  // Header alg "none" and an empty signature.
  id_token_alg_none: {
    idToken: (jws) => {
      const { header, payload } = decodeJws(jws);
      return signJws({ ...header, alg: 'none' }, payload);
    },
  },
  // Header alg HS256, HMAC with the secret "secret" (an alg-confusion attempt).
  id_token_alg_hs256: {
    idToken: (jws) => {
      const { header, payload } = decodeJws(jws);
      return signJws({ ...header, alg: 'HS256' }, payload, { secret: 'secret' });
    },
  },
  // Claims altered and re-signed with the real key: the signature is valid.
  id_token_iss: { idToken: resign((h, p) => { p.iss = appendX(p.iss); }) },
  id_token_aud: { idToken: resign((h, p) => { p.aud = appendX(p.aud); }) },
  id_token_nonce: { idToken: resign((h, p) => { p.nonce = appendX(p.nonce); }) },
  id_token_expired: {
    idToken: resign((h, p) => {
      const now = Math.floor(Date.now() / 1000);
      p.iat = now - 7200;
      p.exp = now - 3600;
    }),
  },
  id_token_iat_future: {
    idToken: resign((h, p) => {
      const lifetime = p.exp - p.iat;
      p.iat = Math.floor(Date.now() / 1000) + 3600;
      p.exp = p.iat + lifetime;
    }),
  },
  // A `kid` that is not in the JWKS (the signature itself is valid for the real key).
  id_token_kid_unknown: { idToken: resign((h) => { h.kid = `${h.kid}-unknown`; }) },
  // One bit of the signature flipped.
  id_token_bad_sig: {
    idToken: (jws) => {
      const [header, payload, signature] = jws.split('.');
      const bytes = Buffer.from(signature, 'base64url');
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      return `${header}.${payload}.${bytes.toString('base64url')}`;
    },
  },
  // Discovery says the issuer has a trailing slash.
  issuer_mismatch: {
    discovery: (body) => { body.issuer = `${body.issuer}/`; },
  },
  // Discovery names another host as the issuer, as a tenant reached through its custom domain
  // names that domain (here: localhost instead of 127.0.0.1, the same server).
  issuer_other_host: {
    discovery: (body) => { body.issuer = body.issuer.replace('//127.0.0.1:', '//localhost:'); },
  },
  // The RFC 9207 `iss` parameter of the authorization response is altered.
  iss_param_wrong: {
    redirect: (url) => {
      if (url.searchParams.has('iss')) url.searchParams.set('iss', `${url.searchParams.get('iss')}x`);
    },
  },
  // The RFC 9207 `iss` parameter is left out of the authorization response.
  iss_param_missing: {
    redirect: (url) => { url.searchParams.delete('iss'); },
  },
  // Apple's ID tokens, altered and re-signed with Apple's key (or with one bit of the signature
  // flipped): the Apple connector must refuse each of them.
  apple_id_token_iss: { appleIdToken: resign((h, p) => { p.iss = appendX(p.iss); }) },
  apple_id_token_aud: { appleIdToken: resign((h, p) => { p.aud = appendX(p.aud); }) },
  apple_id_token_nonce: { appleIdToken: resign((h, p) => { p.nonce = appendX(p.nonce); }) },
  apple_id_token_expired: {
    appleIdToken: resign((h, p) => {
      const now = Math.floor(Date.now() / 1000);
      p.iat = now - 7200;
      p.exp = now - 3600;
    }),
  },
  apple_id_token_bad_sig: {
    appleIdToken: (jws) => {
      const [header, payload, signature] = jws.split('.');
      const bytes = Buffer.from(signature, 'base64url');
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      return `${header}.${payload}.${bytes.toString('base64url')}`;
    },
  },
  // ---- tests/hardening: OpenID Foundation RP conformance cases, end to end -------------------
  // `sub` with one character appended (a refreshed token for another user; or, at sign-in, an ID
  // token whose sub is not the one /oidc/me answers: rp-userinfo-bad-sub-claim).
  id_token_sub: { idToken: resign((h, p) => { p.sub = appendX(p.sub); }) },
  // Required claims left out, re-signed with the real key.
  id_token_sub_missing: { idToken: resign((h, p) => { delete p.sub; }) },
  id_token_aud_missing: { idToken: resign((h, p) => { delete p.aud; }) },
  id_token_iat_missing: { idToken: resign((h, p) => { delete p.iat; }) },
  // No `kid` in the header; the JWKS has the one key (rp-id_token-kid-absent-single-jwks).
  id_token_kid_absent: { idToken: resign((h) => { delete h.kid; }) },
  // No `kid`, and the JWKS has a second key of the same type and alg: which one signed is
  // ambiguous (rp-id_token-kid-absent-multiple-jwks). Needs server.mjs's `jwks` hook.
  id_token_kid_absent_multiple_jwks: {
    idToken: resign((h) => { delete h.kid; }),
    jwks: (body) => { body.keys = [...body.keys, extraKey(body.keys[0]?.alg ?? 'ES384', 'decoy').publicJwk]; },
  },
  // Every byte of the signature inverted (the conformance suite's "bad signature").
  id_token_sig_inverted: {
    idToken: (jws) => {
      const [header, payload, signature] = jws.split('.');
      const bytes = Buffer.from(signature, 'base64url').map((b) => b ^ 0xff);
      return `${header}.${payload}.${Buffer.from(bytes).toString('base64url')}`;
    },
  },
  // ES256: the JWKS also publishes a P-256 key, and ID tokens are signed with it (valid), or
  // signed with it and then one bit of the signature flipped. Need server.mjs's `jwks` hook.
  id_token_es256: {
    idToken: (jws) => resignWith(jws, extraKey('ES256', 'p256')),
    jwks: (body) => { body.keys = [...body.keys, extraKey('ES256', 'p256').publicJwk]; },
  },
  id_token_bad_sig_es256: {
    idToken: (jws) => flipSignatureBit(resignWith(jws, extraKey('ES256', 'p256'))),
    jwks: (body) => { body.keys = [...body.keys, extraKey('ES256', 'p256').publicJwk]; },
  },
  // Key rotation (rp-key-rotation-op-sign-key): from the moment this is switched on, a new key
  // of the same alg signs, and the JWKS lists it first, the old one after (as Logto keeps the
  // previous key). Needs server.mjs's `jwks` hook.
  rotate_signing_key: {
    idToken: (jws, key) => resignWith(jws, extraKey(key.alg, 'rotated')),
    jwks: (body) => { body.keys = [extraKey(body.keys[0]?.alg ?? 'ES384', 'rotated').publicJwk, ...body.keys]; },
  },
  // RFC 9207 `iss` with a trailing slash: a different string, so a different issuer.
  iss_param_trailing_slash: {
    redirect: (url) => {
      if (url.searchParams.has('iss')) url.searchParams.set('iss', `${url.searchParams.get('iss')}/`);
    },
  },
  // The authorization response becomes an error response (right state and iss) whose
  // error_description holds HTML, or terminal control characters.
  redirect_error_markup: {
    redirect: (url) => toErrorRedirect(url, '<script>alert(1)</script><b onmouseover="x()">bold</b> & "quotes"'),
  },
  redirect_error_control_chars: {
    redirect: (url) => toErrorRedirect(url, 'bad\u001b[2J\u001b]0;owned\u0007\rerror: spoofed\u0008\u0000\u009b31m end'),
  },
};

// ---- Helpers of the hardening mutations ----------------------------------------------------

/** Extra signing keys, made once per process on first use: `${label}-${alg}` → key. */
const extraKeys = new Map();
const KEY_SPECS = {
  ES256: { type: 'ec', options: { namedCurve: 'P-256' }, hash: 'sha256', dsaEncoding: 'ieee-p1363' },
  ES384: { type: 'ec', options: { namedCurve: 'P-384' }, hash: 'sha384', dsaEncoding: 'ieee-p1363' },
  RS256: { type: 'rsa', options: { modulusLength: 2048 }, hash: 'sha256' },
};

function extraKey(alg, label) {
  const id = `${label}-${alg}`;
  if (!extraKeys.has(id)) {
    const spec = KEY_SPECS[alg];
    if (!spec) throw new Error(`no extra key for alg ${alg}`);
    const { privateKey, publicKey } = crypto.generateKeyPairSync(spec.type, spec.options);
    const kid = `${label}-${alg.toLowerCase()}-${crypto.randomBytes(6).toString('hex')}`;
    extraKeys.set(id, {
      alg, kid, privateKey, spec,
      publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg },
    });
  }
  return extraKeys.get(id);
}

/** The same claims, signed with `key` (header alg and kid replaced). */
function resignWith(jws, key) {
  const { header, payload } = decodeJws(jws);
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${b64({ ...header, alg: key.alg, kid: key.kid })}.${b64(payload)}`;
  const signature = crypto.sign(key.spec.hash, Buffer.from(input), {
    key: key.privateKey,
    ...(key.spec.dsaEncoding ? { dsaEncoding: key.spec.dsaEncoding } : {}),
  });
  return `${input}.${signature.toString('base64url')}`;
}

function flipSignatureBit(jws) {
  const [header, payload, signature] = jws.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}

/** An authorization response turned into an error response, state and iss kept. */
function toErrorRedirect(url, description) {
  if (!url.searchParams.has('code')) return;
  url.searchParams.delete('code');
  url.searchParams.set('error', 'server_error');
  url.searchParams.set('error_description', description);
}

export const MUTATION_NAMES = Object.keys(MUTATIONS);
