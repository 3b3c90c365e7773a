import type { LeadQuery } from '../api/gateway';
import type { I18n } from '../i18n/i18n';

/**
 * What the leads screen shows, as its link carries it (`#/leads?q=…&status=won&from=2026-11-01&lead=…`), so a
 * view can be shared. Days are the agency's calendar days, both ends included.
 */
export interface LeadView {
  q: string;
  status: string;
  source: string;
  assignee: string;
  /** yyyy-MM-dd, as a date input gives it. */
  from: string;
  to: string;
  /** The lead open in the detail drawer: its id. */
  lead: string;
}

const FIELDS = [
  'q',
  'status',
  'source',
  'assignee',
  'from',
  'to',
  'lead',
] as const satisfies readonly (keyof LeadView)[];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const EMPTY_VIEW: LeadView = { q: '', status: '', source: '', assignee: '', from: '', to: '', lead: '' };

export function viewFromQuery(query: URLSearchParams): LeadView {
  const view = { ...EMPTY_VIEW };
  for (const field of FIELDS) view[field] = query.get(field)?.trim() ?? '';
  // A hand-edited link with a malformed day would be refused by the server: drop it instead.
  if (!DAY.test(view.from)) view.from = '';
  if (!DAY.test(view.to)) view.to = '';
  return view;
}

export function viewToQuery(view: LeadView): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of FIELDS) if (view[field]) query.set(field, view[field]);
  return query;
}

/** Whether the view narrows the list (the open lead does not). */
export function isFiltered(view: LeadView): boolean {
  return FIELDS.some((field) => field !== 'lead' && view[field] !== '');
}

/** The list's query: days become the instants their agency day starts (`to`: the day after it). */
export function leadQuery(view: LeadView, i18n: I18n): LeadQuery {
  return {
    q: view.q,
    status: view.status,
    source: view.source,
    assignee: view.assignee,
    from: view.from ? i18n.instant(`${view.from}T00:00`) : '',
    to: view.to ? i18n.instant(`${dayAfter(view.to)}T00:00`) : '',
  };
}

function dayAfter(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
