import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import { LEAD_SOURCES, LEAD_STATUSES, type Gateway, type Lead, type User } from '../api/gateway';
import { useI18n } from '../i18n/context';
import { ErrorNotice, Notice, PageHeader, RefreshButton, Spinner, Table, UpdatedAt } from '../ui/components';
import { formatPhone, phoneHref, usePhoneFormat } from '../ui/phone';
import { replaceRouteQuery, routeQuery } from '../ui/routing';
import { useResource } from '../ui/use-resource';
import { LeadDrawer, REREAD_AFTER_MS } from './LeadDrawer';
import { EmailLink, EnumSelect, leadLabel, mayWrite } from './lead-parts';
import { EMPTY_VIEW, isFiltered, leadQuery, viewFromQuery, viewToQuery, type LeadView } from './lead-view';
import { NewLeadForm } from './NewLeadForm';

interface Listing {
  items: Lead[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  loadedAt: Date | undefined;
}

const EMPTY_LISTING: Listing = { items: [], nextCursor: null, loading: true, error: undefined, loadedAt: undefined };

/**
 * The leads workspace: the whole list page by page, searched and filtered, the view kept in the link; a lead
 * opens in a drawer to be worked in place; new leads are added from here.
 */
export function LeadsScreen(props: { gateway: Gateway; user: User }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<LeadView>(() => viewFromQuery(routeQuery()));
  const [listing, setListing] = useState<Listing>(EMPTY_LISTING);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const [reloads, setReloads] = useState(0);
  const stats = useResource((signal) => props.gateway.leadStats(signal));
  const { q, status, source, assignee, from, to } = view;
  // Opening a lead in the drawer changes the view but not the list's query.
  const query = useMemo(
    () => leadQuery({ ...EMPTY_VIEW, q, status, source, assignee, from, to }, i18n),
    [q, status, source, assignee, from, to, i18n],
  );
  const loading = useRef<AbortController | null>(null);

  useEffect(() => replaceRouteQuery('leads', viewToQuery(view)), [view]);
  // A link followed while the screen is open (the menu's "Leads", a shared view pasted) sets the view.
  useEffect(() => {
    const onChange = () => setView(viewFromQuery(routeQuery()));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);

  async function load(cursor: string | null) {
    loading.current?.abort();
    const controller = new AbortController();
    loading.current = controller;
    setListing((current) => ({ ...current, loading: true, error: undefined }));
    try {
      const page = await props.gateway.leadPage(query, cursor, controller.signal);
      setListing((current) => ({
        items: cursor === null ? page.items : [...current.items, ...page.items],
        nextCursor: page.nextCursor,
        loading: false,
        error: undefined,
        loadedAt: new Date(),
      }));
    } catch (error) {
      if (!isAbort(error)) setListing((current) => ({ ...current, loading: false, error }));
    }
  }

  // A new view starts from its first page; the drawer's lead is not part of the list's query.
  useEffect(() => {
    void load(null);
    return () => loading.current?.abort();
  }, [query, reloads]);

  function change(next: Partial<LeadView>) {
    setView((current) => ({ ...current, ...next }));
  }

  function reload() {
    setReloads((n) => n + 1);
    void stats.reload();
  }

  /** A lead the drawer changed (optimistically or for good) replaces its row. */
  function replaceLead(lead: Lead) {
    setListing((current) => ({ ...current, items: current.items.map((each) => (each.id === lead.id ? lead : each)) }));
  }

  function erased(id: string) {
    setListing((current) => ({ ...current, items: current.items.filter((each) => each.id !== id) }));
    change({ lead: '' });
  }

  const filtered = isFiltered(view);
  const total = stats.data?.total;
  const shown = i18n.number(listing.items.length);
  return (
    <>
      <PageHeader title={t('leads.title')}>
        <UpdatedAt at={listing.loadedAt} />
        {mayWrite(props.user) && (
          <button
            type="button"
            class="button button-primary"
            onClick={() => {
              setAdding(!adding);
              setAdded(false);
            }}
            aria-expanded={adding}
          >
            {t('leads.add')}
          </button>
        )}
        <RefreshButton resource={{ reload: async () => reload(), loading: listing.loading }} />
      </PageHeader>
      {adding && (
        <NewLeadForm
          gateway={props.gateway}
          onDone={(isAdded) => {
            setAdding(false);
            setAdded(isAdded);
            // Accepted, not yet stored: leads-service lists the lead a moment later.
            if (isAdded) setTimeout(reload, REREAD_AFTER_MS);
          }}
        />
      )}
      {added && <Notice kind="success">{t('leads.new.accepted')}</Notice>}
      <Filters view={view} onChange={change} />
      {listing.error !== undefined && <ErrorNotice error={listing.error} onRetry={() => void load(null)} />}
      {listing.loadedAt === undefined && listing.loading ? (
        <Spinner />
      ) : listing.items.length === 0 ? (
        listing.loadedAt !== undefined && (
          <Notice kind="info">{filtered ? t('leads.noMatch') : t('leads.empty')}</Notice>
        )
      ) : (
        <>
          <p class="muted" aria-live="polite">
            {total === undefined || filtered
              ? t('leads.shown', { shown })
              : t('leads.shownOfTotal', { shown, total: i18n.number(total) })}
          </p>
          <LeadsTable leads={listing.items} onOpen={(lead) => change({ lead: lead.id })} />
          {listing.nextCursor !== null && (
            <p>
              <button
                type="button"
                class="button"
                disabled={listing.loading}
                onClick={() => void load(listing.nextCursor)}
              >
                {listing.loading ? t('leads.loadingMore') : t('leads.more')}
              </button>
            </p>
          )}
        </>
      )}
      {view.lead && (
        <LeadDrawer
          key={view.lead}
          id={view.lead}
          gateway={props.gateway}
          user={props.user}
          listed={listing.items.find((lead) => lead.id === view.lead)}
          onOpen={(id) => change({ lead: id })}
          onChange={replaceLead}
          onErased={erased}
          onClose={() => change({ lead: '' })}
        />
      )}
    </>
  );
}

function Filters(props: { view: LeadView; onChange: (next: Partial<LeadView>) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [typed, setTyped] = useState(props.view.q);
  const [assignee, setAssignee] = useState(props.view.assignee);
  useEffect(() => setTyped(props.view.q), [props.view.q]);
  useEffect(() => setAssignee(props.view.assignee), [props.view.assignee]);

  return (
    <section class="lead-filters" aria-label={t('leads.filters')}>
      <form
        class="lead-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          props.onChange({ q: typed.trim(), assignee: assignee.trim() });
        }}
      >
        <label class="field lead-search-box">
          <span>{t('leads.search.label')}</span>
          <input
            type="search"
            name="q"
            value={typed}
            placeholder={t('leads.search.placeholder')}
            maxLength={200}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('leads.filter.assignee')}</span>
          <input
            name="assignee"
            value={assignee}
            maxLength={200}
            onInput={(event) => setAssignee(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button button-primary">
          {t('leads.search.submit')}
        </button>
      </form>
      <div class="lead-filter-row">
        <EnumSelect
          name="status"
          label={t('leads.filter.status')}
          value={props.view.status}
          values={LEAD_STATUSES}
          labels="leads.status"
          any={t('leads.filter.any')}
          onChange={(status) => props.onChange({ status })}
        />
        <EnumSelect
          name="source"
          label={t('leads.filter.source')}
          value={props.view.source}
          values={LEAD_SOURCES}
          labels="leads.source"
          any={t('leads.filter.any')}
          onChange={(source) => props.onChange({ source })}
        />
        <label class="field">
          <span>{t('leads.filter.from')}</span>
          <input
            type="date"
            name="from"
            value={props.view.from}
            onChange={(event) => props.onChange({ from: event.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t('leads.filter.to')}</span>
          <input
            type="date"
            name="to"
            value={props.view.to}
            onChange={(event) => props.onChange({ to: event.currentTarget.value })}
          />
        </label>
        {isFiltered(props.view) && (
          <button type="button" class="button" onClick={() => props.onChange({ ...EMPTY_VIEW, lead: props.view.lead })}>
            {t('leads.filter.reset')}
          </button>
        )}
      </div>
    </section>
  );
}

function LeadsTable({ leads, onOpen }: { leads: Lead[]; onOpen: (lead: Lead) => void }) {
  usePhoneFormat();
  const i18n = useI18n();
  const { t } = i18n;
  const summary = t('leads.summary', { leads: i18n.tn('plural.leads', leads.length) });
  const columns = {
    number: t('leads.col.number'),
    created: t('leads.col.created'),
    name: t('leads.col.name'),
    phone: t('leads.col.phone'),
    email: t('leads.col.email'),
    source: t('leads.col.source'),
    status: t('leads.col.status'),
    assignee: t('leads.col.assignee'),
  };
  return (
    <Table caption={summary}>
      <thead>
        <tr>
          {Object.values(columns).map((title) => (
            <th key={title} scope="col">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="lead-rows">
        {leads.map((lead) => (
          <tr key={lead.id}>
            <td class="nowrap" data-label={columns.number}>
              <button
                type="button"
                class="link-button"
                aria-label={t('leads.open', { lead: leadLabel(lead, t) })}
                onClick={() => onOpen(lead)}
              >
                {leadLabel(lead, t)}
              </button>
            </td>
            <td class="nowrap" data-label={columns.created}>
              {i18n.dateTime(lead.createdAt)}
            </td>
            <td data-label={columns.name}>
              <button type="button" class="link-button" onClick={() => onOpen(lead)}>
                {lead.name || '—'}
              </button>
            </td>
            <td class="nowrap" data-label={columns.phone}>
              {lead.phone ? <a href={phoneHref(lead.phone)}>{formatPhone(lead.phone)}</a> : '—'}
            </td>
            <td class="break" data-label={columns.email}>
              {lead.email ? <EmailLink email={lead.email} /> : '—'}
            </td>
            <td data-label={columns.source}>{i18n.label('leads.source', lead.source)}</td>
            <td data-label={columns.status}>
              <span class="badge" data-status={lead.status}>
                {i18n.label('leads.status', lead.status)}
              </span>
            </td>
            <td data-label={columns.assignee}>{lead.assignee || '—'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
