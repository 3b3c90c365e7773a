import type { ComponentChildren } from 'preact';
import type { Dashboard, Gateway } from '../api/gateway';
import { useI18n } from '../i18n/context';
import { PageHeader, ResourceView, UpdatedAt } from '../ui/components';
import { useResource } from '../ui/use-resource';

const REFRESH_SECONDS = 15;

export function DashboardScreen(props: { gateway: Gateway }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const dashboard = useResource((signal) => props.gateway.dashboard(signal), REFRESH_SECONDS * 1000);

  return (
    <>
      <PageHeader title={t('dashboard.title')}>
        <span class="muted">{tn('dashboard.autoRefresh', REFRESH_SECONDS)}</span>
        <UpdatedAt at={dashboard.loadedAt} />
      </PageHeader>
      <ResourceView resource={dashboard}>{(data) => <Cards data={data} />}</ResourceView>
    </>
  );
}

const NO_VALUE = '—';

function Cards({ data }: { data: Dashboard }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const figure = (value: number | null) => (value === null ? NO_VALUE : i18n.number(value));
  return (
    <>
      {data.unavailable.length > 0 && (
        <p class="notice" role="status">
          {t('dashboard.unavailable', { services: data.unavailable.join(', ') })}
        </p>
      )}
      <div class="cards">
        <Card title={t('dashboard.leads')} value={figure(data.leads.total)} href="#/leads">
          {data.leads.today === null ? NO_VALUE : tn('dashboard.leadsToday', data.leads.today)}
        </Card>
        <Card title={t('dashboard.reports')} value={figure(data.reports.total)} href="#/reports">
          {t('dashboard.reportsHint')}
        </Card>
        <Card
          title={t('dashboard.meta')}
          value={
            data.meta.syncedAt && data.meta.campaigns !== null ? tn('plural.campaigns', data.meta.campaigns) : NO_VALUE
          }
          href="#/meta"
        >
          {data.meta.syncedAt && data.meta.adAccounts !== null ? (
            <>
              {tn('plural.adAccounts', data.meta.adAccounts)}
              <br />
              {t('dashboard.metaSyncedAt', { time: i18n.dateTime(data.meta.syncedAt) })}
            </>
          ) : (
            t('dashboard.metaNever')
          )}
        </Card>
      </div>
    </>
  );
}

function Card(props: { title: string; value: string; href: string; children: ComponentChildren }) {
  return (
    <a class="card" href={props.href}>
      <h2 class="card-title">{props.title}</h2>
      <p class="card-value">{props.value}</p>
      <p class="card-hint">{props.children}</p>
    </a>
  );
}
