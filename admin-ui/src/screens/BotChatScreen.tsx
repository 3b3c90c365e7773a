import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { BotMessage, Gateway, KeyboardButton, PlayedAction, ReplyMarkup } from '../api/gateway';
import {
  invalidFields,
  loadChosenId,
  loadPersonas,
  newPersona,
  saveChosenId,
  savePersonas,
  type Persona,
  type PersonaField,
} from '../chat/personas';
import { renderTelegramText } from '../chat/telegram-html';
import { useI18n } from '../i18n/context';
import { ErrorNotice, Notice, PageHeader, Spinner } from '../ui/components';
import { safeHref } from '../ui/safe-href';
import { useResource } from '../ui/use-resource';

/** How often the chat asks the sandbox for the bot's messages. */
export const CHAT_POLL_MS = 1000;

/**
 * Sandbox mode only: the admin plays a Telegram user (a persona kept in this browser) and talks to the bot.
 * Every action goes to the sandbox's Telegram, which delivers it to the bot's webhook as Telegram would; the
 * bot's answers are the messages the sandbox recorded, polled every second.
 */
export function BotChatScreen(props: { gateway: Gateway }) {
  const { t, locale } = useI18n();
  const [personas, setPersonas] = useState<Persona[]>(loadPersonas);
  const [chosenId, setChosenId] = useState<string | null>(loadChosenId);
  const [editing, setEditing] = useState<Persona | null>(() => (personas.length === 0 ? newPersona(locale) : null));
  const chosen = personas.find((persona) => persona.id === chosenId) ?? personas[0];

  function choose(id: string) {
    setChosenId(id);
    saveChosenId(id);
  }

  /** Saves `persona` in place of the one edited, whose id may have changed. */
  function save(persona: Persona, editedId: string) {
    const next = [...personas.filter((p) => p.id !== persona.id && p.id !== editedId), persona];
    setPersonas(next);
    savePersonas(next);
    choose(persona.id);
    setEditing(null);
  }

  return (
    <>
      <PageHeader title={t('chat.title')}>
        {chosen && !editing && (
          <>
            <label class="field field-inline">
              <span>{t('chat.persona')}</span>
              <select value={chosen.id} onChange={(e) => choose(e.currentTarget.value)}>
                {personas.map((persona) => (
                  <option key={persona.id} value={persona.id}>
                    {personaLabel(persona)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="button" onClick={() => setEditing(chosen)}>
              {t('chat.persona.edit')}
            </button>
            <button type="button" class="button" onClick={() => setEditing(newPersona(locale))}>
              {t('chat.persona.new')}
            </button>
          </>
        )}
      </PageHeader>
      <p class="muted">{t('chat.intro')}</p>
      {editing ? (
        <PersonaForm
          persona={editing}
          onSave={(persona) => save(persona, editing.id)}
          onCancel={personas.length === 0 ? undefined : () => setEditing(null)}
        />
      ) : (
        chosen && <Chat key={chosen.id} gateway={props.gateway} persona={chosen} />
      )}
    </>
  );
}

function personaLabel(persona: Persona): string {
  return `${persona.firstName}${persona.username ? ` @${persona.username}` : ''} · ${persona.id}`;
}

function PersonaForm(props: {
  persona: Persona;
  onSave: (persona: Persona) => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const [persona, setPersona] = useState(props.persona);
  const [invalid, setInvalid] = useState<PersonaField[]>([]);
  const update = (change: Partial<Persona>) => setPersona((current) => ({ ...current, ...change }));

  function submit(event: Event) {
    event.preventDefault();
    const trimmed = { ...persona, firstName: persona.firstName.trim(), username: persona.username.replace(/^@/, '') };
    const fields = invalidFields(trimmed);
    setInvalid(fields);
    if (fields.length === 0) props.onSave(trimmed);
  }

  return (
    <form class="panel form" onSubmit={submit} aria-labelledby="persona-title" noValidate>
      <h2 id="persona-title">{t('chat.persona.formTitle')}</h2>
      {invalid.length > 0 && (
        <div class="notice notice-error" role="alert">
          <ul class="field-errors">
            {invalid.map((field) => (
              <li key={field}>{t(`chat.persona.invalid.${field}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <PersonaInput field="id" persona={persona} onInput={(id) => update({ id: id.trim() })} />
      <PersonaInput field="firstName" persona={persona} onInput={(firstName) => update({ firstName })} />
      <PersonaInput field="username" persona={persona} onInput={(username) => update({ username: username.trim() })} />
      <label class="field">
        <span>{t('chat.persona.language')}</span>
        <select
          name="language"
          value={persona.language}
          onChange={(e) => update({ language: e.currentTarget.value === 'en' ? 'en' : 'ru' })}
        >
          <option value="ru">{t('telegram.language.ru')}</option>
          <option value="en">{t('telegram.language.en')}</option>
        </select>
      </label>
      <PersonaInput field="phone" persona={persona} onInput={(phone) => update({ phone: phone.trim() })} />
      <div class="page-actions">
        <button type="submit" class="button button-primary">
          {t('chat.persona.save')}
        </button>
        {props.onCancel && (
          <button type="button" class="button" onClick={props.onCancel}>
            {t('chat.persona.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function PersonaInput(props: { field: PersonaField; persona: Persona; onInput: (value: string) => void }) {
  const { t } = useI18n();
  const inputMode = props.field === 'id' ? 'numeric' : props.field === 'phone' ? 'tel' : 'text';
  return (
    <label class="field">
      <span>{t(`chat.persona.${props.field}`)}</span>
      <input
        name={props.field}
        inputMode={inputMode}
        value={props.persona[props.field]}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

/** What the admin did, shown in the conversation: the sandbox records only the bot's side. */
interface Sent {
  key: number;
  at: string;
  text: string;
}

type Entry = { kind: 'bot'; at: string; message: BotMessage } | { kind: 'sent'; at: string; sent: Sent };

function Chat(props: { gateway: Gateway; persona: Persona }) {
  const { t } = useI18n();
  const { gateway, persona } = props;
  const messages = useResource((signal) => gateway.botMessages(persona.id, signal), CHAT_POLL_MS);
  const [sent, setSent] = useState<Sent[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [warning, setWarning] = useState<string>();
  const [draft, setDraft] = useState('');
  // A one-time reply keyboard disappears once used, until the bot sends another one.
  const [usedKeyboard, setUsedKeyboard] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const entries = timeline(messages.data ?? [], sent);
  const keyboard = replyKeyboard(messages.data ?? []);

  useEffect(() => {
    list.current?.scrollTo?.({ top: list.current.scrollHeight });
  }, [entries.length]);

  async function play(action: PlayedAction, shown: string): Promise<boolean> {
    // Taken before sending: the bot may answer before the sandbox does, and the answer comes after the action.
    const at = new Date().toISOString();
    setBusy(true);
    setError(undefined);
    setWarning(undefined);
    try {
      const delivery = await gateway.playUpdate(persona, action);
      setSent((current) => [...current, { key: current.length, at, text: shown }]);
      if (delivery.delivered === 'queued') {
        setWarning(t('chat.queued'));
      } else if (delivery.webhookStatus !== null && (delivery.webhookStatus < 200 || delivery.webhookStatus > 299)) {
        setWarning(t('chat.webhookFailed', { status: String(delivery.webhookStatus) }));
      }
      void messages.reload();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function sendDraft(event: Event) {
    event.preventDefault();
    const text = draft.trim();
    if (text === '' || busy) return;
    if (await play({ text }, text)) setDraft('');
  }

  function pressReplyButton(button: KeyboardButton) {
    if (keyboard?.oneTime) setUsedKeyboard(keyboard.messageId);
    void (button.request_contact
      ? play({ contactPhone: persona.phone }, t('chat.sharedContact', { phone: persona.phone }))
      : play({ text: button.text }, button.text));
  }

  if (messages.error instanceof ApiError && messages.error.status === 404) {
    return <Notice kind="warning">{t('chat.unavailable')}</Notice>;
  }

  return (
    <section class="chat" aria-label={t('chat.messages')}>
      <p class="muted">{t('chat.ownMessagesHint')}</p>
      {messages.error !== undefined && <ErrorNotice error={messages.error} />}
      {messages.data === undefined && messages.loading ? (
        <Spinner />
      ) : (
        <ol class="chat-log" ref={list}>
          {entries.length === 0 && <li class="chat-empty muted">{t('chat.empty')}</li>}
          {entries.map((entry) =>
            entry.kind === 'sent' ? (
              <li key={`sent-${entry.sent.key}`} class="chat-message chat-sent">
                <span class="visually-hidden">{t('chat.you')}: </span>
                <div class="chat-text">{entry.sent.text}</div>
              </li>
            ) : (
              <BotBubble
                key={`bot-${entry.message.messageId}`}
                message={entry.message}
                busy={busy}
                onPress={(button) =>
                  void play({ callbackData: button.callback_data ?? '' }, t('chat.pressed', { label: button.text }))
                }
              />
            ),
          )}
        </ol>
      )}
      {error !== undefined && <ErrorNotice error={error} fallback="chat.sendFailed" />}
      {warning !== undefined && <Notice kind="warning">{warning}</Notice>}
      {keyboard && keyboard.messageId !== usedKeyboard && (
        <div class="chat-keyboard" role="group" aria-label={t('chat.keyboard')}>
          {keyboard.rows.map((row, r) => (
            <div key={r} class="chat-keyboard-row">
              {row.map((button, b) => (
                <button key={b} type="button" class="button" disabled={busy} onClick={() => pressReplyButton(button)}>
                  {button.text}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
      <form class="chat-compose" onSubmit={sendDraft}>
        <input
          name="message"
          aria-label={t('chat.message')}
          placeholder={t('chat.placeholder')}
          autoComplete="off"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button button-primary" disabled={busy || draft.trim() === ''}>
          {t('chat.send')}
        </button>
      </form>
    </section>
  );
}

function BotBubble(props: { message: BotMessage; busy: boolean; onPress: (button: KeyboardButton) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = props;
  return (
    <li class="chat-message chat-bot" data-message-id={message.messageId}>
      <span class="visually-hidden">{t('chat.bot')}: </span>
      {message.document && (
        <div class="chat-document">
          📄 {t('chat.document', { name: message.document.fileName, size: i18n.bytes(message.document.sizeBytes) })}
        </div>
      )}
      {message.text !== null && <div class="chat-text">{renderTelegramText(message.text, message.parseMode)}</div>}
      {message.replyMarkup?.inline_keyboard && (
        <div class="chat-inline-keyboard">
          {message.replyMarkup.inline_keyboard.map((row, r) => (
            <div key={r} class="chat-keyboard-row">
              {row.map((button, b) => (
                <InlineButton key={b} button={button} busy={props.busy} onPress={props.onPress} />
              ))}
            </div>
          ))}
        </div>
      )}
      <div class="chat-meta muted">
        {message.edited && <span class="chat-edited">{t('chat.edited')} · </span>}
        <time dateTime={message.sentAt}>{i18n.time(new Date(message.sentAt))}</time>
      </div>
    </li>
  );
}

function InlineButton(props: { button: KeyboardButton; busy: boolean; onPress: (button: KeyboardButton) => void }) {
  const { button } = props;
  const href = safeHref(button.url);
  if (href) {
    return (
      <a class="button button-small" href={href} target="_blank" rel="noopener noreferrer">
        {button.text}
      </a>
    );
  }
  return (
    <button
      type="button"
      class="button button-small"
      disabled={props.busy || button.callback_data === undefined}
      onClick={() => props.onPress(button)}
    >
      {button.text}
    </button>
  );
}

/** The bot's messages and the admin's actions in time order (the sandbox's clock and this browser's). */
function timeline(messages: BotMessage[], sent: Sent[]): Entry[] {
  const entries: Entry[] = [
    ...messages.map((message): Entry => ({ kind: 'bot', at: message.sentAt, message })),
    ...sent.map((s): Entry => ({ kind: 'sent', at: s.at, sent: s })),
  ];
  // Stable: equal instants keep the sandbox's order, then the admin's.
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The reply keyboard in force: the last one the bot sent, unless a later message removed it. */
export function replyKeyboard(
  messages: BotMessage[],
): { messageId: number; rows: KeyboardButton[][]; oneTime: boolean } | null {
  let current: { messageId: number; rows: KeyboardButton[][]; oneTime: boolean } | null = null;
  for (const message of messages) {
    const markup: ReplyMarkup | null = message.replyMarkup;
    if (markup?.keyboard) {
      current = { messageId: message.messageId, rows: markup.keyboard, oneTime: markup.one_time_keyboard === true };
    } else if (markup?.remove_keyboard) {
      current = null;
    }
  }
  return current;
}
