import { useState } from 'preact/hooks';
import { ROLES, type AdminAccount, type Gateway, type Role, type User } from '../api/gateway';
import { useI18n } from '../i18n/context';
import { ErrorNotice, Notice, PageHeader, RefreshButton, ResourceView, Table } from '../ui/components';
import { useAction } from '../ui/use-action';
import { useResource } from '../ui/use-resource';
import { MIN_PASSWORD_LENGTH } from './ChangePasswordScreen';

/** Admin role only: create accounts, change roles, disable and enable them. */
export function AdminsScreen(props: { gateway: Gateway; user: User }) {
  const { t } = useI18n();
  const admins = useResource((signal) => props.gateway.admins(signal));
  const updating = useAction();

  async function update(username: string, change: { role?: Role; enabled?: boolean }) {
    await updating.run(async () => {
      const updated = await props.gateway.updateAdmin(username, change);
      admins.set((admins.data ?? []).map((a) => (a.username === updated.username ? updated : a)));
    });
  }

  return (
    <>
      <PageHeader title={t('admins.title')}>
        <RefreshButton resource={admins} />
      </PageHeader>
      <NewAdminForm gateway={props.gateway} onCreated={() => void admins.reload()} />
      {updating.error !== undefined && <ErrorNotice error={updating.error} fallback="admins.updateFailed" />}
      <ResourceView resource={admins}>
        {(items) =>
          items.length === 0 ? (
            <Notice kind="info">{t('admins.empty')}</Notice>
          ) : (
            <AdminsTable admins={items} self={props.user.username} onUpdate={update} />
          )
        }
      </ResourceView>
    </>
  );
}

function NewAdminForm(props: { gateway: Gateway; onCreated: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<string>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    try {
      const account = await props.gateway.createAdmin(username.trim(), role, password);
      setCreated(account.username);
      setUsername('');
      setPassword('');
      props.onCreated();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel form" method="post" onSubmit={submit} aria-labelledby="new-admin-title">
      <h2 id="new-admin-title">{t('admins.new')}</h2>
      {error !== undefined && <ErrorNotice error={error} fallback="admins.createFailed" />}
      {created !== undefined && <Notice kind="success">{t('admins.created', { username: created })}</Notice>}
      <label class="field">
        <span>{t('admins.username')}</span>
        <input
          required
          autoComplete="off"
          pattern="[a-z0-9][a-z0-9._\-]{0,63}"
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('admins.role')}</span>
        <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {i18n.label('admins.role', r)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('admins.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <small class="muted">{t('admins.passwordHint')}</small>
      </label>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? t('admins.creating') : t('admins.create')}
      </button>
    </form>
  );
}

function AdminsTable(props: {
  admins: AdminAccount[];
  self: string;
  onUpdate: (username: string, change: { role?: Role; enabled?: boolean }) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table caption={t('admins.title')}>
      <thead>
        <tr>
          <th scope="col">{t('admins.col.username')}</th>
          <th scope="col">{t('admins.col.role')}</th>
          <th scope="col">{t('admins.col.created')}</th>
          <th scope="col">{t('admins.col.state')}</th>
          <th scope="col">{t('admins.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.admins.map((admin) => {
          // The gateway refuses changes to one's own account: no way to lock oneself out.
          const self = admin.username === props.self;
          return (
            <tr key={admin.username}>
              <td>
                {admin.username}
                {self && <span class="muted"> ({t('admins.you')})</span>}
              </td>
              <td>
                <select
                  value={admin.role}
                  disabled={self}
                  aria-label={t('admins.roleLabel', { username: admin.username })}
                  onChange={(e) => props.onUpdate(admin.username, { role: e.currentTarget.value as Role })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {i18n.label('admins.role', r)}
                    </option>
                  ))}
                </select>
              </td>
              <td class="nowrap">{i18n.dateTime(admin.createdAt)}</td>
              <td>
                <span class="badge" data-status={admin.enabled ? 'active' : 'failed'}>
                  {t(admin.enabled ? 'admins.state.enabled' : 'admins.state.disabled')}
                </span>
                {admin.mustChangePassword && <span class="muted"> · {t('admins.state.mustChange')}</span>}
              </td>
              <td>
                {!self && (
                  <button
                    type="button"
                    class="button button-small"
                    onClick={() => props.onUpdate(admin.username, { enabled: !admin.enabled })}
                  >
                    {t(admin.enabled ? 'admins.disable' : 'admins.enable')}
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
