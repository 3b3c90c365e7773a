import type { Lead, User } from '../api/gateway';
import { useI18n } from '../i18n/context';
import type { I18n } from '../i18n/i18n';

/** What the leads screen and the lead drawer both show. */

/** Roles that may change leads; the gateway refuses the others' writes anyway. */
export function mayWrite(user: User): boolean {
  return user.role === 'admin' || user.role === 'manager';
}

/** `№1042`, or the start of the id for a lead stored before leads had numbers. */
export function leadLabel(lead: Pick<Lead, 'id' | 'number'>, t: I18n['t']): string {
  return lead.number ? t('leads.number', { number: String(lead.number) }) : lead.id.slice(0, 8);
}

// Only a plain address becomes a mailto link: "?" or "#" in stored data must not add headers to the mail.
const PLAIN_EMAIL = /^[^\s@?#&]+@[^\s@?#&]+$/;

export function EmailLink({ email }: { email: string }) {
  return PLAIN_EMAIL.test(email) ? <a href={`mailto:${email}`}>{email}</a> : <>{email}</>;
}

/** A choice among a server enum's values (`leads.status`, `leads.source`), labelled in the user's language. */
export function EnumSelect(props: {
  name: string;
  label: string;
  value: string;
  values: readonly string[];
  labels: string;
  /** The text of the empty choice, for a filter that may be left open. */
  any?: string;
  onChange: (value: string) => void;
}) {
  const i18n = useI18n();
  return (
    <label class="field">
      <span>{props.label}</span>
      <select name={props.name} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.values.map((value) => (
          <option key={value} value={value}>
            {i18n.label(props.labels, value)}
          </option>
        ))}
      </select>
    </label>
  );
}
