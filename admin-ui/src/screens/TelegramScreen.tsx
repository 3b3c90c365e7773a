import { useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import {
  BOT_ROLES,
  INVITE_TTL_HOURS,
  type BotRole,
  type BotUser,
  type Gateway,
  type Invite,
  type InviteTtlHours,
  type IssuedInvite,
} from '../api/gateway';
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

/** Admin role only: the bot's users (role, active) and the invite links that register new ones. */
export function TelegramScreen(props: { gateway: Gateway }) {
  const i18n = useI18n();
  const { t } = i18n;
  const invites = useResource((signal) => props.gateway.invites(signal));
  const [issued, setIssued] = useState<IssuedInvite>();
  const revoking = useAction();
  // Remounting the users list is its refresh: it starts again from the first page.
  const [usersGeneration, setUsersGeneration] = useState(0);
  const refreshAll = {
    loading: invites.loading,
    reload: () => {
      setUsersGeneration((generation) => generation + 1);
      return invites.reload();
    },
  };

  // Writes are accepted (202) and applied by telegram-service shortly after: the screen shows them at once
  // (hidden, or added) until a re-read agrees.
  const [revoked, setRevoked] = useState<ReadonlySet<string>>(new Set());
  const [added, setAdded] = useState<Invite[]>([]);

  async function revoke(invite: Invite) {
    if (!confirm(t('telegram.invite.revokeConfirm'))) return;
    await revoking.run(async () => {
      await props.gateway.revokeInvite(invite.id);
      setRevoked((current) => new Set([...current, invite.id]));
      await invites.reload();
    });
  }

  function shown(items: Invite[]): Invite[] {
    const listed = new Set(items.map((item) => item.id));
    return [...items, ...added.filter((item) => !listed.has(item.id))].filter((item) => !revoked.has(item.id));
  }

  return (
    <>
      <PageHeader title={t('telegram.title')}>
        <RefreshButton resource={refreshAll} />
      </PageHeader>
      {issued ? (
        // The link holds the invite token, which the server keeps no readable copy of.
        <OneTimeSecret
          secret={issued.link}
          title="telegram.invite.linkTitle"
          hint={t('telegram.invite.linkHint', { time: i18n.dateTime(issued.expiresAt) })}
          texts="telegram.invite"
          onDone={() => setIssued(undefined)}
        />
      ) : (
        <NewInviteForm
          gateway={props.gateway}
          onCreated={(invite) => {
            setIssued(invite);
            const { id, role, expiresAt, createdBy } = invite;
            setAdded((current) => [...current, { id, role, expiresAt, createdBy }]);
          }}
        />
      )}
      <section aria-labelledby="invites-title">
        <h2 id="invites-title">{t('telegram.invites')}</h2>
        {revoking.error !== undefined && <ErrorNotice error={revoking.error} fallback="telegram.invite.revokeFailed" />}
        <ResourceView resource={invites}>
          {(items) =>
            shown(items).length === 0 ? (
              <Notice kind="info">{t('telegram.invitesEmpty')}</Notice>
            ) : (
              <InvitesTable invites={shown(items)} onRevoke={revoke} />
            )
          }
        </ResourceView>
      </section>
      <BotUsers key={usersGeneration} gateway={props.gateway} />
    </>
  );
}

function NewInviteForm(props: { gateway: Gateway; onCreated: (invite: IssuedInvite) => void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<BotRole>('client');
  const [ttl, setTtl] = useState<InviteTtlHours>(168);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      props.onCreated(await props.gateway.createInvite(role, ttl));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel form" onSubmit={submit} aria-labelledby="new-invite-title">
      <h2 id="new-invite-title">{t('telegram.invite.new')}</h2>
      {error !== undefined && <ErrorNotice error={error} fallback="telegram.invite.createFailed" />}
      <label class="field">
        <span>{t('telegram.invite.role')}</span>
        <select name="role" value={role} onChange={(e) => setRole(e.currentTarget.value as BotRole)}>
          <RoleOptions />
        </select>
      </label>
      <label class="field">
        <span>{t('telegram.invite.ttl')}</span>
        <select name="ttl" value={ttl} onChange={(e) => setTtl(Number(e.currentTarget.value) as InviteTtlHours)}>
          {INVITE_TTL_HOURS.map((hours) => (
            <option key={hours} value={hours}>
              {t(`telegram.invite.ttl.${hours}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? t('telegram.invite.creating') : t('telegram.invite.create')}
      </button>
    </form>
  );
}

function InvitesTable(props: { invites: Invite[]; onRevoke: (invite: Invite) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table caption={t('telegram.invites')}>
      <thead>
        <tr>
          <th scope="col">{t('telegram.invites.col.role')}</th>
          <th scope="col">{t('telegram.invites.col.expires')}</th>
          <th scope="col">{t('telegram.invites.col.createdBy')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('telegram.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.invites.map((invite) => (
          <tr key={invite.id}>
            <td>{i18n.label('telegram.role', invite.role)}</td>
            <td class="nowrap">{i18n.dateTime(invite.expiresAt)}</td>
            <td>{invite.createdBy}</td>
            <td>
              <button type="button" class="button button-small" onClick={() => props.onRevoke(invite)}>
                {t('telegram.invite.revoke')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The bot's users a page at a time; "More" follows the server's cursor, changes replace the row in place. */
function BotUsers(props: { gateway: Gateway }) {
  const { t } = useI18n();
  const [pages, setPages] = useState<{ items: BotUser[]; next: string | null }>({ items: [], next: null });
  const first = useResource(async (signal) => {
    const page = await props.gateway.botUsers(null, signal);
    setPages({ items: page.items, next: page.nextCursor });
    return page;
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();

  async function more() {
    if (pages.next === null) return;
    setLoadingMore(true);
    setError(undefined);
    try {
      const page = await props.gateway.botUsers(pages.next);
      setPages((current) => ({ items: [...current.items, ...page.items], next: page.nextCursor }));
    } catch (failure) {
      if (!isAbort(failure)) setError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  // Accepted (202), not yet applied: the row shows the change at once, as telegram-service will make it.
  async function update(id: string, change: { role?: BotRole; active?: boolean }) {
    setError(undefined);
    try {
      await props.gateway.updateBotUser(id, change);
      setPages((current) => ({ ...current, items: current.items.map((u) => (u.id === id ? { ...u, ...change } : u)) }));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section aria-labelledby="bot-users-title">
      <h2 id="bot-users-title">{t('telegram.users')}</h2>
      {error !== undefined && <ErrorNotice error={error} fallback="telegram.updateFailed" />}
      <ResourceView resource={first}>
        {() =>
          pages.items.length === 0 ? (
            <Notice kind="info">{t('telegram.usersEmpty')}</Notice>
          ) : (
            <BotUsersTable users={pages.items} onUpdate={update} />
          )
        }
      </ResourceView>
      {loadingMore && <Spinner />}
      {pages.next !== null && !loadingMore && (
        <button type="button" class="button" onClick={more}>
          {t('telegram.more')}
        </button>
      )}
    </section>
  );
}

function BotUsersTable(props: {
  users: BotUser[];
  onUpdate: (id: string, change: { role?: BotRole; active?: boolean }) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table caption={t('telegram.users')}>
      <thead>
        <tr>
          <th scope="col">{t('telegram.col.name')}</th>
          <th scope="col">{t('telegram.col.username')}</th>
          <th scope="col">{t('telegram.col.language')}</th>
          <th scope="col">{t('telegram.col.role')}</th>
          <th scope="col">{t('telegram.col.state')}</th>
          <th scope="col">{t('telegram.col.registered')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('telegram.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((user) => {
          const name = displayName(user);
          return (
            <tr key={user.id}>
              <td>{name}</td>
              <td>{user.username ? `@${user.username}` : '—'}</td>
              <td>{i18n.label('telegram.language', user.language)}</td>
              <td>
                <select
                  value={user.role}
                  aria-label={t('telegram.roleLabel', { name })}
                  onChange={(e) => props.onUpdate(user.id, { role: e.currentTarget.value as BotRole })}
                >
                  <RoleOptions />
                </select>
              </td>
              <td>
                <span class="badge" data-status={user.active ? 'active' : 'failed'}>
                  {t(user.active ? 'telegram.state.active' : 'telegram.state.inactive')}
                </span>
              </td>
              <td class="nowrap">{i18n.dateTime(user.registeredAt)}</td>
              <td>
                <button
                  type="button"
                  class="button button-small"
                  onClick={() => props.onUpdate(user.id, { active: !user.active })}
                >
                  {t(user.active ? 'telegram.deactivate' : 'telegram.activate')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function RoleOptions() {
  const i18n = useI18n();
  return (
    <>
      {BOT_ROLES.map((role) => (
        <option key={role} value={role}>
          {i18n.label('telegram.role', role)}
        </option>
      ))}
    </>
  );
}

/** First and last name as Telegram has them; the id when the user gave neither. */
export function displayName(user: Pick<BotUser, 'id' | 'firstName' | 'lastName'>): string {
  const name = [user.firstName, user.lastName].filter((part) => part !== null && part.trim() !== '').join(' ');
  return name === '' ? user.id : name;
}
