#!/usr/bin/env node
// The tests' "system browser": headless Debian Chromium driven by playwright-core.
// The app under test runs it as $BROWSER:   node browser.mjs <URL>
//
// It opens <URL>; on the IdP's sign-in page it types $IDP_USERNAME / $IDP_PASSWORD and submits;
// on the Apple-shaped IdP's pages it picks $APPLE_ACCOUNT, chooses $APPLE_EMAIL_CHOICE
// (share|hide) and continues, or presses Cancel when APPLE_CANCEL=1. Then it waits until the
// app's loopback page http://127.0.0.1:<port>/callback has loaded (the app serves it only after
// it has exchanged and verified the tokens). An end-session URL is followed to the IdP's
// "Signed out" page instead. Exit 0 on success, 1 on failure, 2 on bad usage, 3 on timeout.
// A device-flow URL (<IdP>/device, verification_uri[_complete]) is completed as a person on a
// phone would: the code typed (or pre-filled), Continue, sign in, "Your device is now connected!".
// Environment: see README.md (BROWSER_TAMPER, BROWSER_RESULT, BROWSER_TIMEOUT, APPLE_*, ...).
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
const appleAccount = env.APPLE_ACCOUNT || 'apple-new@example.com';
const appleEmailChoice = env.APPLE_EMAIL_CHOICE || 'share';
const appleCancel = env.APPLE_CANCEL === '1';
const deviceUserCode = env.DEVICE_USER_CODE || '';
const deviceDeny = env.DEVICE_DENY === '1';

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

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** What the loaded page is: an Apple step, Logto's sign-in page, an error page, ... */
async function pageKind(page, remaining) {
  for (;;) {
    try {
      await page.waitForLoadState('load', { timeout: remaining() });
      return await page.evaluate(() => ({
        apple: document.body?.dataset.appleStep ?? null,
        signIn: Boolean(document.querySelector('#identifier')),
        toast: document.querySelector('#toast')?.innerText ?? null,
        title: document.title,
        text: document.body?.innerText ?? '',
      }));
    } catch (error) {
      // The page navigated away while we looked (e.g. a form that submits itself): look again.
      if (!/context was destroyed|navigat/i.test(String(error?.message))) throw error;
      await sleep(100);
    }
  }
}

async function run() {
  if (process.argv.length < 3 || !/^https?:\/\//.test(target)) {
    return finish(2, 'usage: node browser.mjs <http(s) URL>');
  }
  if (tamper && !TAMPERS.includes(tamper)) {
    return finish(2, `BROWSER_TAMPER must be one of ${TAMPERS.join(', ')}`);
  }
  if (!['share', 'hide'].includes(appleEmailChoice)) {
    return finish(2, 'APPLE_EMAIL_CHOICE must be share or hide');
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
  const isDevice = new URL(target).pathname === '/device';

  await page.goto(target, { waitUntil: 'load', timeout: remaining() });

  if (isEndSession) {
    await page.waitForURL(
      (u) => u.pathname.endsWith('/session/end/success') || u.origin !== idpOrigin,
      { waitUntil: 'load', timeout: remaining() },
    );
    await writeResult(page, null);
    return finish(0);
  }

  if (isDevice) return runDevice(page, remaining);

  /** Resolves once a document with another URL than `before` has loaded (or the callback failed). */
  const nextDocument = (before) => Promise.race([
    page.waitForURL((u) => u.href !== before, { waitUntil: 'load', timeout: remaining() }).then(() => null),
    callbackFailure,
  ]);
  const giveUp = async (message) => {
    await writeResult(page, null, message);
    return finish(1, message);
  };

  let sawApple = false;
  for (let step = 0; step < 16 && !CALLBACK.test(page.url()); step += 1) {
    const before = page.url();
    const kind = await pageKind(page, remaining);
    if (page.url() !== before) continue; // it moved on while we looked: look again
    if (CALLBACK.test(before)) break;
    if (before.startsWith('chrome-error:')) return giveUp('the browser could not load a page');

    if (kind.apple === 'account' || kind.apple === 'consent') {
      // Apple's page: pick the test account, then Share/Hide My Email (first authorization only).
      sawApple = true;
      let button = '#apple-continue';
      if (appleCancel) {
        button = '#apple-cancel';
      } else if (kind.apple === 'account') {
        const account = page.locator(`input[name="account"][value=${JSON.stringify(appleAccount)}]`);
        if (await account.count() === 0) return giveUp(`the Apple page has no test account ${appleAccount}`);
        await account.check();
      } else if (await page.locator(`#${appleEmailChoice}-email`).count() > 0) {
        await page.check(`#${appleEmailChoice}-email`);
      }
      const failed = (await Promise.all([nextDocument(before), page.click(button)]))[0];
      if (failed) return finish(1, failed);
      continue;
    }
    if (kind.apple === 'error' || kind.title === 'Error') {
      return giveUp(`the ${kind.apple ? 'Apple' : 'sign-in'} server shows an error: ${kind.text.split('\n').find((l) => l.trim() && l !== 'Error') ?? ''}`);
    }
    if (kind.signIn) {
      // Back on Logto's page after Apple: Logto shows why (its toast) and waits for the person.
      if (sawApple) {
        return giveUp(`back on the sign-in page after Sign in with Apple${kind.toast ? `: ${kind.toast}` : ''}`);
      }
      await page.fill('#identifier', username);
      await page.fill('#password', password);
      // Either the form comes back (an error) or, after the redirects, the callback starts loading.
      await Promise.all([
        page.waitForURL((u) => u.href !== before, { waitUntil: 'commit', timeout: remaining() }),
        page.click('#submit'),
      ]);
      if (!CALLBACK.test(page.url()) && await page.locator('#error').count() > 0) {
        return giveUp(`sign-in failed: ${await page.locator('#error').innerText()}`);
      }
      continue;
    }
    // Anything else (Apple's self-submitting form_post page, ...): wait for the next document.
    const failed = await nextDocument(before);
    if (failed) return finish(1, failed);
  }

  const failure = await Promise.race([
    page.waitForURL(CALLBACK, { waitUntil: 'load', timeout: remaining() }).then(() => null),
    callbackFailure,
  ]);
  if (failure) return finish(1, failure);
  await writeResult(page, callbackResponse);
  return finish(0);
}

/**
 * The device flow on the person's other device: Logto's /device page (the code, typed from
 * DEVICE_USER_CODE unless verification_uri_complete pre-filled it), then the sign-in page
 * (DEVICE_DENY=1 presses Cancel there), until "Your device is now connected!" (exit 0) or, after
 * a denial, the device page saying the sign-in was cancelled (exit 0 too: that was the task).
 */
async function runDevice(page, remaining) {
  const giveUp = async (message) => {
    await writeResult(page, null, message);
    return finish(1, message);
  };
  let denied = false;
  for (let step = 0; step < 12; step += 1) {
    const before = page.url();
    const kind = await pageKind(page, remaining);
    if (page.url() !== before) continue;
    if (before.startsWith('chrome-error:')) return giveUp('the browser could not load a page');
    const device = await page.evaluate(() => ({
      step: document.body?.dataset.deviceStep ?? null,
      error: document.body?.dataset.deviceError ?? null,
    }));
    if (device.step === 'success') {
      if (denied) return giveUp('the device was connected although the sign-in was cancelled');
      await writeResult(page, null);
      return finish(0);
    }
    if (device.step === 'code' && device.error) {
      if (denied && device.error === 'aborted') {
        await writeResult(page, null);
        return finish(0);
      }
      return giveUp(`the device page says: ${await page.locator('#error').innerText()}`);
    }
    let button;
    if (device.step === 'code') {
      const field = page.locator('#user-code');
      if (!(await field.inputValue())) {
        if (!deviceUserCode) return giveUp('the device page asks for a code and DEVICE_USER_CODE is not set');
        await field.fill(deviceUserCode);
      }
      button = '#continue';
    } else if (kind.signIn) {
      if (deviceDeny) {
        denied = true;
        button = '#cancel';
      } else {
        await page.fill('#identifier', username);
        await page.fill('#password', password);
        button = '#submit';
      }
    } else if (kind.title === 'Error') {
      return giveUp(`the sign-in server shows an error: ${kind.text.split('\n').find((l) => l.trim() && l !== 'Error') ?? ''}`);
    }
    const moved = page.waitForURL((u) => u.href !== before, { waitUntil: 'load', timeout: remaining() });
    if (button) await page.click(button);
    await moved; // a page that submits itself (the confirmation step) moves on by itself
    if (kind.signIn && !deviceDeny && await page.locator('#identifier').count() > 0 && await page.locator('#error').count() > 0) {
      return giveUp(`sign-in failed: ${await page.locator('#error').innerText()}`);
    }
  }
  return giveUp('the device flow did not finish');
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
