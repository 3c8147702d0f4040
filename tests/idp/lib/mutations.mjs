// Deliberate protocol corruptions for negative tests (`--mutate NAME` or
// `POST /__test/mutate?name=NAME`). Each mutation may hook into:
//   idToken(jws, key)  → the `id_token` of every successful /oidc/token response
//   discovery(body)    → the discovery document
//   redirect(url)      → a redirect from the provider to a client's redirect_uri (URL object)
// To add one, add an entry here; server.mjs applies the hooks generically.

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
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);
