import type { Gateway, Lead } from '../api/gateway';
import { useI18n } from '../i18n/context';
import { Notice, PageHeader, RefreshButton, ResourceView, Table, UpdatedAt } from '../ui/components';
import { useResource } from '../ui/use-resource';

export function LeadsScreen(props: { gateway: Gateway }) {
  const { t } = useI18n();
  const leads = useResource((signal) => props.gateway.leads(signal));
  return (
    <>
      <PageHeader title={t('leads.title')}>
        <UpdatedAt at={leads.loadedAt} />
        <RefreshButton resource={leads} />
      </PageHeader>
      <ResourceView resource={leads}>
        {(items) =>
          items.length === 0 ? <Notice kind="info">{t('leads.empty')}</Notice> : <LeadsTable leads={items} />
        }
      </ResourceView>
    </>
  );
}

function LeadsTable({ leads }: { leads: Lead[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const summary = t('leads.summary', { leads: i18n.tn('plural.leads', leads.length) });
  return (
    <>
      <p class="muted">{summary}</p>
      <Table caption={summary}>
        <thead>
          <tr>
            <th scope="col">{t('leads.col.created')}</th>
            <th scope="col">{t('leads.col.name')}</th>
            <th scope="col">{t('leads.col.phone')}</th>
            <th scope="col">{t('leads.col.email')}</th>
            <th scope="col">{t('leads.col.source')}</th>
            <th scope="col">{t('leads.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td class="nowrap">{i18n.dateTime(lead.createdAt)}</td>
              <td>{lead.name || '—'}</td>
              <td class="nowrap">
                {lead.phone ? <a href={`tel:${lead.phone.replace(/[^\d+]/g, '')}`}>{lead.phone}</a> : '—'}
              </td>
              <td>{lead.email ? <EmailLink email={lead.email} /> : '—'}</td>
              <td>{i18n.label('leads.source', lead.source)}</td>
              <td>
                <span class="badge" data-status={lead.status}>
                  {i18n.label('leads.status', lead.status)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

// Only a plain address becomes a mailto link: "?" or "#" in stored data must not add headers to the mail.
const PLAIN_EMAIL = /^[^\s@?#&]+@[^\s@?#&]+$/;

function EmailLink({ email }: { email: string }) {
  return PLAIN_EMAIL.test(email) ? <a href={`mailto:${email}`}>{email}</a> : <>{email}</>;
}
