import { useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import type { Gateway, Report } from '../api/gateway';
import { PollTimeoutError, pollUntil } from '../api/poll';
import { useI18n } from '../i18n/context';
import {
  ErrorNotice,
  Notice,
  PageHeader,
  RefreshButton,
  ResourceView,
  Spinner,
  Table,
  useUnmountSignal,
} from '../ui/components';
import { safeHref } from '../ui/safe-href';
import { useResource } from '../ui/use-resource';

type Progress =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'finished'; report: Report }
  | { kind: 'slow' }
  | { kind: 'failed'; error: unknown };

export function ReportsScreen(props: { gateway: Gateway }) {
  const i18n = useI18n();
  const { t } = i18n;
  const reports = useResource((signal) => props.gateway.reports(signal));
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const unmounted = useUnmountSignal();

  async function createReport() {
    setProgress({ kind: 'running' });
    try {
      const id = await props.gateway.createCsvReport();
      if (id === null) {
        await reports.reload();
        setProgress({ kind: 'idle' });
        return;
      }
      // The request travels through Kafka: the report shows up as pending first, then ready or failed.
      const items = await pollUntil(
        () => props.gateway.reports(unmounted),
        (list) => list.some((r) => r.id === id && r.status !== 'pending'),
        { intervalMs: 1500, timeoutMs: 120_000, signal: unmounted, onValue: reports.set },
      );
      setProgress({ kind: 'finished', report: items.find((r) => r.id === id)! });
    } catch (error) {
      if (isAbort(error)) return;
      setProgress(error instanceof PollTimeoutError ? { kind: 'slow' } : { kind: 'failed', error });
    }
  }

  const running = progress.kind === 'running';
  return (
    <>
      <PageHeader title={t('reports.title')}>
        <RefreshButton resource={reports} />
        <button type="button" class="button button-primary" onClick={createReport} disabled={running}>
          {t('reports.new')}
        </button>
      </PageHeader>
      <div aria-live="polite">
        {running && <Spinner label={t('reports.creating')} />}
        {progress.kind === 'finished' && <FinishedNotice report={progress.report} />}
        {progress.kind === 'slow' && <Notice kind="info">{t('reports.slow')}</Notice>}
      </div>
      {progress.kind === 'failed' && <ErrorNotice error={progress.error} />}
      <ResourceView resource={reports}>
        {(items) =>
          items.length === 0 ? <Notice kind="info">{t('reports.empty')}</Notice> : <ReportsTable reports={items} />
        }
      </ResourceView>
    </>
  );
}

function FinishedNotice({ report }: { report: Report }) {
  const { t, tn } = useI18n();
  if (report.status === 'failed') return <Notice kind="error">{t('reports.failed')}</Notice>;
  return (
    <Notice kind="success">
      {report.rows === null ? t('reports.ready') : t('reports.readyRows', { rows: tn('plural.rows', report.rows) })}
    </Notice>
  );
}

function ReportsTable({ reports }: { reports: Report[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table caption={t('reports.title')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.col.created')}</th>
          <th scope="col">{t('reports.col.format')}</th>
          <th scope="col">{t('reports.col.status')}</th>
          <th scope="col" class="num">
            {t('reports.col.rows')}
          </th>
          <th scope="col" class="num">
            {t('reports.col.size')}
          </th>
          <th scope="col">{t('reports.col.file')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => {
          const created = i18n.dateTime(report.createdAt);
          const href = report.status === 'ready' ? safeHref(report.downloadUrl) : undefined;
          return (
            <tr key={report.id}>
              <td class="nowrap">{created}</td>
              <td>{report.format.toUpperCase()}</td>
              <td>
                <span class="badge" data-status={report.status}>
                  {i18n.label('reports.status', report.status)}
                </span>
              </td>
              <td class="num">{report.rows === null ? '—' : i18n.number(report.rows)}</td>
              <td class="num nowrap">{report.sizeBytes === null ? '—' : i18n.bytes(report.sizeBytes)}</td>
              <td>
                {href ? (
                  <a
                    href={href}
                    download
                    rel="noopener noreferrer"
                    aria-label={t('reports.downloadLabel', { time: created })}
                  >
                    {t('reports.download')}
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
