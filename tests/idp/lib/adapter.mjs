// In-memory storage adapter for oidc-provider, with Logto's refresh token reuse window.
//
// Logto stores oidc-provider models in Postgres and records when a model was consumed.
// For RefreshToken it reports "consumed" only once the *latest* consumption is older than
// a fixed interval (3 s), so a refresh token that was just rotated can be used again
// within that window, and every such use rotates it again (which moves the window).
// Presented after the window, oidc-provider sees `consumed` and revokes the whole grant.
// This adapter reproduces that: `consume()` stamps the time, `find()` hides the stamp
// while the window is open.

const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

export class MemoryStore {
  /** @param {{ reuseWindowSeconds: number }} options */
  constructor({ reuseWindowSeconds }) {
    this.reuseWindowMs = reuseWindowSeconds * 1000;
    /** @type {Map<string, Map<string, { payload: object, expiresAt: number, consumedAt?: number }>>} */
    this.models = new Map();
  }

  table(model) {
    let table = this.models.get(model);
    if (!table) {
      table = new Map();
      this.models.set(model, table);
    }
    return table;
  }

  /** The adapter factory to pass as oidc-provider's `adapter` configuration. */
  adapterFactory() {
    return (model) => new MemoryAdapter(model, this);
  }

  isConsumed(model, consumedAt) {
    if (!consumedAt) return false;
    if (model !== 'RefreshToken') return true;
    return consumedAt + this.reuseWindowMs < Date.now();
  }

  /** Test hook: drop every grant and every token issued under a grant. */
  revokeAllGrants() {
    let grants = 0;
    for (const model of [...GRANTABLE, 'Grant']) {
      const table = this.models.get(model);
      if (!table) continue;
      if (model === 'Grant') grants = table.size;
      table.clear();
    }
    return grants;
  }
}

class MemoryAdapter {
  constructor(model, store) {
    this.model = model;
    this.store = store;
    this.table = store.table(model);
  }

  entry(id) {
    const entry = this.table.get(id);
    if (entry && entry.expiresAt <= Date.now()) {
      this.table.delete(id);
      return undefined;
    }
    return entry;
  }

  async upsert(id, payload, expiresIn) {
    const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
    const previous = this.table.get(id);
    const { consumed, ...stored } = payload; // consumption is tracked by `consumedAt` only
    this.table.set(id, { payload: stored, expiresAt, consumedAt: previous?.consumedAt });
  }

  async find(id) {
    const entry = this.entry(id);
    if (!entry) return undefined;
    const payload = { ...entry.payload };
    if (this.store.isConsumed(this.model, entry.consumedAt)) {
      payload.consumed = Math.floor(entry.consumedAt / 1000);
    }
    return payload;
  }

  async findByUid(uid) {
    for (const [id, entry] of this.table) {
      if (entry.payload.uid === uid) return this.find(id);
    }
    return undefined;
  }

  async findByUserCode(userCode) {
    for (const [id, entry] of this.table) {
      if (entry.payload.userCode === userCode) return this.find(id);
    }
    return undefined;
  }

  async consume(id) {
    const entry = this.entry(id);
    if (entry) entry.consumedAt = Date.now();
  }

  async destroy(id) {
    this.table.delete(id);
  }

  async revokeByGrantId(grantId) {
    for (const [id, entry] of this.table) {
      if (entry.payload.grantId === grantId) this.table.delete(id);
    }
  }
}
