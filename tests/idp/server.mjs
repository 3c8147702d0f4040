#!/usr/bin/env node
// A Logto-shaped OpenID provider for the logto-signin tests, built on oidc-provider 9 (the
// engine inside Logto). It behaves like Logto wherever a client can tell: issuer and endpoint
// paths, signing algorithm, claims, error shape, refresh token rotation with Logto's 3-second
// reuse window, API resources (RFC 8707), organization tokens, and a "Continue with Apple"
// social connector backed by an Apple-shaped IdP on a second loopback origin. See README.md.
//
//   node server.mjs [--port N] [--alg ES384|RS256] [--users FILE] [--access-token-ttl S]
//                   [--id-token-ttl S] [--refresh-token-ttl S] [--reuse-window S] [--mutate NAME]
//                   [--apple on|off] [--apple-cancel app|page] [--apple-port N]
//                   [--par on|off] [--par-ttl S]
//                   [--sign-in-exp on|off] [--social TARGETS]
//
// Prints two lines to stdout, in one write, once both origins listen:
//   LISTENING http://127.0.0.1:<port>
//   APPLE http://localhost:<apple port>
// Requests are logged to stderr as method, path and grant_type only (never tokens or codes).

import * as http from 'node:http';
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as querystring from 'node:querystring';

import Provider, { errors } from 'oidc-provider';
// oidc-provider does not export its built-in grant handlers; Logto forks the refresh_token one.
// We wrap it instead (see registerRefreshTokenGrant). The package has no "exports" map, and
// package.json pins the exact version, so these deep imports are stable.
import { handler as builtinRefreshTokenHandler } from 'oidc-provider/lib/actions/grants/refresh_token.js';
import * as grantHelpers from 'oidc-provider/lib/helpers/grants.js';

import { MemoryStore } from './lib/adapter.mjs';
import { AppleIdp } from './lib/apple.mjs';
import { AppleConnector, ConnectorError } from './lib/apple-connector.mjs';
import { generateSigningKey, SUPPORTED_ALGS } from './lib/keys.mjs';
import { MUTATIONS, MUTATION_NAMES } from './lib/mutations.mjs';
import {
  deviceCodePage, deviceConfirmPage, deviceSuccessPage, errorPage, logoutPage, signedOutPage, signInPage,
} from './lib/pages.mjs';
import { Directory } from './lib/users.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HOST = '127.0.0.1';
const MOUNT = '/oidc';

// ---------------------------------------------------------------------------------------------
// Command line

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    alg: { type: 'string', default: 'ES384' },
    users: { type: 'string', default: path.join(HERE, 'users.json') },
    'access-token-ttl': { type: 'string', default: '3600' },
    'id-token-ttl': { type: 'string', default: '3600' },
    'refresh-token-ttl': { type: 'string', default: String(14 * 24 * 3600) },
    'reuse-window': { type: 'string', default: '3' },
    'device-code-ttl': { type: 'string', default: '600' },
    mutate: { type: 'string' },
    apple: { type: 'string', default: 'on' },
    'apple-cancel': { type: 'string', default: 'app' },
    'apple-port': { type: 'string', default: '0' },
    par: { type: 'string', default: 'on' },
    'par-ttl': { type: 'string', default: '60' },
    'sign-in-exp': { type: 'string', default: 'on' },
    social: { type: 'string', default: '' },
  },
  strict: true,
});

function seconds(name, { allowZero = false } = {}) {
  const value = Number(opts[name]);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    fail(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number of seconds`);
  }
  return value;
}

function fail(message) {
  process.stderr.write(`server.mjs: ${message}\n`);
  process.exit(2);
}

const config = {
  port: Number.parseInt(opts.port, 10),
  alg: opts.alg,
  accessTokenTtl: seconds('access-token-ttl'),
  idTokenTtl: seconds('id-token-ttl'),
  refreshTokenTtl: seconds('refresh-token-ttl'),
  reuseWindow: seconds('reuse-window', { allowZero: true }),
  deviceCodeTtl: seconds('device-code-ttl'),
  apple: opts.apple === 'on',
  appleCancel: opts['apple-cancel'],
  applePort: Number.parseInt(opts['apple-port'], 10),
  par: opts.par === 'on',
  parTtl: seconds('par-ttl'),
  signInExp: opts['sign-in-exp'] === 'on',
  social: opts.social.split(',').map((t) => t.trim()).filter(Boolean),
};
if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) fail('--port must be 0..65535');
if (!Number.isInteger(config.applePort) || config.applePort < 0 || config.applePort > 65535) fail('--apple-port must be 0..65535');
if (!['on', 'off'].includes(opts.apple)) fail('--apple must be on or off');
if (!['on', 'off'].includes(opts.par)) fail('--par must be on or off');
if (!Number.isInteger(config.parTtl) || config.parTtl > 60) fail('--par-ttl must be a whole number of seconds, 1..60');
if (!['app', 'page'].includes(config.appleCancel)) fail('--apple-cancel must be app or page');
if (!['on', 'off'].includes(opts['sign-in-exp'])) fail('--sign-in-exp must be on or off');
if (!config.social.every((t) => /^[a-z0-9._-]{1,64}$/.test(t) && t !== 'apple')) {
  fail('--social takes connector targets other than apple (that is --apple), e.g. google,wechat');
}
if (!SUPPORTED_ALGS.includes(config.alg)) fail(`--alg must be one of ${SUPPORTED_ALGS.join(', ')}`);
if (opts.mutate && !MUTATIONS[opts.mutate]) fail(`--mutate must be one of ${MUTATION_NAMES.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// Test state: request log, injected faults, active mutation

const state = {
  log: [],
  mutation: opts.mutate ?? null,
  failToken: null, // { status, remaining }
  delayToken: null, // { ms, remaining }
  slowDown: 0, // the next N device_code polls get `slow_down` (Logto never sends it; clients must honour it)
  answerFaults: new Map(), // endpoint name (FAULT_PATHS) → { kind: 'huge', bytes, chunked } | { kind: 'trickle' }
  par: config.par, // PAR offered in discovery and served at /oidc/request
  parTtl: config.parTtl, // seconds a pushed request_uri lives (Logto and oidc-provider: 60)
  failPar: null, // { status, error, description, remaining }
  pushed: new Map(), // request_uri → summary of the pushed parameters (for the log)
};

const log = (line) => process.stderr.write(`[idp] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Logto's data model: users, organizations, API resources, clients

const directory = new Directory(path.resolve(opts.users));
const signingKey = generateSigningKey(config.alg);
const store = new MemoryStore({ reuseWindowSeconds: config.reuseWindow });

// ---------------------------------------------------------------------------------------------
// Continue with Apple: the Apple-shaped IdP (its own origin) and Logto's Apple connector

/** Logto gives each connector a random ID; it is the last segment of Apple's Return URL. */
const APPLE_CONNECTOR_ID = 'apple-connector';
const APPLE_SERVICES_ID = 'com.example.logto-signin.service';
const APPLE_TEAM_ID = 'TESTTEAM01';
const APPLE_SCOPE = 'name email'; // the connector's "Scope" setting
const APPLE_STATE_COOKIE = 'social_auth_state';
const APPLE_START_TTL_MS = 10 * 60 * 1000;

const apple = new AppleIdp({
  accounts: directory.appleAccounts,
  teamId: APPLE_TEAM_ID,
  record: (entry) => recordEntry(entry),
  mutation: () => (state.mutation ? MUTATIONS[state.mutation] : undefined),
});
const appleConnector = new AppleConnector({
  connectorId: APPLE_CONNECTOR_ID,
  servicesId: APPLE_SERVICES_ID,
  scope: APPLE_SCOPE,
  apple,
  key: { teamId: APPLE_TEAM_ID, keyId: apple.developerKey.kid, signingKey: apple.developerKey },
});

/** Apple sign-ins under way, by the `state` sent to Apple: { uid, nonce, expiresAt }. */
const appleStarts = new Map();
/** Results waiting for their interaction: ticket → { uid, accountId } or { uid, error, description }. */
const socialTickets = new Map();
/** Messages for the sign-in page after a failed social sign-in (Logto's toast), by interaction uid. */
const toasts = new Map();
/** Interactions whose `direct_sign_in` was already acted on (back on the page it shows the page). */
const directSignInDone = new Set();

/** API resources (RFC 8707). Access tokens for them are JWTs with `aud` = the indicator. */
const RESOURCES = {
  'https://api.example.com': { scopes: ['read:data', 'write:data'] },
  'https://billing.example.com': { scopes: [] },
  // Logto's reserved organization resource; the SDKs add it along with the organizations scope.
  'urn:logto:resource:organizations': { scopes: [] },
};

const ORGANIZATIONS_SCOPE = 'urn:logto:scope:organizations';
const organizationAudience = (id) => `urn:logto:organization:${id}`;

/** Claims per scope, as Logto defines them. oidc-provider keeps only the granted ones. */
const CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'picture', 'username', 'created_at', 'updated_at'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  custom_data: ['custom_data'],
  identities: ['identities', 'sso_identities'],
  roles: ['roles'],
  [ORGANIZATIONS_SCOPE]: ['organizations', 'organization_data'],
  'urn:logto:scope:organization_roles': ['organization_roles'],
};

/** The signing algorithms Logto enables (its provider configuration). */
const LOGTO_SIGNING_ALGS = ['RS256', 'PS256', 'ES256', 'ES384', 'ES512'];

/** Logto's own authorization parameters. */
const LOGTO_PARAMS = ['first_screen', 'direct_sign_in', 'identifier', 'organization_id', 'interaction_mode'];
const FIRST_SCREENS = ['sign_in', 'register', 'reset_password', 'identifier:sign_in', 'identifier:register', 'single_sign_on'];
const INTERACTION_MODES = ['signIn', 'signUp'];

// Logto's English messages for its `oidc.*` error codes.
const ERROR_MESSAGES = {
  aborted: 'The end-user aborted interaction.',
  invalid_scope: 'Invalid scope: {{error_description}}.',
  invalid_token: 'Invalid token provided.',
  invalid_client_metadata: 'Invalid client metadata provided.',
  insufficient_scope: 'Token missing scope `{{scope}}`.',
  invalid_request: 'Request is invalid.',
  invalid_grant: 'Grant request is invalid.',
  invalid_redirect_uri: "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
  access_denied: 'Access denied.',
  invalid_target: 'Invalid resource indicator.',
  unsupported_grant_type: 'Unsupported `grant_type` requested.',
  unsupported_response_mode: 'Unsupported `response_mode` requested.',
  unsupported_response_type: 'Unsupported `response_type` requested.',
  server_error: 'An unknown OIDC error occurred. Please try again later.',
};

function nativeClient(clientId) {
  return {
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    // For native clients oidc-provider accepts any port on a loopback redirect URI.
    redirect_uris: ['http://127.0.0.1/callback'],
    post_logout_redirect_uris: [],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    id_token_signed_response_alg: config.alg,
  };
}

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/**
 * Logto's device-flow app: type Native with "Device flow" as its authorization flow, a separate
 * app id with no redirect URI. Any other client asking for a device code gets oidc-provider's
 * 400 invalid_request "...device_code is not allowed for this client", as Logto answers.
 */
function deviceClient(clientId) {
  return {
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: [],
    post_logout_redirect_uris: [],
    grant_types: [DEVICE_CODE_GRANT, 'refresh_token'],
    response_types: [],
    id_token_signed_response_alg: config.alg,
  };
}

/**
 * A Single-page app (public, PKCE) with only an https redirect: a Native app's loopback redirect
 * is refused with `invalid_request`, as Logto does when `http://127.0.0.1/callback` is missing.
 */
function singlePageClient(clientId) {
  return {
    ...nativeClient(clientId),
    application_type: 'web',
    redirect_uris: ['https://app.example.com/callback'],
  };
}

function resourceServerInfo(indicator, audience = indicator, scopes = RESOURCES[indicator]?.scopes ?? []) {
  return {
    audience,
    scope: scopes.join(' '),
    accessTokenFormat: 'jwt',
    accessTokenTTL: config.accessTokenTtl,
    jwt: { sign: { alg: config.alg } },
  };
}

// ---------------------------------------------------------------------------------------------
// The provider

function createProvider(issuer) {
  const provider = new Provider(issuer, {
    adapter: store.adapterFactory(),
    clients: [nativeClient('native-app'), nativeClient('other-app'), singlePageClient('spa-app'), deviceClient('device-app')],
    jwks: { keys: [signingKey.jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    enabledJWA: { idTokenSigningAlgValues: LOGTO_SIGNING_ALGS },
    clientDefaults: {
      id_token_signed_response_alg: config.alg,
      grant_types: ['authorization_code', 'refresh_token'],
    },
    conformIdTokenClaims: false, // profile claims go into the ID token, as with Logto
    claims: CLAIMS,
    scopes: ['openid', 'offline_access'],
    extraParams: LOGTO_PARAMS,
    pkce: { required: () => true },
    // Logto answers errors with JSON even when the browser prefers HTML.
    renderError: (ctx, out) => { ctx.body = out; },
    findAccount: async (ctx, sub) => {
      const user = directory.byId(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async (use) => directory.claims(user, use) };
    },
    issueRefreshToken: async (ctx, client, code) => (
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access')
    ),
    rotateRefreshToken: true,
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => { ctx.body = logoutPage(form); },
        postLogoutSuccessSource: (ctx) => { ctx.body = signedOutPage(); },
      },
      // RFC 8628 as Logto 1.38+ offers it: no `interval` in the answer, codes `XXXX-XXXX`, the
      // person's page at <endpoint>/device (see deviceAnswers and main()), no confirmation step.
      deviceFlow: {
        enabled: true,
        charset: 'base-20',
        mask: '****-****',
        userCodeInputSource: (ctx, form, out, error) => {
          const errors = {
            NoCodeError: 'missing', NotFoundError: 'not_found', ExpiredError: 'expired', AlreadyUsedError: 'used', AbortedError: 'aborted',
          };
          ctx.body = deviceCodePage({
            action: ctx.oidc.urlFor('code_verification'),
            xsrf: ctx.oidc.session.state.secret,
            userCode: ctx.req.prefillUserCode,
            error: error ? (errors[error.name] ?? 'not_found') : undefined,
          });
        },
        userCodeConfirmSource: (ctx, form) => { ctx.body = deviceConfirmPage(form); },
        successSource: (ctx) => { ctx.body = deviceSuccessPage(); },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => undefined,
        useGrantedResource: async () => false, // as Logto: no resource → opaque token for /oidc/me
        getResourceServerInfo: async (ctx, indicator) => {
          if (!RESOURCES[indicator]) throw new errors.InvalidTarget();
          return resourceServerInfo(indicator);
        },
      },
    },
    // Logto adds `organization_id` to a resource token requested for an organization.
    extraTokenClaims: async (ctx, token) => {
      const organizationId = ctx.oidc.params?.organization_id;
      if (token.kind === 'AccessToken' && token.resourceServer && organizationId) {
        return { organization_id: String(organizationId) };
      }
      return undefined;
    },
    ttl: {
      AccessToken: config.accessTokenTtl,
      IdToken: config.idTokenTtl,
      RefreshToken: config.refreshTokenTtl,
      AuthorizationCode: 60,
      DeviceCode: config.deviceCodeTtl,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
  });

  registerRefreshTokenGrant(provider);

  // Middleware order: outermost first (oidc-provider inserts each before its own router).
  provider.use(recordGrantType);
  provider.use(logtoErrorShape);
  provider.use(applyMutations);
  provider.use(advertiseSigningAlgs);
  provider.use(injectTokenFaults);
  provider.use(pushedAuthorizationRequests);

  // oidc-provider 9 gives every pushed request 60 s (a constant, MAX_TTL; `ttl` has no entry for
  // it). --par-ttl shortens it by shortening what is stored, so expiry tests need not wait a minute.
  const { PushedAuthorizationRequest } = provider;
  const save = PushedAuthorizationRequest.prototype.save;
  PushedAuthorizationRequest.prototype.save = function saveWithTestTtl(ttl) {
    return save.call(this, Math.min(ttl, state.parTtl));
  };
  provider.use(deviceAnswers);

  return provider;
}

/**
 * The refresh_token grant with Logto's organization tokens (its "RFC 0001"): with
 * `organization_id` and no `resource`, the access token is a JWT for
 * `urn:logto:organization:<id>`. A non-member gets 403 access_denied and a refresh token
 * without the organizations scope 403 insufficient_scope; both checks run before the
 * refresh token is rotated, so it stays valid. Everything else is oidc-provider's handler.
 */
function registerRefreshTokenGrant(provider) {
  const helpers = Object.fromEntries(
    Object.entries(grantHelpers).map(([name, helper]) => [name, helper.bind(undefined, provider)]),
  );
  const builtin = builtinRefreshTokenHandler.bind(undefined, provider, helpers);

  async function refreshTokenGrant(ctx) {
    const { params, client } = ctx.oidc;
    const organizationId = params.organization_id ? String(params.organization_id) : undefined;
    if (!organizationId) return builtin(ctx);

    // Let the built-in handler report every problem with the token itself (invalid_grant,
    // including revoking the grant when a consumed token is replayed) before ours.
    const refreshToken = await provider.RefreshToken.find(params.refresh_token, { ignoreExpiration: true });
    const usable = refreshToken && refreshToken.clientId === client.clientId
      && !refreshToken.isExpired && !refreshToken.consumed
      && await provider.Grant.find(refreshToken.grantId);
    const user = usable && directory.byId(refreshToken.accountId);
    if (!user) return builtin(ctx);

    const membership = directory.membership(user, organizationId);
    if (!membership) {
      const error = new errors.AccessDenied('user is not a member of the organization');
      error.statusCode = 403;
      throw error;
    }
    if (!refreshToken.scopes.has(ORGANIZATIONS_SCOPE)) {
      throw new errors.InsufficientScope('refresh token missing required scope', ORGANIZATIONS_SCOPE);
    }

    await builtin(ctx); // rotates the refresh token, issues the ID token and an opaque access token
    if (params.resource) return; // a resource token, given `organization_id` by extraTokenClaims

    // Replace the opaque access token with the organization token.
    const { AccessToken: opaque, RefreshToken: current } = ctx.oidc.entities;
    await opaque?.destroy();
    const audience = organizationAudience(organizationId);
    const available = membership.scopes ?? [];
    const requested = params.scope ? new Set(String(params.scope).split(' ')) : current.scopes;
    const at = new provider.AccessToken({
      accountId: current.accountId,
      client,
      expiresWithSession: current.expiresWithSession,
      grantId: current.grantId,
      gty: current.gty,
      sessionUid: current.sessionUid,
      sid: current.sid,
    });
    at.aud = audience;
    at.resourceServer = new provider.ResourceServer(audience, resourceServerInfo(audience, audience, available));
    at.scope = available.filter((scope) => requested.has(scope)).join(' ');
    ctx.oidc.entity('AccessToken', at);
    ctx.body = {
      ...ctx.body,
      access_token: await at.save(),
      expires_in: at.expiration,
      scope: at.scope,
      token_type: 'Bearer',
    };
  }

  provider.registerGrantType(
    'refresh_token',
    refreshTokenGrant,
    ['refresh_token', 'scope', 'resource', 'organization_id'],
    ['resource'],
  );
}

// ---------------------------------------------------------------------------------------------
// Provider middleware (ctx.path is relative to /oidc here)

/** Remembers the grant_type for the request log (the body is parsed inside the provider). */
async function recordGrantType(ctx, next) {
  try {
    await next();
  } finally {
    const grantType = ctx.oidc?.params?.grant_type ?? ctx.oidc?.body?.grant_type;
    if (grantType) ctx.req.grantType = String(grantType);
  }
}

/**
 * Logto's error body: `{code: "oidc.<error>", message, error_uri?, error, error_description}`.
 * Edited from Logto's koa-oidc-error-handler.
 */
async function logtoErrorShape(ctx, next) {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof errors.OIDCProviderError)) throw error;
    ctx.status = error.statusCode || 500;
    ctx.body = error.expose
      ? { error: error.message, error_description: error.error_description, scope: error.scope }
      : { error: 'server_error', error_description: 'oops! something went wrong' };
  }
  // Logto answers an unknown app id at PAR with 400 `invalid client <id>`, not oidc-provider's
  // 401 "client authentication failed" (which stays for a known client that fails to authenticate).
  if (ctx.path === '/request' && ctx.status === 401 && ctx.body?.error === 'invalid_client') {
    const clientId = ctx.oidc?.body?.client_id ?? ctx.oidc?.params?.client_id;
    if (typeof clientId === 'string' && !(await ctx.oidc.provider.Client.find(clientId).catch(() => undefined))) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_client', error_description: `invalid client ${clientId}` };
    }
  }
  const body = ctx.body;
  if (ctx.status >= 400 && body && typeof body === 'object' && typeof body.error === 'string' && !body.code) {
    const description = body.error_description ?? '';
    const code = (description.includes('session') && description.includes('not found'))
      || description.includes('authorization request has expired')
      ? 'session.not_found'
      : `oidc.${body.error}`;
    const template = ERROR_MESSAGES[body.error] ?? 'An OIDC error occurred: {{code}}.';
    const message = template
      .replace('{{error_description}}', description)
      .replace('{{scope}}', body.scope ?? '')
      .replace('{{code}}', code);
    ctx.body = {
      code,
      message,
      ...(body.error === 'invalid_grant' ? { error_uri: 'https://openid.sh/debug/invalid_grant' } : {}),
      ...body,
    };
  }
}

/** Applies the active `--mutate` corruption to ID tokens, discovery and redirects. */
async function applyMutations(ctx, next) {
  await next();
  const mutation = state.mutation && MUTATIONS[state.mutation];
  if (!mutation) return;

  if (mutation.idToken && ctx.path === '/token' && ctx.status === 200 && typeof ctx.body?.id_token === 'string') {
    ctx.body = { ...ctx.body, id_token: mutation.idToken(ctx.body.id_token, signingKey) };
  }
  if (mutation.discovery && ctx.path === '/.well-known/openid-configuration' && ctx.body && typeof ctx.body === 'object') {
    ctx.body = { ...ctx.body };
    mutation.discovery(ctx.body);
  }
  if (mutation.jwks && ctx.path === '/jwks' && ctx.status === 200 && Array.isArray(ctx.body?.keys)) {
    ctx.body = { ...ctx.body, keys: [...ctx.body.keys] };
    mutation.jwks(ctx.body);
  }
  const location = ctx.response.get('Location');
  if (mutation.redirect && location && ctx.status >= 300 && ctx.status < 400) {
    const url = new URL(location, ctx.href);
    if (url.origin !== ctx.origin) { // a redirect to the client, not within the IdP
      mutation.redirect(url);
      ctx.set('Location', url.href);
    }
  }
}

/**
 * oidc-provider advertises only the algorithms of the keys in its JWKS (here: one key).
 * Advertise Logto's whole enabled list instead, as the brief for this IdP asks; tokens are
 * still signed with the single key's algorithm (--alg).
 */
async function advertiseSigningAlgs(ctx, next) {
  await next();
  if (ctx.path === '/.well-known/openid-configuration' && ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
    ctx.body = { ...ctx.body, id_token_signing_alg_values_supported: [...LOGTO_SIGNING_ALGS] };
  }
}

/**
 * PAR as the tests need it: hidden (`--par off`, /__test/par), failing (/__test/fail-par), with a
 * shorter lifetime (--par-ttl), and each pushed request remembered for the request log.
 */
async function pushedAuthorizationRequests(ctx, next) {
  if (ctx.path === '/.well-known/openid-configuration') {
    await next();
    if (!state.par && ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
      ctx.body = { ...ctx.body };
      delete ctx.body.pushed_authorization_request_endpoint;
      delete ctx.body.require_pushed_authorization_requests;
    }
    return undefined;
  }
  if (ctx.path !== '/request') return next();
  if (!state.par) {
    ctx.status = 404;
    ctx.body = { code: 'guard.not_found', message: 'Not found.' };
    return undefined;
  }
  if (state.failPar) {
    const { status, error, description } = state.failPar;
    if (--state.failPar.remaining <= 0) state.failPar = null;
    await readBody(ctx.req);
    ctx.status = status;
    ctx.set('Cache-Control', 'no-store');
    // With an OAuth error the Logto shape is added by logtoErrorShape, as for a real one.
    ctx.body = error
      ? { error, error_description: description ?? '' }
      : { code: 'unknown', message: 'Internal server error.' };
    return undefined;
  }
  await next();
  if (ctx.status === 201 && typeof ctx.body?.request_uri === 'string') {
    ctx.body = { ...ctx.body, expires_in: Math.min(ctx.body.expires_in, state.parTtl) };
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(ctx.oidc.params ?? {})) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) params.append(name, String(one));
    }
    if (state.pushed.size >= 1000) state.pushed.clear(); // bounded; tests push a handful
    state.pushed.set(ctx.body.request_uri, parameterSummary(params));
    ctx.req.pushedParams = state.pushed.get(ctx.body.request_uri);
  }
  return undefined;
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** `/__test/fail-token` and `/__test/delay-token` act here, before oidc-provider sees the request. */
async function injectTokenFaults(ctx, next) {
  if (ctx.path !== '/token' || ctx.method !== 'POST') return next();

  if (state.delayToken) {
    const { ms } = state.delayToken;
    if (--state.delayToken.remaining <= 0) state.delayToken = null;
    await sleep(ms);
  }

  if (state.failToken) {
    const { status } = state.failToken;
    if (--state.failToken.remaining <= 0) state.failToken = null;
    const body = querystring.parse((await readBody(ctx.req)).toString('utf8'));
    if (body.grant_type) ctx.req.grantType = String(body.grant_type);
    ctx.status = status;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = status === 429
      ? { code: 'auth.exceed_token_limit', message: 'Token usage limit exceeded.' }
      : { code: 'unknown', message: 'Internal server error.' };
    return undefined;
  }

  return next();
}

/**
 * The device flow as Logto shows it: the person's page is <endpoint>/device (not under /oidc),
 * and `/__test/device/slow-down` makes the next device_code polls answer `slow_down`.
 */
async function deviceAnswers(ctx, next) {
  if (ctx.path === '/token' && ctx.method === 'POST' && state.slowDown > 0) {
    const raw = await readBody(ctx.req);
    const body = querystring.parse(raw.toString('utf8'));
    if (body.grant_type === DEVICE_CODE_GRANT) {
      state.slowDown -= 1;
      ctx.req.grantType = DEVICE_CODE_GRANT;
      ctx.req.slowDown = true;
      ctx.status = 400;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { code: 'oidc.slow_down', message: 'An OIDC error occurred: oidc.slow_down.', error: 'slow_down', error_description: 'slow down' };
      return;
    }
    // Not a poll: give the provider the body we read (it parses it again).
    ctx.req.body = raw;
  }
  await next();
  if (ctx.path === '/device/auth' && ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
    const verification = `${logtoOrigin()}/device`;
    ctx.body = {
      ...ctx.body,
      verification_uri: verification,
      verification_uri_complete: `${verification}?user_code=${encodeURIComponent(ctx.body.user_code)}`,
    };
  }
}

/** Test hook: every device code still waiting for the person gets `update` applied. */
function updatePendingDeviceCodes(update) {
  let count = 0;
  for (const entry of store.table('DeviceCode').values()) {
    const code = entry.payload;
    if (code.accountId || code.error || entry.consumedAt) continue;
    update(code);
    count += 1;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Answer faults: /__test/huge and /__test/trickle replace an endpoint's answer (the provider
// never sees the request, so no token is used up). They stay until /__test/reset.

/** Endpoint names → paths, and the start and end of a valid-looking JSON answer for each. */
const FAULT_PATHS = {
  discovery: { path: `${MOUNT}/.well-known/openid-configuration`, head: '{"issuer":"https://padding.invalid/oidc","padding":"', tail: '"}' },
  jwks: { path: `${MOUNT}/jwks`, head: '{"keys":[{"kty":"oct","kid":"padding","k":"', tail: '"}]}' },
  token: { path: `${MOUNT}/token`, head: '{"token_type":"Bearer","expires_in":3600,"access_token":"', tail: '"}' },
  me: { path: `${MOUNT}/me`, head: '{"sub":"u-alice","padding":"', tail: '"}' },
  'sign-in-exp': { path: '/api/.well-known/sign-in-exp', head: '{"socialConnectors":[],"padding":"', tail: '"}' },
};
const HUGE_CHUNK = Buffer.alloc(64 * 1024, 'A');

/** Resolves once `res` can take more data, or is closed (the client gave up). */
function writable(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Sends `bytes` bytes of JSON in 64 KiB chunks, with a Content-Length or chunked. */
async function sendHuge(res, shape, bytes, chunked) {
  const fill = Math.max(0, bytes - shape.head.length - shape.tail.length);
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  if (!chunked) headers['Content-Length'] = String(shape.head.length + fill + shape.tail.length);
  res.writeHead(200, headers);
  res.write(shape.head);
  for (let left = fill; left > 0 && !res.destroyed;) {
    const piece = left >= HUGE_CHUNK.length ? HUGE_CHUNK : HUGE_CHUNK.subarray(0, left);
    left -= piece.length;
    if (!res.write(piece)) await writable(res);
  }
  if (!res.destroyed) res.end(shape.tail);
}

/** Sends a small JSON answer one byte a second (chunked), until done or the client leaves. */
async function sendTrickle(res, shape) {
  const body = Buffer.from(`${shape.head}AAAA${shape.tail}`);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.flushHeaders();
  for (let i = 0; i < body.length && !res.destroyed; i += 1) {
    if (i > 0) await sleep(1000);
    if (!res.destroyed) res.write(body.subarray(i, i + 1));
  }
  if (!res.destroyed) res.end();
}

/** Answers a request to an endpoint with an answer fault; false when there is none. */
async function serveAnswerFault(req, res, url) {
  const entry = Object.entries(FAULT_PATHS).find(([, shape]) => shape.path === url.pathname);
  const fault = entry && state.answerFaults.get(entry[0]);
  if (!fault) return false;
  if (req.method === 'POST') {
    const body = querystring.parse((await readBody(req)).toString('utf8'));
    if (body.grant_type) req.grantType = String(body.grant_type);
  }
  req.fault = fault.kind;
  if (fault.kind === 'huge') await sendHuge(res, entry[1], fault.bytes, fault.chunked);
  else await sendTrickle(res, entry[1]);
  return true;
}

// ---------------------------------------------------------------------------------------------
// The tenant's public sign-in experience: GET /api/.well-known/sign-in-exp (no token)

const SIGN_IN_EXP_PATH = '/api/.well-known/sign-in-exp';
/** Names Logto's connectors carry (a map of language → name); others get the target capitalised. */
const CONNECTOR_NAMES = {
  apple: { en: 'Apple' },
  google: { en: 'Google' },
  github: { en: 'GitHub' },
  wechat: { en: 'WeChat', 'zh-CN': '微信', 'zh-TW': '微信' },
  line: { en: 'LINE', ja: 'LINE', th: 'LINE' },
};

/** A social connector entry as Logto lists it (ConnectorMetadata plus its id). */
function socialConnectorEntry(id, target) {
  const name = CONNECTOR_NAMES[target] ?? { en: target.charAt(0).toUpperCase() + target.slice(1) };
  return {
    id,
    target,
    platform: 'Web',
    name,
    logo: `${logtoOrigin()}/connectors/${target}.svg`,
    logoDark: null,
    description: { en: `Sign in with ${name.en}` },
    readme: '',
    isStandard: false,
  };
}

/** Logto's FullSignInExperience, as its experience app reads it; trimmed of what a client ignores. */
function signInExperience() {
  const connectors = [];
  if (config.apple) connectors.push(socialConnectorEntry(APPLE_CONNECTOR_ID, 'apple'));
  for (const target of config.social) connectors.push(socialConnectorEntry(`${target}-connector`, target));
  return {
    tenantId: 'default',
    id: 'default',
    color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8768F8' },
    branding: {},
    languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    termsOfUseUrl: null,
    privacyPolicyUrl: null,
    signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
    signUp: { identifiers: ['username'], password: true, verify: false },
    socialSignInConnectorTargets: connectors.map((c) => c.target),
    signInMode: 'SignInAndRegister',
    customCss: null,
    customContent: {},
    passwordPolicy: {},
    mfa: { factors: [], policy: 'UserControlled' },
    singleSignOnEnabled: false,
    socialConnectors: connectors,
    ssoConnectors: [],
    forgotPassword: { phone: false, email: false },
    passkeySignIn: { enabled: false },
    isDevelopmentTenant: false,
  };
}

/** Serves the document (or Logto's 404 with `--sign-in-exp off`). */
async function handleSignInExperience(req, res, url) {
  if (await serveAnswerFault(req, res, url)) return;
  if (req.method !== 'GET') {
    sendJson(res, 405, { code: 'guard.invalid_method', message: 'Method not allowed.' });
    return;
  }
  if (!config.signInExp) {
    sendJson(res, 404, { code: 'guard.invalid_pathname', message: 'The request path is invalid.' });
    return;
  }
  sendJson(res, 200, signInExperience());
}

// ---------------------------------------------------------------------------------------------
// Interactions (the sign-in page): /interaction/<uid>[/login|/register|/abort]

function logtoParams(params) {
  const firstScreen = params.first_screen;
  const mode = params.interaction_mode;
  // Logto drops all its extra parameters (and login_hint) when one of these is invalid.
  if ((firstScreen !== undefined && !FIRST_SCREENS.includes(firstScreen))
    || (mode !== undefined && !INTERACTION_MODES.includes(mode))) {
    return { dropped: 'true' };
  }
  const result = {};
  for (const name of [...LOGTO_PARAMS, 'login_hint']) {
    if (params[name] !== undefined) result[name] = String(params[name]);
  }
  // An invalid `identifier` or `direct_sign_in` is ignored on its own.
  if (result.identifier && !result.identifier.split(' ').every((v) => ['email', 'phone', 'username'].includes(v))) {
    delete result.identifier;
  }
  if (result.direct_sign_in && !/^(social|sso|method):.+/.test(result.direct_sign_in)) {
    delete result.direct_sign_in;
  }
  return result;
}

function screenFor(params) {
  if (params.first_screen) return params.first_screen.endsWith('register') ? 'register' : 'sign_in';
  return params.interaction_mode === 'signUp' ? 'register' : 'sign_in';
}

/** First-party apps never see a consent screen: grant whatever was asked for. */
async function autoConsent(provider, interaction) {
  const { prompt: { details }, params, session, grantId } = interaction;
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}

function sendHtml(res, status, html) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(html),
  });
  res.end(html);
}

/** Starts the Apple connector for interaction `uid`: remembers state and nonce, off to Apple. */
function startApple(req, res, uid) {
  const time = Date.now();
  for (const [key, start] of appleStarts) if (start.expiresAt < time) appleStarts.delete(key);
  const stateValue = crypto.randomBytes(16).toString('base64url');
  const nonce = crypto.randomBytes(16).toString('base64url');
  appleStarts.set(stateValue, { uid, nonce, expiresAt: time + APPLE_START_TTL_MS });
  req.apple = 'start';
  // Logto's experience app keeps the state in the browser (sessionStorage) and checks it when
  // Apple's answer arrives; a cookie for the callback path does the same here.
  res.writeHead(303, {
    Location: appleConnector.authorizationUrl({ logtoOrigin: logtoOrigin(), state: stateValue, nonce }),
    'Set-Cookie': `${APPLE_STATE_COOKIE}=${stateValue}; Path=/callback/${APPLE_CONNECTOR_ID}; HttpOnly; SameSite=Lax`,
    'Cache-Control': 'no-store',
    'Content-Length': '0',
  });
  res.end();
}

async function handleInteraction(provider, req, res, url, uid, action) {
  let interaction;
  try {
    interaction = await provider.interactionDetails(req, res);
  } catch (error) {
    sendHtml(res, 400, errorPage(`The sign-in session is gone (${error.message}). Start again from the app.`));
    return;
  }
  if (interaction.uid !== uid) {
    sendHtml(res, 400, errorPage('This sign-in page is out of date. Start again from the app.'));
    return;
  }
  const params = logtoParams(interaction.params);
  const page = (error, status = 200) => {
    req.rendered = screenFor(params);
    const toast = toasts.get(uid);
    toasts.delete(uid);
    sendHtml(res, status, signInPage({
      uid,
      screen: screenFor(params),
      clientId: interaction.params.client_id,
      loginHint: params.login_hint,
      error,
      logtoParams: params,
      apple: config.apple,
      toast,
    }));
  };

  if (req.method === 'GET' && !action) {
    if (interaction.prompt.name === 'consent') {
      const grantId = await autoConsent(provider, interaction);
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } else if (params.direct_sign_in === 'social:apple' && config.apple && !directSignInDone.has(uid)) {
      // Logto's direct sign-in: straight to the connector, its own page is never shown. When
      // the connector is not enabled, the normal page is shown instead (below).
      directSignInDone.add(uid);
      startApple(req, res, uid);
    } else {
      page();
    }
    return;
  }

  if (req.method === 'GET' && action === 'social/apple/finish') {
    const ticketId = url.searchParams.get('ticket') ?? '';
    const ticket = socialTickets.get(ticketId);
    socialTickets.delete(ticketId);
    if (!ticket || ticket.uid !== uid) {
      sendHtml(res, 400, errorPage('This sign-in result is unknown or was already used. Start again from the app.'));
      return;
    }
    if (ticket.error) {
      await provider.interactionFinished(req, res, {
        error: ticket.error,
        error_description: ticket.description,
      }, { mergeWithLastSubmission: false });
      return;
    }
    const user = directory.byId(ticket.accountId);
    directory.touch(user);
    await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
    return;
  }
  if (req.method !== 'POST') {
    sendHtml(res, 405, errorPage('Method not allowed'));
    return;
  }

  if (action === 'social/apple') {
    if (!config.apple) {
      sendHtml(res, 404, errorPage('The Apple connector is not enabled.'));
      return;
    }
    startApple(req, res, uid);
    return;
  }

  if (action === 'abort') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
    return;
  }

  const form = querystring.parse((await readBody(req)).toString('utf8'));
  const identifier = String(form.identifier ?? '').trim();
  const password = String(form.password ?? '');
  let user;
  if (action === 'login') {
    user = directory.authenticate(identifier, password);
    if (!user) return page('The username or password is incorrect.');
  } else if (action === 'register') {
    if (!identifier || !password) return page('Enter a username and a password.');
    user = directory.register(identifier, password);
    if (!user) return page('This username is already taken.');
  } else {
    sendHtml(res, 404, errorPage('Not found'));
    return;
  }
  directory.touch(user);
  await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Social callback: /callback/<connector id>

function cookies(req) {
  const result = {};
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) result[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return result;
}

/** A result for the interaction's own URL, where the interaction cookie is sent. */
function finishWithTicket(res, uid, result) {
  const ticket = crypto.randomBytes(16).toString('base64url');
  socialTickets.set(ticket, { uid, ...result });
  res.writeHead(303, {
    Location: `/interaction/${encodeURIComponent(uid)}/social/apple/finish?ticket=${ticket}`,
    'Set-Cookie': `${APPLE_STATE_COOKIE}=; Path=/callback/${APPLE_CONNECTOR_ID}; HttpOnly; SameSite=Lax; Max-Age=0`,
    'Cache-Control': 'no-store',
    'Content-Length': '0',
  });
  res.end();
}

/** Back to Logto's sign-in page with a message, as Logto's experience app does on a failure. */
function backToSignInPage(res, uid, message) {
  toasts.set(uid, message);
  res.writeHead(303, {
    Location: `/interaction/${encodeURIComponent(uid)}`,
    'Set-Cookie': `${APPLE_STATE_COOKIE}=; Path=/callback/${APPLE_CONNECTOR_ID}; HttpOnly; SameSite=Lax; Max-Age=0`,
    'Cache-Control': 'no-store',
    'Content-Length': '0',
  });
  res.end();
}

/**
 * Apple's form_post arrives as POST /callback/<connector id>. Logto answers it with a 303 to
 * the same path with the fields in the query (its experience app reads them there), and the GET
 * is where the experience app checks the state and hands the data to the connector.
 */
async function handleSocialCallback(req, res, url, connectorId) {
  if (connectorId !== APPLE_CONNECTOR_ID || !config.apple) {
    sendHtml(res, 404, errorPage('Unknown connector.'));
    return;
  }
  if (req.method === 'POST') {
    const form = querystring.parse((await readBody(req)).toString('utf8'));
    const fields = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    req.fields = Object.keys(fields).sort();
    res.writeHead(303, { Location: `${url.pathname}?${new URLSearchParams(fields)}`, 'Content-Length': '0' });
    res.end();
    return;
  }
  if (req.method !== 'GET') {
    sendHtml(res, 405, errorPage('Method not allowed'));
    return;
  }
  const data = Object.fromEntries(url.searchParams);
  req.fields = Object.keys(data).sort();
  const { state: stateValue, ...rest } = data;
  const start = stateValue ? appleStarts.get(stateValue) : undefined;
  if (start) appleStarts.delete(stateValue);
  if (!start || start.expiresAt < Date.now()) {
    sendHtml(res, 400, errorPage('This sign-in with Apple is unknown or has expired (invalid_connector_auth). Start again from the app.'));
    return;
  }
  if (cookies(req)[APPLE_STATE_COOKIE] !== stateValue) {
    backToSignInPage(res, start.uid, 'The sign-in with Apple did not start in this browser (invalid_connector_auth).');
    return;
  }
  if (rest.error) {
    const appleError = String(rest.error);
    req.apple = `error:${appleError}`;
    if (config.appleCancel === 'page') {
      // What Logto does: its Apple connector cannot parse an answer without an ID token, and the
      // experience app shows the connector's error on its sign-in page.
      backToSignInPage(res, start.uid, `An unexpected error occurred in connector. Sign in with Apple: ${appleError}`);
    } else {
      finishWithTicket(res, start.uid, {
        error: 'access_denied',
        description: appleError === 'user_cancelled_authorize'
          ? `The sign-in with Apple was cancelled (${appleError})`
          : `Sign in with Apple failed (${appleError})`,
      });
    }
    return;
  }
  let info;
  try {
    info = await appleConnector.userInfo(rest, start.nonce, logtoOrigin());
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    req.apple = 'rejected';
    log(`apple connector: ${error.message}`);
    backToSignInPage(res, start.uid, `Sign in with Apple failed: ${error.message}.`);
    return;
  }
  const { user, created } = directory.signInWithSocial('apple', info);
  req.apple = created ? 'new-user' : 'linked-user';
  finishWithTicket(res, start.uid, { accountId: user.id });
}

// ---------------------------------------------------------------------------------------------
// Test-only endpoints: /__test/*

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(body);
}

function positiveInt(value, fallback) {
  const number = value === null ? fallback : Number(value);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

function handleTest(req, res, url) {
  const route = `${req.method} ${url.pathname}`;
  const q = url.searchParams;
  switch (route) {
    case 'GET /__test/log':
      return sendJson(res, 200, state.log);
    case 'POST /__test/log/clear':
      state.log = [];
      return sendJson(res, 200, { ok: true });
    case 'GET /__test/stats': {
      const count = (predicate) => state.log.filter((e) => !e.server && predicate(e)).length;
      const countApple = (predicate) => state.log.filter((e) => e.server === 'apple' && predicate(e)).length;
      return sendJson(res, 200, {
        authorization: count((e) => e.method === 'GET' && e.path === `${MOUNT}/auth`),
        token: count((e) => e.path === `${MOUNT}/token`),
        authorization_code: count((e) => e.grant_type === 'authorization_code'),
        refresh_token: count((e) => e.grant_type === 'refresh_token'),
        revocation: count((e) => e.path === `${MOUNT}/token/revocation`),
        userinfo: count((e) => e.path === `${MOUNT}/me`),
        end_session: count((e) => e.path.startsWith(`${MOUNT}/session/end`)),
        device_authorization: count((e) => e.path === `${MOUNT}/device/auth`),
        device_code: count((e) => e.grant_type === DEVICE_CODE_GRANT),
        device_page: count((e) => e.path === '/device' || e.path.startsWith(`${MOUNT}/device`)),
        sign_in_page: count((e) => Boolean(e.rendered)),
        social_callback: count((e) => e.method === 'POST' && e.path.startsWith('/callback/')),
        apple_authorization: countApple((e) => e.method === 'GET' && e.path === '/auth/authorize'),
        apple_token: countApple((e) => e.path === '/auth/token'),
      });
    }
    case 'GET /__test/apple':
      return sendJson(res, 200, {
        ...apple.testState(),
        connector: {
          enabled: config.apple,
          id: APPLE_CONNECTOR_ID,
          services_id: APPLE_SERVICES_ID,
          scope: APPLE_SCOPE,
          return_url: appleConnector.returnUrl(logtoOrigin()),
          cancel: config.appleCancel,
        },
      });
    case 'GET /__test/apple/developer-key':
      // The Sign in with Apple key (.p8) as a private JWK, so a test can sign client secrets.
      return sendJson(res, 200, { team_id: APPLE_TEAM_ID, key_id: apple.developerKey.kid, jwk: apple.developerKey.jwk });
    case 'POST /__test/apple/revoke': {
      const revoked = apple.revoke(q.get('account') ?? '', q.get('client_id') || undefined);
      return sendJson(res, 200, { revoked });
    }
    case 'POST /__test/apple/authorize': {
      const ok = apple.authorize(q.get('account') ?? '', q.get('client_id') || APPLE_SERVICES_ID, q.get('email_choice') || 'share');
      return ok ? sendJson(res, 200, { ok }) : sendJson(res, 400, { error: 'unknown account or Services ID, or email_choice not share|hide' });
    }
    case 'POST /__test/revoke-grants':
      return sendJson(res, 200, { revoked: store.revokeAllGrants() });
    case 'POST /__test/fail-token': {
      const status = positiveInt(q.get('status'), 500);
      const count = positiveInt(q.get('count'), 1);
      if (!status || status < 400 || status > 599 || count === undefined) {
        return sendJson(res, 400, { error: 'status must be 400..599, count >= 0' });
      }
      state.failToken = count ? { status, remaining: count } : null;
      return sendJson(res, 200, { status, count });
    }
    case 'POST /__test/delay-token': {
      const ms = positiveInt(q.get('ms'), 0);
      const count = positiveInt(q.get('count'), 1);
      if (ms === undefined || count === undefined) return sendJson(res, 400, { error: 'ms and count must be >= 0' });
      state.delayToken = ms && count ? { ms, remaining: count } : null;
      return sendJson(res, 200, { ms, count });
    }
    case 'POST /__test/huge': {
      const name = q.get('path') ?? '';
      const bytes = positiveInt(q.get('bytes'), 64 * 1024 * 1024);
      const chunked = q.get('chunked') === '1';
      if (!FAULT_PATHS[name] || !bytes) {
        return sendJson(res, 400, { error: `path must be one of ${Object.keys(FAULT_PATHS).join(', ')}; bytes > 0` });
      }
      state.answerFaults.set(name, { kind: 'huge', bytes, chunked });
      return sendJson(res, 200, { path: name, bytes, chunked });
    }
    case 'POST /__test/trickle': {
      const name = q.get('path') ?? '';
      if (!FAULT_PATHS[name]) return sendJson(res, 400, { error: `path must be one of ${Object.keys(FAULT_PATHS).join(', ')}` });
      state.answerFaults.set(name, { kind: 'trickle' });
      return sendJson(res, 200, { path: name });
    }
    case 'POST /__test/par': {
      const enabled = q.get('enabled');
      const ttl = q.get('ttl');
      if (enabled !== null && !['on', 'off'].includes(enabled)) return sendJson(res, 400, { error: 'enabled must be on or off' });
      const seconds = ttl === null ? state.parTtl : Number(ttl);
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > 60) return sendJson(res, 400, { error: 'ttl must be 1..60' });
      if (enabled !== null) state.par = enabled === 'on';
      state.parTtl = seconds;
      return sendJson(res, 200, { enabled: state.par, ttl: state.parTtl });
    }
    case 'POST /__test/fail-par': {
      const status = positiveInt(q.get('status'), 500);
      const count = positiveInt(q.get('count'), 1);
      if (!status || status < 400 || status > 599 || count === undefined) {
        return sendJson(res, 400, { error: 'status must be 400..599, count >= 0' });
      }
      const error = q.get('error') || undefined;
      state.failPar = count ? { status, error, description: q.get('description') ?? undefined, remaining: count } : null;
      return sendJson(res, 200, { status, error: error ?? null, count });
    }
    case 'POST /__test/device/slow-down': {
      const count = positiveInt(q.get('count'), 1);
      if (count === undefined) return sendJson(res, 400, { error: 'count must be >= 0' });
      state.slowDown = count;
      return sendJson(res, 200, { count });
    }
    case 'POST /__test/device/deny':
      // As if the person pressed Cancel on Logto's page.
      return sendJson(res, 200, {
        denied: updatePendingDeviceCodes((code) => {
          Object.assign(code, { error: 'access_denied', errorDescription: 'End-User aborted interaction' });
        }),
      });
    case 'POST /__test/device/expire':
      // The code's lifetime is over (its entry stays, so the poll gets expired_token, not "not found").
      return sendJson(res, 200, {
        expired: updatePendingDeviceCodes((code) => { code.exp = Math.floor(Date.now() / 1000) - 1; }),
      });
    case 'GET /__test/device':
      return sendJson(res, 200, {
        codes: [...store.table('DeviceCode').values()].map(({ payload: code, consumedAt }) => ({
          user_code: code.userCode,
          client_id: code.clientId,
          status: code.error ? 'denied'
            : consumedAt ? 'consumed'
              : code.accountId ? 'approved'
                : code.exp <= Date.now() / 1000 ? 'expired' : 'pending',
        })),
      });
    case 'POST /__test/mutate': {
      const name = q.get('name') || null;
      if (name && !MUTATIONS[name]) return sendJson(res, 400, { error: `unknown mutation; one of ${MUTATION_NAMES.join(', ')}` });
      state.mutation = name;
      return sendJson(res, 200, { mutation: name });
    }
    case 'POST /__test/reset':
      state.log = [];
      state.failToken = null;
      state.delayToken = null;
      state.slowDown = 0;
      state.answerFaults.clear();
      state.par = config.par;
      state.parTtl = config.parTtl;
      state.failPar = null;
      state.pushed.clear();
      state.mutation = opts.mutate ?? null;
      return sendJson(res, 200, { ok: true });
    default:
      return sendJson(res, 404, { error: 'unknown test endpoint' });
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP server

async function readBody(req, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const isLoopback = (address) => /^(127\.|::1$|::ffff:127\.)/.test(address ?? '');

/** Authorization request parameters worth asserting on (no state/nonce/challenge values). */
function parameterSummary(q) {
  const summary = {};
  for (const name of ['client_id', 'redirect_uri', 'response_type', 'scope', 'prompt',
    'code_challenge_method', 'ui_locales', 'login_hint', 'max_age', ...LOGTO_PARAMS]) {
    if (q.has(name)) summary[name] = q.get(name);
  }
  if (q.has('resource')) summary.resource = q.getAll('resource');
  summary.has_state = q.has('state');
  summary.has_nonce = q.has('nonce');
  summary.has_code_challenge = q.has('code_challenge');
  return summary;
}

/** Adds an entry to the request log (/__test/log) and prints it on stderr. */
function recordEntry(entry) {
  state.log.push(entry);
  const extra = [
    entry.grant_type ? ` grant_type=${entry.grant_type}` : '',
    entry.rendered ? ` rendered=${entry.rendered}` : '',
    entry.apple ? ` apple=${entry.apple}` : '',
    entry.fault ? ` fault=${entry.fault}` : '',
    entry.aborted ? ' (client left)' : '',
  ].join('');
  log(`${entry.server ? `${entry.server} ` : ''}${entry.method} ${entry.path}${extra} -> ${entry.status}`);
}

/** Logs a request of the Logto-shaped IdP when its answer is sent. `path` hides interaction ids. */
function recordRequest(req, res, url, path = url.pathname) {
  const started = Date.now();
  let recorded = false;
  // 'close' without 'finish': the client went away before the whole answer was sent.
  const record = () => {
    if (recorded) return;
    recorded = true;
    const entry = { method: req.method, path, at: started, status: res.statusCode };
    if (!res.writableFinished) entry.aborted = true;
    if (req.fault) entry.fault = req.fault; // answered by /__test/huge or /__test/trickle
    if (req.grantType) entry.grant_type = req.grantType;
    if (req.method === 'GET' && url.pathname === `${MOUNT}/auth`) {
      // The parameters in effect: a request_uri's are the pushed ones. `query` names what the
      // URL itself carried, so a test can tell a pushed request from a plain one.
      const requestUri = url.searchParams.get('request_uri');
      const pushed = requestUri !== null ? state.pushed.get(requestUri) : undefined;
      entry.params = pushed ?? parameterSummary(url.searchParams);
      entry.query = [...url.searchParams.keys()];
      entry.pushed = requestUri !== null;
    }
    if (req.pushedParams) entry.params = req.pushedParams; // POST /oidc/request that succeeded
    if (req.slowDown) entry.slow_down = true; // answered by /__test/device/slow-down
    if (req.rendered) entry.rendered = req.rendered; // the sign-in page was shown
    if (req.apple) entry.apple = req.apple; // what the Apple connector did
    if (req.fields) entry.fields = req.fields; // names only, never values
    if (url.pathname === SIGN_IN_EXP_PATH) entry.has_authorization = req.headers.authorization !== undefined;
    recordEntry(entry);
  };
  res.on('finish', record);
  res.on('close', record);
}

let logtoBase;
const logtoOrigin = () => logtoBase;

function guarded(handler) {
  return async (req, res) => {
    try {
      if (!isLoopback(req.socket.remoteAddress)) {
        res.writeHead(403).end();
        return;
      }
      await handler(req, res, new URL(req.url, `http://${HOST}`));
    } catch (error) {
      log(`error: ${error.stack ?? error}`);
      if (!res.headersSent) sendJson(res, 500, { code: 'unknown', message: 'Internal server error.' });
      else res.destroy();
    }
  };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve(server.address().port));
  });
}

async function main() {
  let provider;
  let oidcCallback;

  const server = http.createServer(guarded(async (req, res, url) => {
    if (url.pathname === MOUNT || url.pathname.startsWith(`${MOUNT}/`)) {
      recordRequest(req, res, url);
      // Mount the provider at /oidc the way Express does: it derives the mount path from
      // originalUrl minus url.
      req.originalUrl = req.url;
      req.url = req.url.slice(MOUNT.length) || '/';
      if (await serveAnswerFault(req, res, url)) return;
      await oidcCallback(req, res);
      return;
    }
    if (url.pathname === '/device') {
      // Logto's device page lives at <endpoint>/device; it is oidc-provider's code_verification
      // page. A pre-filled code (verification_uri_complete) is shown in the field, not submitted.
      recordRequest(req, res, url);
      req.prefillUserCode = url.searchParams.get('user_code') ?? undefined;
      req.originalUrl = `${MOUNT}/device`;
      req.url = '/device';
      await oidcCallback(req, res);
      return;
    }
    const interaction = url.pathname.match(
      /^\/interaction\/([^/]+)(?:\/(login|register|abort|social\/apple|social\/apple\/finish))?$/,
    );
    if (interaction) {
      recordRequest(req, res, url, `/interaction/:uid${interaction[2] ? `/${interaction[2]}` : ''}`);
      await handleInteraction(provider, req, res, url, interaction[1], interaction[2]);
      return;
    }
    if (url.pathname === SIGN_IN_EXP_PATH) {
      recordRequest(req, res, url);
      await handleSignInExperience(req, res, url);
      return;
    }
    const callback = url.pathname.match(/^\/callback\/([^/]+)$/);
    if (callback) {
      recordRequest(req, res, url);
      await handleSocialCallback(req, res, url, callback[1]);
      return;
    }
    if (url.pathname.startsWith('/__test/')) {
      handleTest(req, res, url);
      return;
    }
    sendHtml(res, 404, errorPage('Not found'));
  }));
  // Apple's own origin. The browser reaches it as http://localhost:<port>, another site than
  // http://127.0.0.1:<port>, so its form_post to Logto is a real cross-site request.
  const appleServer = http.createServer(guarded((req, res, url) => apple.handle(req, res, url)));

  let port;
  let applePort;
  try {
    applePort = await listen(appleServer, config.applePort);
    port = await listen(server, config.port);
  } catch (error) {
    fail(`cannot listen: ${error.message}`);
  }
  logtoBase = `http://${HOST}:${port}`;
  apple.origin = `http://localhost:${applePort}`;
  apple.internalOrigin = `http://${HOST}:${applePort}`;
  apple.registerClient(APPLE_SERVICES_ID, [appleConnector.returnUrl(logtoBase)]);
  provider = createProvider(`${logtoBase}${MOUNT}`);
  provider.on('server_error', (ctx, error) => log(`server_error: ${error.stack ?? error}`));
  oidcCallback = provider.callback();
  // A reader that stops after the first line (scripts/run.sh) must not make us fail later.
  process.stdout.on('error', () => {});
  process.stdout.write(`LISTENING ${logtoBase}\nAPPLE ${apple.origin}\n`);
  log(`issuer ${logtoBase}${MOUNT}, alg ${config.alg} (kid ${signingKey.kid}), reuse window ${config.reuseWindow}s${state.mutation ? `, mutation ${state.mutation}` : ''}`);
  log(`Apple at ${apple.origin} (Services ID ${APPLE_SERVICES_ID}), connector ${config.apple ? 'on' : 'off'}, cancel → ${config.appleCancel}`);
  log(`sign-in experience ${config.signInExp ? `at ${SIGN_IN_EXP_PATH}, social: ${[...(config.apple ? ['apple'] : []), ...config.social].join(', ') || 'none'}` : 'off (404)'}`);

  const shutdown = () => {
    let open = 2;
    const closed = () => { open -= 1; if (open === 0) process.exit(0); };
    server.close(closed);
    appleServer.close(closed);
    server.closeAllConnections();
    appleServer.closeAllConnections();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main();
