import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import type { TextKey } from '../i18n/i18n';
import { errorText, fieldErrors } from './errors';
import type { Resource } from './use-resource';

export function PageHeader(props: { title: string; children?: ComponentChildren }) {
  return (
    <div class="page-header">
      <h1>{props.title}</h1>
      {props.children && <div class="page-actions">{props.children}</div>}
    </div>
  );
}

export function Spinner(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {props.label ?? t('common.loading')}
    </p>
  );
}

export function Notice(props: { kind: 'error' | 'warning' | 'info' | 'success'; children: ComponentChildren }) {
  return (
    <p class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}

export function ErrorNotice(props: { error: unknown; fallback?: TextKey; onRetry?: () => void }) {
  const i18n = useI18n();
  const fields = fieldErrors(props.error, i18n);
  return (
    <div class="notice notice-error" role="alert">
      <div>
        <span>{errorText(props.error, i18n, props.fallback)}</span>
        {fields.length > 0 && (
          <ul class="field-errors">
            {fields.map((f) => (
              <li key={f.field}>
                <code>{f.field}</code>: {f.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      {props.onRetry && (
        <button type="button" class="button button-small" onClick={props.onRetry}>
          {i18n.t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The loading / error / content switch every screen needs: a spinner before the first answer, an
 * error with retry above whatever data is already shown.
 */
export function ResourceView<T>(props: { resource: Resource<T>; children: (data: T) => ComponentChildren }) {
  const { resource } = props;
  return (
    <>
      {resource.error !== undefined && <ErrorNotice error={resource.error} onRetry={() => void resource.reload()} />}
      {resource.data === undefined ? resource.loading && <Spinner /> : props.children(resource.data)}
    </>
  );
}

export function RefreshButton(props: { resource: Pick<Resource<unknown>, 'reload' | 'loading'> }) {
  const { t } = useI18n();
  return (
    <button type="button" class="button" onClick={() => void props.resource.reload()} disabled={props.resource.loading}>
      {t('common.refresh')}
    </button>
  );
}

export function UpdatedAt(props: { at: Date | undefined }) {
  const i18n = useI18n();
  return props.at ? <span class="muted">{i18n.t('common.updatedAt', { time: i18n.time(props.at) })}</span> : null;
}

/** A table that scrolls sideways on narrow screens instead of squeezing its columns. */
export function Table(props: { caption: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}

/** An AbortSignal that fires when the component goes away, for work that outlives one click. */
export function useUnmountSignal(): AbortSignal {
  const controller = useRef(new AbortController());
  useEffect(() => () => controller.current.abort(), []);
  return controller.current.signal;
}

/**
 * A secret the server shows only once (an API key, an invite link): displayed selectable, with a copy button and a
 * way to say it was saved. The buttons' wording is the screen's own: `<texts>.copy`, `.copied`, `.copyFailed`, `.done`.
 */
export function OneTimeSecret(props: {
  secret: string;
  title: TextKey;
  hint: string;
  texts: 'keys' | 'telegram.invite';
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section class="panel" aria-labelledby="secret-title">
      <h2 id="secret-title">{t(props.title)}</h2>
      <p class="muted">{props.hint}</p>
      <p>
        <code class="secret">{props.secret}</code>
      </p>
      <div class="page-actions" aria-live="polite">
        <button type="button" class="button button-primary" onClick={copySecret}>
          {copy === 'copied' ? t(`${props.texts}.copied`) : t(`${props.texts}.copy`)}
        </button>
        <button type="button" class="button" onClick={props.onDone}>
          {t(`${props.texts}.done`)}
        </button>
      </div>
      {copy === 'failed' && <Notice kind="error">{t(`${props.texts}.copyFailed`)}</Notice>}
    </section>
  );
}
