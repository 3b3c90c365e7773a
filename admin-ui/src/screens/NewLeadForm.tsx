import { useState } from 'preact/hooks';
import type { Gateway, NewLead } from '../api/gateway';
import { useI18n } from '../i18n/context';
import type { TextKey } from '../i18n/i18n';
import { Notice } from '../ui/components';
import { errorText, fieldErrors } from '../ui/errors';

const FIELDS = ['name', 'phone', 'email', 'comment'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, TextKey> = {
  name: 'leads.new.name',
  phone: 'leads.new.phone',
  email: 'leads.new.email',
  comment: 'leads.new.comment',
};

/**
 * A lead typed in by hand (`POST /api/leads`, stored as source "manual"). The gateway checks it and names every
 * wrong field; each reason is shown at its field, in the user's language.
 */
export function NewLeadForm(props: { gateway: Gateway; onDone: (added: boolean) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<Record<Field, string>>({ name: '', phone: '', email: '', comment: '' });
  const [error, setError] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error, i18n);
  const errorAt = (field: Field) => errors.filter((each) => each.field === field).map((each) => each.text);
  // A failure no field explains (the network, the server) is told above the form.
  const general = error !== undefined && errors.every((each) => !(FIELDS as readonly string[]).includes(each.field));

  async function submit(event: Event) {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    const lead: NewLead = { name: values.name.trim() };
    for (const field of ['phone', 'email', 'comment'] as const) {
      const value = values[field].trim();
      if (value) lead[field] = value;
    }
    try {
      await props.gateway.createLead(lead);
      props.onDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="new-lead-title">
      <h2 id="new-lead-title">{t('leads.new.title')}</h2>
      {general && <Notice kind="error">{errorText(error, i18n, 'leads.new.failed')}</Notice>}
      <form class="form new-lead" onSubmit={(event) => void submit(event)} noValidate>
        <p class="muted">{t('leads.new.hint')}</p>
        {FIELDS.map((field) => {
          const messages = errorAt(field);
          const id = `new-lead-${field}`;
          const invalid = messages.length > 0;
          const common = {
            id,
            name: field,
            value: values[field],
            'aria-invalid': invalid || undefined,
            'aria-describedby': invalid ? `${id}-error` : undefined,
            onInput: (event: Event) =>
              setValues({ ...values, [field]: (event.currentTarget as HTMLInputElement).value }),
          };
          return (
            <div class="field" key={field}>
              <label for={id}>{t(LABELS[field])}</label>
              {field === 'comment' ? (
                <textarea rows={3} maxLength={2000} {...common} />
              ) : field === 'phone' ? (
                <input type="tel" maxLength={32} {...common} />
              ) : field === 'email' ? (
                <input type="email" maxLength={254} {...common} />
              ) : (
                <input type="text" required maxLength={200} {...common} />
              )}
              {messages.length > 0 && (
                <span class="field-error" id={`${id}-error`}>
                  {messages.join('; ')}
                </span>
              )}
            </div>
          );
        })}
        <div class="page-actions">
          <button type="submit" class="button button-primary" disabled={sending}>
            {sending ? t('leads.new.submitting') : t('leads.new.submit')}
          </button>
          <button type="button" class="button" onClick={() => props.onDone(false)}>
            {t('leads.new.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
