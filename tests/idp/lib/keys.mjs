// Signing key generation and a minimal JWS (compact) toolkit, on node:crypto only.
// Used to generate the provider's key at startup and to re-sign deliberately corrupted
// ID tokens for the negative tests (see mutations.mjs).

import * as crypto from 'node:crypto';

const ALGORITHMS = {
  ES384: { keyType: 'ec', options: { namedCurve: 'P-384' }, hash: 'sha384', dsaEncoding: 'ieee-p1363' },
  RS256: { keyType: 'rsa', options: { modulusLength: 2048 }, hash: 'sha256' },
  // Only for the Apple-shaped IdP's client secrets (a Sign in with Apple key is a P-256 key).
  ES256: { keyType: 'ec', options: { namedCurve: 'P-256' }, hash: 'sha256', dsaEncoding: 'ieee-p1363' },
};

/** What `--alg` accepts for the Logto-shaped provider. */
export const SUPPORTED_ALGS = ['ES384', 'RS256'];

/**
 * Generates a fresh signing key for `alg` (ES384 → P-384, RS256 → RSA 2048).
 * Returns the private JWK for oidc-provider (with `kid`, `use`, `alg`) and the KeyObject.
 */
export function generateSigningKey(alg, kidPrefix = alg.toLowerCase()) {
  const spec = ALGORITHMS[alg];
  if (!spec) throw new Error(`unsupported signing alg ${alg} (use one of ${Object.keys(ALGORITHMS).join(', ')})`);
  const { privateKey } = crypto.generateKeyPairSync(spec.keyType, spec.options);
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = `${kidPrefix}-${crypto.randomBytes(6).toString('hex')}`;
  return { alg, kid, privateKey, jwk: { ...jwk, kid, use: 'sig', alg } };
}

export const b64url = {
  encodeJson: (value) => Buffer.from(JSON.stringify(value)).toString('base64url'),
  decode: (text) => Buffer.from(text, 'base64url'),
  decodeJson: (text) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8')),
};

/** Splits a compact JWS into its decoded header, payload and raw signature. */
export function decodeJws(token) {
  const [header, payload, signature] = token.split('.');
  return {
    header: b64url.decodeJson(header),
    payload: b64url.decodeJson(payload),
    signature: b64url.decode(signature ?? ''),
  };
}

/** Signs `header`/`payload` with `key` (the object returned by generateSigningKey). */
export function signJws(header, payload, key) {
  const input = `${b64url.encodeJson(header)}.${b64url.encodeJson(payload)}`;
  const spec = ALGORITHMS[header.alg];
  let signature;
  if (spec) {
    signature = crypto.sign(spec.hash, Buffer.from(input), {
      key: key.privateKey,
      ...(spec.dsaEncoding ? { dsaEncoding: spec.dsaEncoding } : {}),
    });
  } else if (header.alg === 'HS256') {
    // For the "HS256 with a guessable secret" negative test only.
    signature = crypto.createHmac('sha256', key.secret ?? 'secret').update(input).digest();
  } else if (header.alg === 'none') {
    signature = Buffer.alloc(0);
  } else {
    throw new Error(`cannot sign with alg ${header.alg}`);
  }
  return `${input}.${signature.toString('base64url')}`;
}

/** The public half of a private JWK (what a JWKS publishes). */
export function publicJwk(jwk) {
  const { d, p, q, dp, dq, qi, ...rest } = jwk;
  return rest;
}

/**
 * Verifies a compact JWS against a JWK set: `alg` must be in `algs`, the `kid` must be in
 * the set. Returns the decoded token, or throws an Error saying what is wrong.
 */
export function verifyJws(token, keys, algs) {
  if (typeof token !== 'string' || token.split('.').length !== 3) throw new Error('not a compact JWS');
  const [h, p, s] = token.split('.');
  let header;
  let payload;
  try {
    header = b64url.decodeJson(h);
    payload = b64url.decodeJson(p);
  } catch {
    throw new Error('undecodable JWS');
  }
  if (!algs.includes(header.alg)) throw new Error(`alg ${header.alg} not allowed`);
  const jwk = keys.find((key) => key.kid === header.kid);
  if (!jwk) throw new Error(`unknown kid ${header.kid}`);
  const spec = ALGORITHMS[header.alg];
  const key = crypto.createPublicKey({ key: publicJwk(jwk), format: 'jwk' });
  const ok = crypto.verify(spec.hash, Buffer.from(`${h}.${p}`), {
    key,
    ...(spec.dsaEncoding ? { dsaEncoding: spec.dsaEncoding } : {}),
  }, b64url.decode(s));
  if (!ok) throw new Error('bad signature');
  return { header, payload };
}
