// SPDX-License-Identifier: MIT
// ID-token verification with jose (what @logto/node uses), for the record next to ours.
//   node jose-verify.mjs make DIR          writes {es384,rs256}.jwt and .jwks.json (Logto-like
//                                          claims, one key each, with kid) and prints the issuer
//                                          and audience as JSON
//   node jose-verify.mjs run JWT JWKS ISS AUD MS
//                                          jwtVerify (issuer, audience, clock tolerance as
//                                          Logto's SDK) one at a time for MS milliseconds;
//                                          prints {"e":"verify", count, ns}
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';

const issuer = 'http://127.0.0.1:3001/oidc';
const audience = 'native-app';

async function make(directory) {
  for (const [name, alg, options] of [
    ['es384', 'ES384', {}],
    ['rs256', 'RS256', { modulusLength: 2048 }],
  ]) {
    const { publicKey, privateKey } = await generateKeyPair(alg, options);
    const kid = `${name}-bench`;
    const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      nonce: 'bench-nonce-0123456789',
      name: 'Alice Example',
      picture: 'http://127.0.0.1/avatar-alice.png',
      username: 'alice',
      created_at: 1700000000000,
      updated_at: Date.now(),
    })
      .setProtectedHeader({ alg, kid })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('u-alice')
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
    writeFileSync(path.join(directory, `${name}.jwt`), token);
    writeFileSync(path.join(directory, `${name}.jwks.json`), JSON.stringify({ keys: [jwk] }));
  }
  process.stdout.write(`${JSON.stringify({ issuer, audience })}\n`);
}

async function run(tokenFile, jwksFile, iss, aud, milliseconds) {
  const token = readFileSync(tokenFile, 'utf8').trim();
  const keys = createLocalJWKSet(JSON.parse(readFileSync(jwksFile, 'utf8')));
  const options = { issuer: iss, audience: aud, clockTolerance: 300 };
  await jwtVerify(token, keys, options); // first call imports the key: outside the loop, as ours
  const budget = BigInt(milliseconds) * 1_000_000n;
  const start = process.hrtime.bigint();
  let count = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 16; i += 1) await jwtVerify(token, keys, options);
    count += 16;
    elapsed = process.hrtime.bigint() - start;
  }
  process.stdout.write(`${JSON.stringify({ e: 'verify', count, ns: Number(elapsed) })}\n`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'make') await make(args[0]);
else if (command === 'run') await run(...args);
else {
  process.stderr.write('usage: jose-verify.mjs make DIR | run JWT JWKS ISS AUD MS\n');
  process.exit(2);
}
