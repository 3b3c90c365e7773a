import type { Gateway, MetaToken } from '../api/gateway';
import { useI18n } from '../i18n/context';
import type { I18n } from '../i18n/i18n';
import { Notice, ResourceView } from '../ui/components';
import { useResource } from '../ui/use-resource';

/** Below this many days left the token is shown as a warning: meta-service announces it from 7 days on too. */
export const WARN_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TokenState =
  | { kind: 'unchecked' }
  | { kind: 'invalid'; problem: string | null }
  | { kind: 'permanent' }
  | { kind: 'valid'; until: Date }
  | { kind: 'expiring'; until: Date; daysLeft: number };

/** What to tell an admin about the token: days are whole days left, so "0" means it expires within a day. */
export function tokenState(token: MetaToken | null, now: Date): TokenState {
  if (token === null) return { kind: 'unchecked' };
  if (!token.valid) return { kind: 'invalid', problem: token.problem };
  if (token.expiresAt === null) return { kind: 'permanent' };
  const until = new Date(token.expiresAt);
  const daysLeft = Math.max(0, Math.floor((until.getTime() - now.getTime()) / DAY_MS));
  return daysLeft < WARN_DAYS ? { kind: 'expiring', until, daysLeft } : { kind: 'valid', until };
}

export function MetaTokenStatus(props: { gateway: Gateway }) {
  const { t } = useI18n();
  const token = useResource((signal) => props.gateway.metaToken(signal));
  return (
    <section class="panel" aria-labelledby="meta-token">
      <h2 id="meta-token">{t('meta.token.title')}</h2>
      <ResourceView resource={token}>{(data) => <TokenNotice token={data} />}</ResourceView>
    </section>
  );
}

const NOTICE_KINDS = {
  unchecked: 'info',
  invalid: 'error',
  permanent: 'success',
  valid: 'success',
  expiring: 'warning',
} as const;

function TokenNotice({ token }: { token: MetaToken | null }) {
  const i18n = useI18n();
  const state = tokenState(token, new Date());
  return (
    <Notice kind={NOTICE_KINDS[state.kind]}>
      <span>
        {describe(state, i18n)}
        {token && (
          <span class="muted"> · {i18n.t('meta.token.checkedAt', { time: i18n.dateTime(token.checkedAt) })}</span>
        )}
      </span>
    </Notice>
  );
}

function describe(state: TokenState, { t, tn, day }: I18n): string {
  switch (state.kind) {
    case 'unchecked':
      return t('meta.token.unchecked');
    case 'invalid':
      return state.problem === null
        ? t('meta.token.invalid')
        : t('meta.token.invalidBecause', { problem: state.problem });
    case 'permanent':
      return t('meta.token.permanent');
    case 'valid':
      return t('meta.token.validUntil', { date: day(state.until) });
    case 'expiring':
      return state.daysLeft === 0
        ? t('meta.token.expiresToday', { date: day(state.until) })
        : tn('meta.token.expiresIn', state.daysLeft, { date: day(state.until) });
  }
}
