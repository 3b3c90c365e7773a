import { useEffect, useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import type { AdAccount, Gateway, MetaStats, User } from '../api/gateway';
import { PollTimeoutError, pollUntil } from '../api/poll';
import { useI18n } from '../i18n/context';
import type { I18n } from '../i18n/i18n';
import { ErrorNotice, Notice, PageHeader, ResourceView, Spinner, Table, useUnmountSignal } from '../ui/components';
import { useResource } from '../ui/use-resource';
import { MetaTokenStatus } from './MetaTokenStatus';

type SyncState =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'done' } | { kind: 'slow' } | { kind: 'failed'; error: unknown };

/** The gateway's start of Facebook Login: it sends an admin on to the dialog. */
export const CONNECT_PATH = '/auth/facebook';

/**
 * Where to go on arriving with `?meta=connect` (the bot's "Reconnect Meta" button): an admin goes on to Facebook
 * Login, the page's address without the request, so coming back or reloading does not start again. Null otherwise.
 * The target is fixed: nothing in the address decides where the browser goes.
 */
export function connectOnArrival(location: { pathname: string; search: string; hash: string }, role: string) {
  const query = new URLSearchParams(location.search);
  if (query.get('meta') !== 'connect') return null;
  query.delete('meta');
  const rest = query.toString();
  const cleaned = location.pathname + (rest ? `?${rest}` : '') + location.hash;
  return { cleaned, next: role === 'admin' ? CONNECT_PATH : null };
}

export function MetaScreen(props: { gateway: Gateway; user: User }) {
  const { t } = useI18n();
  const admin = props.user.role === 'admin';
  useEffect(() => {
    const arrival = connectOnArrival(window.location, props.user.role);
    if (arrival === null) return;
    window.history.replaceState(null, '', arrival.cleaned);
    if (arrival.next !== null) window.location.assign(arrival.next);
  }, [props.user.role]);
  const stats = useResource((signal) => props.gateway.metaStats(signal));
  const [sync, setSync] = useState<SyncState>({ kind: 'idle' });
  const unmounted = useUnmountSignal();

  async function syncNow() {
    const before = stats.data?.syncedAt ?? null;
    setSync({ kind: 'running' });
    try {
      await props.gateway.startMetaSync();
      // The sync runs in meta-service behind Kafka; a new syncedAt is the sign that its snapshot landed.
      const fresh = await pollUntil(
        () => props.gateway.metaStats(unmounted),
        (value) => value !== null && value.syncedAt !== before,
        { intervalMs: 2000, timeoutMs: 120_000, signal: unmounted },
      );
      stats.set(fresh);
      setSync({ kind: 'done' });
    } catch (error) {
      if (isAbort(error)) return;
      setSync(error instanceof PollTimeoutError ? { kind: 'slow' } : { kind: 'failed', error });
    }
  }

  const running = sync.kind === 'running';
  return (
    <>
      <PageHeader title={t('meta.title')}>
        {admin && (
          <a class="button" href={CONNECT_PATH}>
            {t('meta.connect')}
          </a>
        )}
        <button type="button" class="button button-primary" onClick={syncNow} disabled={running || stats.loading}>
          {t('meta.syncNow')}
        </button>
      </PageHeader>
      <div aria-live="polite">
        {running && <Spinner label={t('meta.syncing')} />}
        {sync.kind === 'done' && <Notice kind="success">{t('meta.syncDone')}</Notice>}
        {sync.kind === 'slow' && <Notice kind="info">{t('meta.syncSlow')}</Notice>}
      </div>
      {sync.kind === 'failed' && <ErrorNotice error={sync.error} />}
      <MetaTokenStatus gateway={props.gateway} />
      <ResourceView resource={stats}>
        {(data) => (data === null ? <Notice kind="info">{t('meta.never')}</Notice> : <Stats stats={data} />)}
      </ResourceView>
    </>
  );
}

function Stats({ stats }: { stats: MetaStats }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  return (
    <>
      <p class="muted">
        {t('meta.syncedAt', { time: i18n.dateTime(stats.syncedAt) })} ·{' '}
        {t('meta.summary', {
          accounts: tn('plural.adAccounts', stats.totals.adAccounts),
          campaigns: tn('plural.campaigns', stats.totals.campaigns),
        })}
      </p>
      <section aria-labelledby="meta-accounts">
        <h2 id="meta-accounts">{t('meta.accounts')}</h2>
        <Table caption={t('meta.accounts')}>
          <thead>
            <tr>
              <th scope="col">{t('meta.col.account')}</th>
              <th scope="col">{t('meta.col.id')}</th>
              <th scope="col">{t('meta.col.currency')}</th>
              <th scope="col">{t('meta.col.status')}</th>
              <th scope="col" class="num">
                {t('meta.col.campaigns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.adAccounts.map((account) => (
              <tr key={account.id}>
                <td>{account.name}</td>
                <td class="mono">{account.id}</td>
                <td>{account.currency}</td>
                <td>{i18n.label('meta.accountStatus', account.accountStatus)}</td>
                <td class="num">{i18n.number(account.campaigns.length)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
      <section aria-labelledby="meta-campaigns">
        <h2 id="meta-campaigns">{t('meta.campaigns')}</h2>
        {stats.totals.campaigns === 0 ? (
          <Notice kind="info">{t('meta.noCampaigns')}</Notice>
        ) : (
          <Campaigns accounts={stats.adAccounts} />
        )}
      </section>
    </>
  );
}

function Campaigns({ accounts }: { accounts: AdAccount[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table caption={t('meta.campaigns')}>
      <thead>
        <tr>
          <th scope="col">{t('meta.col.campaign')}</th>
          <th scope="col">{t('meta.col.account')}</th>
          <th scope="col">{t('meta.col.status')}</th>
          <th scope="col">{t('meta.col.objective')}</th>
          <th scope="col" class="num">
            {t('meta.col.dailyBudget')}
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.flatMap((account) =>
          account.campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <td>{campaign.name}</td>
              <td>{account.name}</td>
              <td>
                <span class="badge" data-status={campaign.status.toLowerCase()}>
                  {i18n.label('meta.campaignStatus', campaign.status)}
                </span>
              </td>
              <td class="mono">{campaign.objective ?? '—'}</td>
              <td class="num nowrap">{budget(campaign.dailyBudget, account.currency, i18n)}</td>
            </tr>
          )),
        )}
      </tbody>
    </Table>
  );
}

// Graph API budgets are integers in the currency's minor units (cents, kopecks), hence the scaling.
function budget(value: number | string | null, currency: string, i18n: I18n): string {
  const minor = value === null || value === '' ? Number.NaN : Number(value);
  return Number.isFinite(minor) ? i18n.money(minor, currency, { minorUnits: true }) : '—';
}
