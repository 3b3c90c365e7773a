import { ApiError, type ApiClient } from './client';

/** The gateway REST surface the dashboard uses, typed as the gateway documents it. */

export interface User {
  username: string;
  role: string;
}

/** A figure is null when its service did not answer in time; `unavailable` names those services. */
export interface Dashboard {
  leads: { total: number | null; today: number | null };
  reports: { total: number | null };
  meta: { syncedAt: string | null; adAccounts: number | null; campaigns: number | null };
  unavailable: string[];
}

export interface Lead {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  comment: string | null;
  source: string;
  status: string;
  createdAt: string;
  createdBy: string | null;
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

    dashboard: (signal?: AbortSignal) => api.get<Dashboard>('/api/dashboard', { signal }),

    leads: async (signal?: AbortSignal) =>
      (await api.get<Items<Lead>>(`/api/leads?limit=${LEADS_LIMIT}`, { signal })).items,

    /** `null` until the first sync has finished: the gateway answers 404 then. */
    async metaStats(signal?: AbortSignal): Promise<MetaStats | null> {
      try {
        return await api.get<MetaStats>('/meta/stats', { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
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
