// SPDX-License-Identifier: MIT
// Logto's official Node SDK (@logto/node) as a service, the counterpart of the harness's
// BENCH_MODE=core: for each line on stdin it signs in once and prints JSON lines.
//   go        a new LogtoClient for this sign-in, as @logto/express makes one per request
//             (the OIDC configuration is cached per endpoint across clients by the SDK itself;
//             the JWKS is fetched by the new client's verifier)
//   go-reuse  one long-lived client (its JWKS cached after the first sign-in): the SDK at its best
// It prints {"e":"url"} (the authorization URL its navigate() got), then, when the redirect comes
// back to http://127.0.0.1:<port>/callback, {"e":"done", callback, verified, userinfo} in
// CLOCK_MONOTONIC ns: handleSignInCallback (code exchange + ID-token verification), the answer
// to the browser, then fetchUserInfo.
import http from 'node:http';
import readline from 'node:readline';

import LogtoClient from '@logto/node';

const endpoint = process.env.LOGTO_ENDPOINT;
const appId = process.env.LOGTO_APP_ID ?? 'native-app';
const now = () => Number(process.hrtime.bigint());
const report = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);

function memoryStorage() {
  const items = new Map();
  return {
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => {
      items.set(key, value);
    },
    removeItem: async (key) => {
      items.delete(key);
    },
  };
}

function newClient() {
  return new LogtoClient(
    { endpoint, appId },
    { storage: memoryStorage(), navigate: (url) => report({ e: 'url', url }) },
  );
}

let reused;
let current;

const server = http.createServer(async (request, response) => {
  const callback = now();
  const client = current;
  try {
    await client.handleSignInCallback(`http://127.0.0.1:${server.address().port}${request.url}`);
    const verified = now();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
    response.end('<!doctype html><title>Signed in</title><p>You are signed in. You can close this tab.</p>');
    const info = await client.fetchUserInfo();
    const userinfo = now();
    const claims = await client.getIdTokenClaims();
    if (info.sub !== claims.sub) throw new Error('userinfo sub mismatch');
    report({ e: 'done', callback, verified, userinfo });
  } catch (error) {
    if (!response.headersSent) {
      response.writeHead(500, { connection: 'close' });
      response.end();
    }
    report({ e: 'error', message: String(error?.message ?? error) });
  }
});

server.listen(0, '127.0.0.1', () => {
  const redirectUri = `http://127.0.0.1:${server.address().port}/callback`;
  const input = readline.createInterface({ input: process.stdin });
  input.on('line', async (line) => {
    if (line === 'quit') {
      input.close();
      server.close();
      return;
    }
    try {
      if (line === 'go-reuse') {
        reused ??= newClient();
        current = reused;
      } else {
        current = newClient();
      }
      await current.signIn(redirectUri);
    } catch (error) {
      report({ e: 'error', message: String(error?.message ?? error) });
    }
  });
  report({ e: 'ready' });
});
