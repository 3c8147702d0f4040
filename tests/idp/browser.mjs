#!/usr/bin/env node
// The tests' "system browser": headless Debian Chromium driven by playwright-core.
// The app under test runs it as $BROWSER:   node browser.mjs <URL>
//
// It opens <URL>; on the IdP's sign-in page it types $IDP_USERNAME / $IDP_PASSWORD and submits,
// then waits until the app's loopback page http://127.0.0.1:<port>/callback has loaded (the app
// serves it only after it has exchanged and verified the tokens). An end-session URL is followed
// to the IdP's "Signed out" page instead. Exit 0 on success, 1 on failure, 2 on bad usage,
// 3 on timeout. Environment: see README.md (BROWSER_TAMPER, BROWSER_RESULT, BROWSER_TIMEOUT, ...).
// Never prints or stores a query string: the callback's carries the authorization code.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { chromium } from 'playwright-core';

const env = process.env;
const target = process.argv.at(-1);
const username = env.IDP_USERNAME ?? 'alice';
const password = env.IDP_PASSWORD ?? 'alice-password';
const tamper = env.BROWSER_TAMPER || '';
const resultFile = env.BROWSER_RESULT || '';
const timeoutMs = Number(env.BROWSER_TIMEOUT || 60) * 1000;
const executablePath = env.CHROMIUM || '/usr/bin/chromium';

const TAMPERS = ['state', 'drop-state', 'iss', 'drop-iss', 'code'];
const CALLBACK = /^http:\/\/127\.0\.0\.1:\d+\/callback(?:[?#]|$)/;

const err = (message) => {
  try { process.stderr.write(`browser.mjs: ${message}\n`); } catch { /* stderr may be closed */ }
};

/** The URL without query and fragment: safe to print or store. */
function redact(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

function tamperedUrl(url) {
  const u = new URL(url);
  const q = u.searchParams;
  switch (tamper) {
    case 'state': q.set('state', `tampered-${Date.now().toString(36)}`); break;
    case 'drop-state': q.delete('state'); break;
    case 'iss': q.set('iss', 'http://127.0.0.1:9/tampered-issuer'); break;
    case 'drop-iss': q.delete('iss'); break;
    case 'code': q.set('code', 'tampered-code'); break;
    default: break;
  }
  return u.href;
}

let userDataDir;
let context;
let currentPage;
let resultWritten = false;
let finished = false;

async function cleanup() {
  const closing = context?.close().catch(() => {});
  context = undefined;
  // Don't let a wedged browser keep us past the deadline.
  await Promise.race([closing, new Promise((resolve) => { setTimeout(resolve, 2500).unref(); })]);
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  userDataDir = undefined;
}

async function finish(code, message) {
  if (finished) return;
  finished = true;
  if (message) err(message);
  if (code !== 0 && currentPage && !resultWritten) {
    // Tell the test what the browser shows, with the reason it gave up.
    await Promise.race([
      writeResult(currentPage, null, message).catch(() => {}),
      new Promise((resolve) => { setTimeout(resolve, 1500).unref(); }),
    ]);
  }
  await cleanup();
  process.exit(code);
}

async function writeResult(page, response, error) {
  if (!resultFile) return;
  resultWritten = true;
  const result = { url: redact(page.url()), status: response?.status() ?? null, title: '', text: '', headers: {} };
  if (error) result.error = error;
  try {
    result.title = await page.title();
    result.text = await page.evaluate(() => document.body?.innerText ?? '');
    result.headers = response ? await response.allHeaders() : {};
  } catch (error) {
    err(`could not read the page: ${error.message}`);
  }
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * BROWSER_TAMPER: rewrites the authorization response on its way to the app. The callback
 * request is the end of a redirect chain, which Playwright's page.route() cannot intercept,
 * so this uses the DevTools protocol's Fetch domain directly (it sees every hop).
 */
async function tamperWithCallback(page) {
  const cdp = await page.context().newCDPSession(page);
  let done = false;
  cdp.on('Fetch.requestPaused', ({ requestId, request, resourceType }) => {
    const modify = !done && resourceType === 'Document' && CALLBACK.test(request.url);
    done ||= modify;
    cdp.send('Fetch.continueRequest', modify ? { requestId, url: tamperedUrl(request.url) } : { requestId })
      .catch((error) => err(`could not continue a request: ${error.message}`));
  });
  await cdp.send('Fetch.enable', {
    patterns: [{ urlPattern: 'http://127.0.0.1:*/callback*', requestStage: 'Request' }],
  });
}

async function run() {
  if (process.argv.length < 3 || !/^https?:\/\//.test(target)) {
    return finish(2, 'usage: node browser.mjs <http(s) URL>');
  }
  if (tamper && !TAMPERS.includes(tamper)) {
    return finish(2, `BROWSER_TAMPER must be one of ${TAMPERS.join(', ')}`);
  }
  const remaining = () => Math.max(1, deadline - Date.now());

  userDataDir = mkdtempSync(path.join(tmpdir(), 'idp-browser-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // the explicit --headless=new below
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    timeout: remaining(),
    // Keep Chromium off the caller's session bus. The tests run the app inside a private
    // `dbus-run-session`; Chromium's accessibility bridge joins that bus (GDBus, exit-on-close),
    // so when the app exits and the bus goes away, Chromium would be killed mid-page.
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/dev/null', NO_AT_BRIDGE: '1' },
  });
  context.setDefaultTimeout(remaining());
  const page = context.pages()[0] ?? await context.newPage();
  currentPage = page;

  // The callback page's response, for the result's status and headers.
  let callbackResponse;
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && CALLBACK.test(response.url())) {
      callbackResponse = response;
    }
  });

  // If the app's loopback listener is gone, fail now rather than at the timeout.
  let callbackFailed;
  const callbackFailure = new Promise((resolve) => { callbackFailed = resolve; });
  page.on('requestfailed', (request) => {
    if (request.isNavigationRequest() && CALLBACK.test(request.url())) {
      callbackFailed(`the callback request failed: ${request.failure()?.errorText ?? 'unknown error'}`);
    }
  });

  if (tamper) await tamperWithCallback(page);

  const idpOrigin = new URL(target).origin;
  const isEndSession = /\/session\/end\/?$/.test(new URL(target).pathname);

  await page.goto(target, { waitUntil: 'load', timeout: remaining() });

  if (isEndSession) {
    await page.waitForURL(
      (u) => u.pathname.endsWith('/session/end/success') || u.origin !== idpOrigin,
      { waitUntil: 'load', timeout: remaining() },
    );
    await writeResult(page, null);
    return finish(0);
  }

  if (!CALLBACK.test(page.url()) && await page.locator('#identifier').count() > 0) {
    const signInUrl = page.url();
    await page.fill('#identifier', username);
    await page.fill('#password', password);
    // Either the form comes back (an error) or, after the redirects, the callback starts loading.
    await Promise.all([
      page.waitForURL((u) => u.href !== signInUrl, { waitUntil: 'commit', timeout: remaining() }),
      page.click('#submit'),
    ]);
    if (!CALLBACK.test(page.url()) && await page.locator('#error').count() > 0) {
      const message = `sign-in failed: ${await page.locator('#error').innerText()}`;
      await writeResult(page, null, message);
      return finish(1, message);
    }
  }

  const failure = await Promise.race([
    page.waitForURL(CALLBACK, { waitUntil: 'load', timeout: remaining() }).then(() => null),
    callbackFailure,
  ]);
  if (failure) return finish(1, failure);
  await writeResult(page, callbackResponse);
  return finish(0);
}

// Everything, closing Chromium included, has to be over within BROWSER_TIMEOUT: stop the
// work 3 s early to leave time for cleanup (at most 2.5 s, see cleanup()).
const deadline = Date.now() + Math.max(1000, timeoutMs - 3000);
const hardStop = setTimeout(() => {
  finish(3, `timed out after ${timeoutMs / 1000}s`);
}, deadline - Date.now());
hardStop.unref();
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => finish(1, `stopped by ${signal}`));
}

run().catch(async (error) => {
  // Playwright messages can quote URLs: strip queries before printing.
  const message = String(error?.message ?? error).replace(/\?[^\s"']*/g, '?…');
  await finish(finished ? 0 : 1, message.split('\n')[0]);
});
