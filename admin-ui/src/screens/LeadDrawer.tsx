import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import { LEAD_STATUSES, type Gateway, type Lead, type LeadChange, type User } from '../api/gateway';
import { useI18n } from '../i18n/context';
import type { TextKey } from '../i18n/i18n';
import { ErrorNotice, Notice, Spinner } from '../ui/components';
import { formatPhone, phoneHref, usePhoneFormat } from '../ui/phone';
import { EmailLink, EnumSelect, leadLabel, mayWrite } from './lead-parts';

/** How long after an accepted change the lead is read again, to show what leads-service made of it. */
export const REREAD_AFTER_MS = 1500;

/** How many times it is read before the change is taken as still on its way. */
const REREADS = 5;

/** Whether the lead as read shows every field of the change. */
function applied(lead: Lead, change: LeadChange): boolean {
  return Object.entries(change).every(([field, value]) => lead[field as keyof LeadChange] === value);
}

/**
 * One lead with everything known about it, worked in place: status, assignee and comment change at once on
 * screen and go back to what they were, with the reason, when the gateway refuses the change.
 */
export function LeadDrawer(props: {
  id: string;
  gateway: Gateway;
  user: User;
  /** The lead as the list shows it, until its own read arrives. */
  listed: Lead | undefined;
  onOpen: (id: string) => void;
  onChange: (lead: Lead) => void;
  onErased: (id: string) => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [lead, setLead] = useState<Lead | undefined>(props.listed);
  const [loadError, setLoadError] = useState<unknown>();
  const [failure, setFailure] = useState<{ error: unknown; fallback: TextKey }>();
  const [saved, setSaved] = useState(false);
  const current = useRef(lead);
  current.current = lead;
  const reread = useRef<ReturnType<typeof setTimeout>>(undefined);
  const close = useRef<HTMLButtonElement>(null);
  const { gateway, id, onChange, onClose } = props;
  // The screen hands a new callback on every render; the drawer is read and focused once per lead.
  const closing = useRef(onClose);
  closing.current = onClose;

  useEffect(() => {
    const controller = new AbortController();
    gateway.lead(id, controller.signal).then(setLead, (error: unknown) => {
      if (!isAbort(error)) setLoadError(error);
    });
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closing.current();
    };
    addEventListener('keydown', onKey);
    return () => {
      controller.abort();
      clearTimeout(reread.current);
      removeEventListener('keydown', onKey);
    };
  }, [gateway, id]);

  function show(next: Lead) {
    setLead(next);
    onChange(next);
  }

  async function apply(change: LeadChange) {
    const before = current.current;
    if (!before) return;
    show({ ...before, ...change });
    setFailure(undefined);
    setSaved(false);
    try {
      await gateway.updateLead(before.id, change);
      setSaved(true);
      readUntilApplied(before.id, change, 1);
    } catch (error) {
      show(before);
      setFailure({ error, fallback: 'leads.detail.changeFailed' });
    }
  }

  /**
   * The change is accepted, not yet applied: the lead is read again shortly, until it shows the change, for its
   * history entry; a newer change takes over the reading.
   */
  function readUntilApplied(leadId: string, change: LeadChange, attempt: number) {
    clearTimeout(reread.current);
    reread.current = setTimeout(() => {
      gateway.lead(leadId).then(
        (fresh) => {
          if (applied(fresh, change)) show(fresh);
          else if (attempt < REREADS) readUntilApplied(leadId, change, attempt + 1);
        },
        () => undefined,
      );
    }, REREAD_AFTER_MS);
  }

  async function erase() {
    if (!lead || !confirm(t('leads.detail.eraseConfirm', { lead: leadLabel(lead, t) }))) return;
    setFailure(undefined);
    try {
      await gateway.eraseLead(lead.id);
      props.onErased(lead.id);
    } catch (error) {
      setFailure({ error, fallback: 'leads.detail.eraseFailed' });
    }
  }

  const title = lead ? t('leads.detail.title', { lead: leadLabel(lead, t) }) : t('common.loading');
  return (
    <>
      <div class="drawer-backdrop" onClick={onClose} />
      <div class="drawer" role="dialog" aria-modal="true" aria-labelledby="lead-drawer-title">
        <div class="drawer-head">
          <h2 id="lead-drawer-title">{title}</h2>
          <button type="button" class="button button-small" ref={close} onClick={onClose}>
            {t('leads.detail.close')}
          </button>
        </div>
        {loadError !== undefined && <ErrorNotice error={loadError} fallback="leads.detail.loadFailed" />}
        {lead === undefined ? (
          loadError === undefined && <Spinner />
        ) : (
          <>
            {failure && <ErrorNotice error={failure.error} fallback={failure.fallback} />}
            {saved && <Notice kind="success">{t('leads.detail.saved')}</Notice>}
            {mayWrite(props.user) ? (
              <Work lead={lead} user={props.user} onApply={(change) => void apply(change)} />
            ) : (
              <p class="muted">{t('leads.detail.readOnly')}</p>
            )}
            <Details lead={lead} onOpen={props.onOpen} />
            <History lead={lead} />
            {props.user.role === 'admin' && (
              <p>
                <button type="button" class="button button-danger" onClick={() => void erase()}>
                  {t('leads.detail.erase')}
                </button>
              </p>
            )}
          </>
        )}
      </div>
    </>
  );
}

function Work(props: { lead: Lead; user: User; onApply: (change: LeadChange) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { lead } = props;
  const [assignee, setAssignee] = useState(lead.assignee ?? '');
  const [comment, setComment] = useState(lead.comment ?? '');
  // A rolled-back or re-read lead resets what the inputs show.
  useEffect(() => setAssignee(lead.assignee ?? ''), [lead.assignee]);
  useEffect(() => setComment(lead.comment ?? ''), [lead.comment]);

  return (
    <section class="drawer-section" aria-labelledby="lead-work-title">
      <h3 id="lead-work-title">{t('leads.detail.work')}</h3>
      <EnumSelect
        name="status"
        label={t('leads.detail.status')}
        value={lead.status}
        values={LEAD_STATUSES}
        labels="leads.status"
        onChange={(status) => props.onApply({ status })}
      />
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          if (assignee.trim()) props.onApply({ assignee: assignee.trim() });
        }}
      >
        <label for="lead-assignee">{t('leads.detail.assignee')}</label>
        <div class="field-inline">
          <input
            id="lead-assignee"
            name="assignee"
            value={assignee}
            maxLength={100}
            onInput={(event) => setAssignee(event.currentTarget.value)}
          />
          <button type="submit" class="button button-small" disabled={!assignee.trim() || assignee === lead.assignee}>
            {t('leads.detail.save')}
          </button>
        </div>
        {lead.assignee !== props.user.username && (
          <button type="button" class="link-button" onClick={() => props.onApply({ assignee: props.user.username })}>
            {t('leads.detail.assignToMe')}
          </button>
        )}
      </form>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          if (comment.trim()) props.onApply({ comment: comment.trim() });
        }}
      >
        <label for="lead-comment">{t('leads.detail.comment')}</label>
        <textarea
          id="lead-comment"
          name="comment"
          rows={3}
          maxLength={2000}
          value={comment}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
        <div>
          <button
            type="submit"
            class="button button-small"
            disabled={!comment.trim() || comment.trim() === (lead.comment ?? '')}
          >
            {t('leads.detail.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Details(props: { lead: Lead; onOpen: (id: string) => void }) {
  usePhoneFormat();
  const i18n = useI18n();
  const { t } = i18n;
  const { lead } = props;
  const attribution: [TextKey, string | null | undefined][] = [
    ['leads.detail.utmSource', lead.utmSource],
    ['leads.detail.utmMedium', lead.utmMedium],
    ['leads.detail.utmCampaign', lead.utmCampaign],
    ['leads.detail.utmContent', lead.utmContent],
    ['leads.detail.utmTerm', lead.utmTerm],
    ['leads.detail.campaign', named(lead.metaCampaignName, lead.metaCampaignId)],
    ['leads.detail.adset', lead.metaAdsetId],
    ['leads.detail.ad', named(lead.metaAdName, lead.metaAdId)],
    ['leads.detail.form', lead.metaFormId],
  ];
  const known = attribution.filter(([, value]) => value);
  return (
    <>
      <section class="drawer-section" aria-labelledby="lead-contact-title">
        <h3 id="lead-contact-title">{t('leads.detail.contact')}</h3>
        <dl class="facts">
          <Fact label={t('leads.col.name')}>{lead.name || '—'}</Fact>
          <Fact label={t('leads.col.phone')}>
            {lead.phone ? <a href={phoneHref(lead.phone)}>{formatPhone(lead.phone)}</a> : '—'}
          </Fact>
          <Fact label={t('leads.col.email')}>{lead.email ? <EmailLink email={lead.email} /> : '—'}</Fact>
          <Fact label={t('leads.col.source')}>{i18n.label('leads.source', lead.source)}</Fact>
          <Fact label={t('leads.col.status')}>
            <span class="badge" data-status={lead.status}>
              {i18n.label('leads.status', lead.status)}
            </span>
          </Fact>
          <Fact label={t('leads.detail.created')}>{i18n.dateTime(lead.createdAt)}</Fact>
          <Fact label={t('leads.detail.createdBy')}>{lead.createdBy ?? '—'}</Fact>
          {lead.updatedAt && <Fact label={t('leads.detail.updated')}>{i18n.dateTime(lead.updatedAt)}</Fact>}
          {lead.duplicateOf && (
            <Fact label={t('leads.detail.duplicateOf')}>
              <button type="button" class="link-button" onClick={() => props.onOpen(lead.duplicateOf ?? '')}>
                {lead.duplicateOf}
              </button>
            </Fact>
          )}
        </dl>
      </section>
      <section class="drawer-section" aria-labelledby="lead-attribution-title">
        <h3 id="lead-attribution-title">{t('leads.detail.attribution')}</h3>
        {known.length === 0 ? (
          <p class="muted">{t('leads.detail.noAttribution')}</p>
        ) : (
          <dl class="facts">
            {known.map(([label, value]) => (
              <Fact key={label} label={t(label)}>
                {value}
              </Fact>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}

function History({ lead }: { lead: Lead }) {
  const i18n = useI18n();
  const { t } = i18n;
  const history = lead.history ?? [];
  return (
    <section class="drawer-section" aria-labelledby="lead-history-title">
      <h3 id="lead-history-title">{t('leads.detail.history')}</h3>
      {history.length === 0 ? (
        <p class="muted">{t('leads.detail.noHistory')}</p>
      ) : (
        <ol class="history">
          {[...history].reverse().map((change) => (
            <li key={change.at + change.to}>
              <span class="muted">{i18n.dateTime(change.at)}</span>{' '}
              {t('leads.detail.historyEntry', {
                from: i18n.label('leads.status', change.from),
                to: i18n.label('leads.status', change.to),
                who: change.by,
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** A Meta object by its name as Meta gave it, with its id; or the id alone. */
function named(name: string | null | undefined, id: string | null | undefined): string | null {
  if (name && id) return `${name} (${id})`;
  return name || id || null;
}
