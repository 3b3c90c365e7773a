import { useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import { SCOPES, type ApiKey, type ApiKeyUse, type Gateway, type IssuedApiKey, type Scope } from '../api/gateway';
import { useI18n } from '../i18n/context';
import {
  ErrorNotice,
  Notice,
  OneTimeSecret,
  PageHeader,
  RefreshButton,
  ResourceView,
  Spinner,
  Table,
} from '../ui/components';
import { useAction } from '../ui/use-action';
import { useResource } from '../ui/use-resource';

export function ApiKeysScreen(props: { gateway: Gateway }) {
  const { t } = useI18n();
  const keys = useResource((signal) => props.gateway.apiKeys(signal));
  const [issued, setIssued] = useState<IssuedApiKey>();
  const [usageOf, setUsageOf] = useState<string>();
  const revoking = useAction();

  async function revoke(key: ApiKey) {
    if (!confirm(t('keys.revokeConfirm', { prefix: key.prefix }))) return;
    await revoking.run(async () => {
      await props.gateway.revokeApiKey(key.prefix);
      await keys.reload();
    });
  }

  return (
    <>
      <PageHeader title={t('keys.title')}>
        <RefreshButton resource={keys} />
      </PageHeader>
      {issued ? (
        <OneTimeSecret
          secret={issued.key}
          title="keys.secretTitle"
          hint={t('keys.secretHint')}
          texts="keys"
          onDone={() => setIssued(undefined)}
        />
      ) : (
        <NewKeyForm
          gateway={props.gateway}
          onCreated={(key) => {
            setIssued(key);
            void keys.reload();
          }}
        />
      )}
      {revoking.error !== undefined && <ErrorNotice error={revoking.error} fallback="keys.revokeFailed" />}
      <ResourceView resource={keys}>
        {(items) =>
          items.length === 0 ? (
            <Notice kind="info">{t('keys.empty')}</Notice>
          ) : (
            <KeysTable keys={items} onRevoke={revoke} onUsage={setUsageOf} />
          )
        }
      </ResourceView>
      {usageOf && (
        <UsageLog key={usageOf} gateway={props.gateway} prefix={usageOf} onClose={() => setUsageOf(undefined)} />
      )}
    </>
  );
}

function NewKeyForm(props: { gateway: Gateway; onCreated: (key: IssuedApiKey) => void }) {
  const { t, instant } = useI18n();
  const [label, setLabel] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [expires, setExpires] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  function toggle(scope: Scope, on: boolean) {
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (scopes.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      // datetime-local is a wall-clock time, read in the agency's zone like every time the UI shows.
      const expiresAt = expires === '' ? null : instant(expires);
      props.onCreated(await props.gateway.createApiKey({ label: label.trim(), scopes, expiresAt }));
      setLabel('');
      setScopes([]);
      setExpires('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel form" onSubmit={submit} aria-labelledby="new-key-title">
      <h2 id="new-key-title">{t('keys.new')}</h2>
      {error !== undefined && <ErrorNotice error={error} fallback="keys.createFailed" />}
      <label class="field">
        <span>{t('keys.label')}</span>
        <input
          required
          maxLength={100}
          value={label}
          placeholder={t('keys.labelHint')}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
      </label>
      <fieldset class="field">
        <legend>{t('keys.scopes')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope} class="checkbox">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) => toggle(scope, e.currentTarget.checked)}
            />
            <code>{scope}</code>
          </label>
        ))}
        {scopes.length === 0 && <small class="muted">{t('keys.noScope')}</small>}
      </fieldset>
      <label class="field">
        <span>{t('keys.expiresAt')}</span>
        <input type="datetime-local" value={expires} onInput={(e) => setExpires(e.currentTarget.value)} />
        <small class="muted">{t('keys.expiresHint')}</small>
      </label>
      <button type="submit" class="button button-primary" disabled={busy || scopes.length === 0}>
        {busy ? t('keys.creating') : t('keys.create')}
      </button>
    </form>
  );
}

function keyState(key: ApiKey): 'active' | 'revoked' | 'expired' {
  if (key.revoked) return 'revoked';
  return key.expiresAt !== null && new Date(key.expiresAt).getTime() <= Date.now() ? 'expired' : 'active';
}

function KeysTable(props: { keys: ApiKey[]; onRevoke: (key: ApiKey) => void; onUsage: (prefix: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table caption={t('keys.title')}>
      <thead>
        <tr>
          <th scope="col">{t('keys.col.prefix')}</th>
          <th scope="col">{t('keys.col.label')}</th>
          <th scope="col">{t('keys.col.scopes')}</th>
          <th scope="col">{t('keys.col.created')}</th>
          <th scope="col">{t('keys.col.expires')}</th>
          <th scope="col">{t('keys.col.lastUsed')}</th>
          <th scope="col" class="num">
            {t('keys.col.uses')}
          </th>
          <th scope="col">{t('keys.col.state')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('admins.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.keys.map((key) => {
          const state = keyState(key);
          return (
            <tr key={key.prefix}>
              <td>
                <code>{key.prefix}</code>
              </td>
              <td>{key.label}</td>
              <td>{key.scopes.join(', ')}</td>
              <td class="nowrap">{i18n.dateTime(key.createdAt)}</td>
              <td class="nowrap">{key.expiresAt === null ? t('keys.never') : i18n.dateTime(key.expiresAt)}</td>
              <td class="nowrap">{key.lastUsedAt === null ? t('keys.never') : i18n.dateTime(key.lastUsedAt)}</td>
              <td class="num">{i18n.number(key.useCount)}</td>
              <td>
                <span class="badge" data-status={state === 'active' ? 'active' : 'failed'}>
                  {t(`keys.state.${state}`)}
                </span>
              </td>
              <td class="nowrap">
                <button type="button" class="button button-small" onClick={() => props.onUsage(key.prefix)}>
                  {t('keys.usage')}
                </button>{' '}
                {!key.revoked && (
                  <button type="button" class="button button-small" onClick={() => props.onRevoke(key)}>
                    {t('keys.revoke')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The key's uses newest first, one page at a time; "Older" follows the server's cursor. */
function UsageLog(props: { gateway: Gateway; prefix: string; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [pages, setPages] = useState<{ items: ApiKeyUse[]; next: string | null }>({ items: [], next: null });
  const first = useResource(async (signal) => {
    const page = await props.gateway.apiKeyUsage(props.prefix, null, signal);
    setPages({ items: page.items, next: page.nextCursor });
    return page;
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();

  async function older() {
    if (pages.next === null) return;
    setLoadingMore(true);
    try {
      const page = await props.gateway.apiKeyUsage(props.prefix, pages.next);
      setPages((current) => ({ items: [...current.items, ...page.items], next: page.nextCursor }));
    } catch (failure) {
      if (!isAbort(failure)) setError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="usage-title">
      <div class="page-header">
        <h2 id="usage-title">{t('keys.usageTitle', { prefix: props.prefix })}</h2>
        <button type="button" class="button button-small" onClick={props.onClose}>
          {t('keys.usageClose')}
        </button>
      </div>
      <ResourceView resource={first}>
        {() =>
          pages.items.length === 0 ? (
            <Notice kind="info">{t('keys.usageEmpty')}</Notice>
          ) : (
            <Table caption={t('keys.usageTitle', { prefix: props.prefix })}>
              <thead>
                <tr>
                  <th scope="col">{t('keys.usage.col.at')}</th>
                  <th scope="col">{t('keys.usage.col.request')}</th>
                  <th scope="col" class="num">
                    {t('keys.usage.col.status')}
                  </th>
                  <th scope="col">{t('keys.usage.col.ip')}</th>
                </tr>
              </thead>
              <tbody>
                {pages.items.map((use) => (
                  <tr key={use.id}>
                    <td class="nowrap">{i18n.dateTime(use.at)}</td>
                    <td>
                      <code>
                        {use.method} {use.path}
                      </code>
                    </td>
                    <td class="num">{use.status}</td>
                    <td>{use.clientIp}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </ResourceView>
      {error !== undefined && <ErrorNotice error={error} />}
      {loadingMore && <Spinner />}
      {pages.next !== null && !loadingMore && (
        <button type="button" class="button" onClick={older}>
          {t('keys.usageOlder')}
        </button>
      )}
    </section>
  );
}
