import { ApiError, type ApiClient } from './client';

/** The gateway REST surface the dashboard uses, typed as the gateway documents it. */

export type Role = 'admin' | 'manager' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'manager', 'viewer'];

export interface User {
  username: string;
  role: string;
  /** Set for a generated or admin-chosen password: every other call answers 403 until it is changed. */
  mustChangePassword?: boolean;
  /** The agency's time zone (IANA), in which the UI shows every date, as the bot and the reports do. */
  agencyZone?: string;
}

export const SCOPES = ['leads:write', 'leads:read', 'reports:read', 'reports:write'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKey {
  prefix: string;
  label: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  useCount: number;
  revoked: boolean;
}

/** The secret `key` is in this answer only: the gateway keeps nothing but its hash. */
export interface IssuedApiKey {
  key: string;
  details: ApiKey;
}

export interface NewApiKey {
  label: string;
  scopes: Scope[];
  /** ISO-8601 instant, or null for a key that never expires. */
  expiresAt: string | null;
}

export interface ApiKeyUse {
  id: string;
  method: string;
  path: string;
  status: number;
  clientIp: string;
  at: string;
}

export interface ApiKeyUsagePage {
  items: ApiKeyUse[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export interface AdminAccount {
  username: string;
  role: Role;
  enabled: boolean;
  createdAt: string;
  mustChangePassword: boolean;
}

export const USAGE_PAGE_SIZE = 50;

/** A figure is null when its service did not answer in time; `unavailable` names those services. */
export interface Dashboard {
  leads: { total: number | null; today: number | null };
  reports: { total: number | null };
  meta: { syncedAt: string | null; adAccounts: number | null; campaigns: number | null };
  unavailable: string[];
}

export const LEAD_STATUSES = ['new', 'in_progress', 'won', 'lost', 'spam'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_SOURCES = ['telegram', 'api', 'meta_leadgen', 'manual'] as const;

export interface StatusChange {
  from: string;
  to: string;
  by: string;
  at: string;
}

export interface Lead {
  id: string;
  /** The short number people say on the phone (№1042); null for leads stored before numbers existed. */
  number?: number | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  comment: string | null;
  source: string;
  status: string;
  createdAt: string;
  createdBy: string | null;
  assignee?: string | null;
  updatedAt?: string | null;
  duplicateOf?: string | null;
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
  utmContent?: string | null;
  utmTerm?: string | null;
  metaCampaignId?: string | null;
  metaAdId?: string | null;
  metaFormId?: string | null;
  metaAdsetId?: string | null;
  metaCampaignName?: string | null;
  metaAdName?: string | null;
  history?: StatusChange[];
}

export interface LeadPage {
  items: Lead[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** What the lead list is narrowed to; every criterion is optional (`q` searches number, phone, e-mail or name). */
export interface LeadQuery {
  q?: string;
  status?: string;
  source?: string;
  assignee?: string;
  /** ISO-8601 instants: created at or after `from`, before `to`. */
  from?: string;
  to?: string;
}

export interface LeadStats {
  total: number;
  byStatus: Record<string, number>;
  bySource: Record<string, number>;
}

export interface NewLead {
  name: string;
  phone?: string;
  email?: string;
  comment?: string;
}

/** The fields of a lead that can change after its creation. */
export interface LeadChange {
  status?: string;
  assignee?: string;
  comment?: string;
}

export interface Campaign {
  id: string;
  name: string;
  status: string;
  objective: string | null;
  dailyBudget: number | string | null;
}

export interface AdAccount {
  id: string;
  name: string;
  currency: string;
  accountStatus: number | string;
  campaigns: Campaign[];
}

export interface MetaStats {
  syncedAt: string;
  adAccounts: AdAccount[];
  totals: { adAccounts: number; campaigns: number };
}

/** The last answer Meta gave about the integration's access token (meta-service checks it periodically). */
export interface MetaToken {
  valid: boolean;
  /** Null for a token that never expires. */
  expiresAt: string | null;
  checkedAt: string;
  /** Meta's reason when the token is invalid. */
  problem: string | null;
}

/** Roles of Telegram bot users (not of admin accounts). */
export type BotRole = 'client' | 'manager' | 'admin';
export const BOT_ROLES: readonly BotRole[] = ['client', 'manager', 'admin'];

export interface BotUser {
  /** The Telegram user id, as a string: it can exceed JavaScript's safe integers. */
  id: string;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  language: string;
  role: BotRole;
  active: boolean;
  registeredAt: string;
}

export interface BotUserPage {
  items: BotUser[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export interface Invite {
  id: string;
  role: BotRole;
  expiresAt: string;
  createdBy: string;
}

/** The `link` carries the invite token and is in this (202) answer only. */
export interface IssuedInvite extends Invite {
  link: string;
}

/** Invite lifetimes offered in the UI: 1 day, 7 days (the server's default), 30 days. */
export const INVITE_TTL_HOURS = [24, 168, 720] as const;
export type InviteTtlHours = (typeof INVITE_TTL_HOURS)[number];

export const BOT_USERS_PAGE_SIZE = 50;

export type ReportStatus = 'pending' | 'ready' | 'failed';

export interface Report {
  id: string;
  format: string;
  status: ReportStatus;
  createdAt: string;
  sizeBytes: number | null;
  rows: number | null;
  downloadUrl: string | null;
}

/** A button of a keyboard the bot sent, in the Bot API's own JSON (snake_case). */
export interface KeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
  request_contact?: boolean;
}

/** `reply_markup` as the bot sent it: an inline keyboard, a reply keyboard or the removal of one. */
export interface ReplyMarkup {
  inline_keyboard?: KeyboardButton[][];
  keyboard?: KeyboardButton[][];
  one_time_keyboard?: boolean;
  remove_keyboard?: boolean;
}

/** A message the bot sent, as the sandbox's Telegram recorded it (sandbox mode only). */
export interface BotMessage {
  messageId: number;
  chatId: number;
  /** The caption for documents. */
  text: string | null;
  parseMode: string | null;
  replyMarkup: ReplyMarkup | null;
  sentAt: string;
  /** The bot changed the text or keyboard after sending it. */
  edited: boolean;
  document?: { fileName: string; sizeBytes: number; mimeType: string | null };
}

/** Who the sandbox plays: Telegram's user fields of the updates it sends the bot. */
export interface PlayedUser {
  /** The Telegram user id, digits only; also the id of the private chat with the bot. */
  id: string;
  firstName: string;
  username: string;
  language: 'ru' | 'en';
}

/** What a played user does: writes (commands included), presses an inline button, or shares a contact. */
export type PlayedAction = { text: string } | { callbackData: string } | { contactPhone: string };

/** How the sandbox handed the update to the bot: to its webhook (with the webhook's HTTP status) or queued. */
export interface Delivery {
  updateId: number;
  delivered: 'webhook' | 'queued';
  webhookStatus: number | null;
}

interface Items<T> {
  items: T[];
}

export const LEADS_LIMIT = 50;

export function createGateway(api: ApiClient) {
  return {
    me: (signal?: AbortSignal) => api.get<User>('/api/auth/me', { signal }),

    async login(username: string, password: string): Promise<User> {
      const { data } = await api.send<User>('POST', '/api/auth/login', { body: { username, password } });
      api.resetCsrf();
      return data;
    },

    async logout(): Promise<void> {
      try {
        await api.send('POST', '/api/auth/logout');
      } finally {
        api.resetCsrf();
      }
    },

    /** Replaces the signed-in admin's own password; the session gets a new id, hence a new CSRF token. */
    async changePassword(currentPassword: string, newPassword: string): Promise<void> {
      await api.send('POST', '/api/auth/password', { body: { currentPassword, newPassword } });
      api.resetCsrf();
    },

    apiKeys: async (signal?: AbortSignal) => (await api.get<Items<ApiKey>>('/api/keys', { signal })).items,

    createApiKey: async (key: NewApiKey) => {
      const body = key.expiresAt === null ? { label: key.label, scopes: key.scopes } : key;
      return (await api.send<IssuedApiKey>('POST', '/api/keys', { body })).data;
    },

    revokeApiKey: async (prefix: string) => {
      await api.send('DELETE', `/api/keys/${encodeURIComponent(prefix)}`);
    },

    apiKeyUsage(prefix: string, cursor: string | null, signal?: AbortSignal) {
      const query = new URLSearchParams({ limit: String(USAGE_PAGE_SIZE) });
      if (cursor !== null) query.set('cursor', cursor);
      return api.get<ApiKeyUsagePage>(`/api/keys/${encodeURIComponent(prefix)}/usage?${query}`, { signal });
    },

    admins: async (signal?: AbortSignal) => (await api.get<Items<AdminAccount>>('/api/admins', { signal })).items,

    createAdmin: async (username: string, role: Role, password: string) =>
      (await api.send<AdminAccount>('POST', '/api/admins', { body: { username, role, password } })).data,

    updateAdmin: async (username: string, change: { role?: Role; enabled?: boolean }) =>
      (await api.send<AdminAccount>('PATCH', `/api/admins/${encodeURIComponent(username)}`, { body: change })).data,

    dashboard: (signal?: AbortSignal) => api.get<Dashboard>('/api/dashboard', { signal }),

    leads: async (signal?: AbortSignal) =>
      (await api.get<Items<Lead>>(`/api/leads?limit=${LEADS_LIMIT}`, { signal })).items,

    leadPage(query: LeadQuery, cursor: string | null, signal?: AbortSignal) {
      const params = new URLSearchParams({ limit: String(LEADS_LIMIT) });
      for (const [name, value] of Object.entries(query)) {
        if (value) params.set(name, value);
      }
      if (cursor !== null) params.set('cursor', cursor);
      return api.get<LeadPage>(`/api/leads?${params}`, { signal });
    },

    /** By the lead's id or its short number. */
    lead: (id: string, signal?: AbortSignal) => api.get<Lead>(`/api/leads/${encodeURIComponent(id)}`, { signal }),

    leadStats: (signal?: AbortSignal) => api.get<LeadStats>('/api/leads/stats', { signal }),

    /** Accepted (202) with the new lead's id; the lead is listed once leads-service stored it. */
    createLead: async (lead: NewLead) => (await api.send<{ id: string }>('POST', '/api/leads', { body: lead })).data.id,

    /** Accepted (202): leads-service applies the change shortly after, so a re-read may not show it yet. */
    updateLead: async (id: string, change: LeadChange) => {
      await api.send('PATCH', `/api/leads/${encodeURIComponent(id)}`, { body: change });
    },

    /** Accepted (202): erases the lead, its index entries and its share of every counter. */
    eraseLead: async (id: string) => {
      await api.send('DELETE', `/api/leads/${encodeURIComponent(id)}`);
    },

    /** `null` until the first sync has finished: the gateway answers 404 then. */
    metaStats: (signal?: AbortSignal) => nullWhenNotFound(api.get<MetaStats>('/meta/stats', { signal })),

    /** `null` until meta-service has checked the token once: the gateway answers 404 then. */
    metaToken: (signal?: AbortSignal) => nullWhenNotFound(api.get<MetaToken>('/meta/token', { signal })),

    botUsers(cursor: string | null, signal?: AbortSignal) {
      const query = new URLSearchParams({ limit: String(BOT_USERS_PAGE_SIZE) });
      if (cursor !== null) query.set('cursor', cursor);
      return api.get<BotUserPage>(`/api/telegram/users?${query}`, { signal });
    },

    /** Accepted (202): telegram-service applies the change shortly after, so a re-read may not show it yet. */
    updateBotUser: async (id: string, change: { role?: BotRole; active?: boolean }) => {
      await api.send('PATCH', `/api/telegram/users/${encodeURIComponent(id)}`, { body: change });
    },

    invites: async (signal?: AbortSignal) => (await api.get<Items<Invite>>('/api/telegram/invites', { signal })).items,

    /** Accepted (202) with the link, minted by the gateway; the invite is listed once telegram-service stored it. */
    createInvite: async (role: BotRole, ttlHours: InviteTtlHours) =>
      (await api.send<IssuedInvite>('POST', '/api/telegram/invites', { body: { role, ttlHours } })).data,

    /** Accepted (202): the invite stops working once telegram-service applied it. */
    revokeInvite: async (id: string) => {
      await api.send('DELETE', `/api/telegram/invites/${encodeURIComponent(id)}`);
    },

    /**
     * Whether the gateway routes to the sandbox's Telegram (sandbox mode): it answers 404 where there is no sandbox,
     * as in production.
     */
    async sandboxChatAvailable(signal?: AbortSignal): Promise<boolean> {
      return (await nullWhenNotFound(api.get<unknown>('/api/sandbox/telegram/stats', { signal }))) !== null;
    },

    /** What the bot sent to a chat, oldest first; an edit replaces the message in place. */
    botMessages: (chatId: string, signal?: AbortSignal) =>
      api.get<BotMessage[]>(`/api/sandbox/telegram/messages?chatId=${encodeURIComponent(chatId)}`, { signal }),

    /** Plays the user's action in their private chat; the sandbox delivers it to the bot as Telegram would. */
    async playUpdate(user: PlayedUser, action: PlayedAction): Promise<Delivery> {
      const body = {
        userId: Number(user.id),
        firstName: user.firstName,
        ...(user.username === '' ? {} : { username: user.username }),
        languageCode: user.language,
        ...action,
      };
      return (await api.send<Delivery>('POST', '/api/sandbox/telegram/updates', { body })).data;
    },

    startMetaSync: async () => (await api.send<{ syncId: string }>('POST', '/meta/sync')).data,

    reports: async (signal?: AbortSignal) => (await api.get<Items<Report>>('/api/reports', { signal })).items,

    /** Requests a CSV report and returns its id, taken from the `Location` the gateway answers with. */
    async createCsvReport(): Promise<string | null> {
      const { data, location } = await api.send<{ id?: string } | undefined>('POST', '/api/reports', {
        body: { format: 'csv' },
      });
      return location?.split('/').filter(Boolean).pop() ?? data?.id ?? null;
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;

async function nullWhenNotFound<T>(answer: Promise<T>): Promise<T | null> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
