// The user directory: seed users from users.json, plus users created by the register form.
// Claims are shaped like Logto's (see docs in README.md, "users.json").

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export class Directory {
  constructor(file) {
    const {
      organizations = [], users = [], apple_accounts: appleAccounts = [],
    } = JSON.parse(readFileSync(file, 'utf8'));
    this.organizations = new Map(organizations.map((org) => [org.id, org]));
    /** The test Apple accounts, for the Apple-shaped IdP (lib/apple.mjs). */
    this.appleAccounts = appleAccounts;
    this.users = new Map();
    for (const user of users) this.add(user);
  }

  add(user) {
    // Users created through a social connector have no username, as in Logto.
    if (!user.id || (!user.username && !Object.keys(user.identities ?? {}).length)) {
      throw new Error('every user needs "id" and "username" (or an identity)');
    }
    const now = Date.now();
    const normalized = {
      name: null,
      picture: null,
      email: null,
      phone_number: null,
      roles: [],
      organizations: [],
      custom_data: {},
      identities: {},
      username: null,
      created_at: now,
      updated_at: now,
      ...user,
    };
    normalized.email_verified ??= Boolean(normalized.email);
    normalized.phone_number_verified ??= Boolean(normalized.phone_number);
    this.users.set(normalized.id, normalized);
    return normalized;
  }

  byId(id) {
    return this.users.get(id);
  }

  byUsername(username) {
    if (!username) return undefined;
    for (const user of this.users.values()) {
      if (user.username === username) return user;
    }
    return undefined;
  }

  /** The user linked to a social identity, e.g. ("apple", Apple's `sub`). */
  byIdentity(target, userId) {
    for (const user of this.users.values()) {
      if (user.identities[target]?.userId === userId) return user;
    }
    return undefined;
  }

  byEmail(email) {
    if (!email) return undefined;
    const wanted = email.toLowerCase();
    for (const user of this.users.values()) {
      if (user.email?.toLowerCase() === wanted) return user;
    }
    return undefined;
  }

  /**
   * Signs in with a social identity the way Logto does: a linked user gets the identity's
   * details refreshed; an unknown identity whose email belongs to a user is linked to that user
   * (Logto's "automatic account linking"); otherwise a new user is created with the identity's
   * name and email (no username, no password). Returns `{ user, created }`.
   */
  signInWithSocial(target, { id, email, name }) {
    const details = Object.fromEntries(Object.entries({ id, email, name }).filter(([, v]) => v !== undefined));
    const linked = this.byIdentity(target, id);
    if (linked) {
      linked.identities[target] = { userId: id, details };
      return { user: linked, created: false };
    }
    const related = this.byEmail(email);
    if (related) {
      related.identities[target] = { userId: id, details };
      return { user: related, created: false };
    }
    const userId = `u-${target}-${createHash('sha256').update(id).digest('hex').slice(0, 10)}`;
    const user = this.add({
      id: userId,
      name: name ?? null,
      email: email ?? null,
      identities: { [target]: { userId: id, details } },
    });
    return { user, created: true };
  }

  /** Returns the user when the password matches, otherwise undefined. */
  authenticate(username, password) {
    const user = this.byUsername(username);
    return user && user.password === password ? user : undefined;
  }

  register(username, password) {
    if (this.byUsername(username)) return undefined;
    return this.add({ id: `u-${username}`, username, password });
  }

  /** Logto bumps `updated_at` at every sign-in. */
  touch(user) {
    user.updated_at = Math.max(Date.now(), user.updated_at + 1);
  }

  membership(user, organizationId) {
    return user.organizations.find((entry) => entry.id === organizationId);
  }

  /**
   * Every claim the user has, for `use` ("id_token" or "userinfo"). oidc-provider then keeps
   * only those the granted scopes allow (see the `claims` configuration in server.mjs).
   * `custom_data`, `identities` and `organization_data` are userinfo-only, as in Logto's defaults.
   */
  claims(user, use) {
    const claims = {
      sub: user.id,
      name: user.name,
      picture: user.picture,
      username: user.username,
      created_at: user.created_at,
      updated_at: user.updated_at,
      email: user.email,
      email_verified: user.email_verified,
      phone_number: user.phone_number,
      phone_number_verified: user.phone_number_verified,
      roles: user.roles,
      organizations: user.organizations.map(({ id }) => id),
      organization_roles: user.organizations.flatMap(({ id, roles = [] }) => roles.map((role) => `${id}:${role}`)),
    };
    if (use === 'userinfo') {
      Object.assign(claims, {
        custom_data: user.custom_data,
        identities: user.identities,
        sso_identities: [],
        organization_data: user.organizations.map(({ id }) => {
          const org = this.organizations.get(id) ?? { id, name: id, description: null };
          return { id: org.id, name: org.name, description: org.description ?? null };
        }),
      });
    }
    return claims;
  }
}
