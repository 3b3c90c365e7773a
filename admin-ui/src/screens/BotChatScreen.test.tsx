// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BotMessage, Delivery } from '../api/gateway';
import type { Persona } from '../chat/personas';
import { body, csrf, gatewayWith, json, problem, type Call } from '../test-support/fake-gateway';
import { byText, click, mount, settle, submit, type } from '../test-support/render';
import { BotChatScreen, CHAT_POLL_MS } from './BotChatScreen';

const anna: Persona = {
  id: '5123456789',
  firstName: 'Анна',
  username: 'anna_k',
  language: 'ru',
  phone: '79161234567',
};

const message = (messageId: number, overrides: Partial<BotMessage> = {}): BotMessage => ({
  messageId,
  chatId: Number(anna.id),
  text: `Message ${messageId}`,
  parseMode: 'HTML',
  replyMarkup: null,
  sentAt: `2026-11-25T10:00:0${messageId}Z`,
  edited: false,
  ...overrides,
});

const webhook: Delivery = { updateId: 7, delivered: 'webhook', webhookStatus: 200 };

/** The sandbox's control API behind the gateway, answering with whatever `bot` holds at the time. */
function sandbox(bot: { messages: BotMessage[] }, overrides: Record<string, (call: Call) => Response> = {}) {
  return gatewayWith({
    'GET /api/auth/csrf': csrf,
    'GET /api/sandbox/telegram/messages': () => json(200, bot.messages),
    'POST /api/sandbox/telegram/updates': () => json(200, webhook),
    ...overrides,
  });
}

const played = (calls: Call[]) =>
  calls.filter((c) => c.method === 'POST' && c.url === '/api/sandbox/telegram/updates').map(body);

const input = (container: Element, selector: string) => container.querySelector<HTMLInputElement>(selector)!;

describe('BotChatScreen', () => {
  beforeEach(() => {
    localStorage.setItem('targetbot.chat.personas', JSON.stringify([anna]));
  });
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
    document.body.replaceChildren();
  });

  it('asks for a persona first and keeps it in localStorage for the next visit', async () => {
    localStorage.clear();
    const { gateway, calls } = sandbox({ messages: [] });
    const screen = await mount(<BotChatScreen gateway={gateway} />);
    const id = input(screen, 'input[name="id"]').value;
    expect(id).toMatch(/^[1-9]\d{9}$/);

    await type(input(screen, 'input[name="firstName"]'), ' ');
    await submit(screen.querySelector('form')!);
    expect(screen.querySelector('[role="alert"]')!.textContent).toContain('First name: required');

    await type(input(screen, 'input[name="firstName"]'), 'Олег');
    await type(input(screen, 'input[name="username"]'), '@oleg_p');
    await submit(screen.querySelector('form')!);

    expect(JSON.parse(localStorage.getItem('targetbot.chat.personas')!)).toEqual([
      expect.objectContaining({ id, firstName: 'Олег', username: 'oleg_p', language: 'en' }),
    ]);
    expect(calls.map((c) => c.url)).toContain(`/api/sandbox/telegram/messages?chatId=${id}`);
    expect(screen.textContent).toContain('No messages yet: send /start.');
  });

  it("shows the bot's messages with their Telegram HTML, edits marked, documents named, markup never run", async () => {
    const { gateway } = sandbox({
      messages: [
        message(1, { text: '<b>Лид #42</b> &lt;script&gt;alert(1)&lt;/script&gt;', edited: true }),
        message(2, {
          text: 'Отчёт готов',
          document: { fileName: 'leads.csv', sizeBytes: 2048, mimeType: 'text/csv' },
        }),
        message(3, { text: '<i>plain</i>', parseMode: null }),
      ],
    });
    const screen = await mount(<BotChatScreen gateway={gateway} />);

    const bubbles = screen.querySelectorAll('.chat-bot');
    expect(bubbles).toHaveLength(3);
    expect(bubbles[0]!.querySelector('.chat-text')!.innerHTML).toBe(
      '<b>Лид #42</b> &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(bubbles[0]!.querySelector('.chat-edited')!.textContent).toContain('edited');
    expect(screen.querySelector('script')).toBeNull();
    expect(bubbles[1]!.textContent).toContain('Document leads.csv, 2 kB');
    expect(bubbles[1]!.querySelector('.chat-edited')).toBeNull();
    expect(bubbles[2]!.querySelector('.chat-text')!.textContent).toBe('<i>plain</i>');
  });

  it('sends a command as the persona with the CSRF token and shows it before the answer', async () => {
    const bot = { messages: [] as BotMessage[] };
    const { gateway, calls } = sandbox(bot, {
      'POST /api/sandbox/telegram/updates': () => {
        const later = new Date(Date.now() + 60_000).toISOString();
        bot.messages = [message(2, { sentAt: later, text: 'Привет, Анна!' })];
        return json(200, webhook);
      },
    });
    const screen = await mount(<BotChatScreen gateway={gateway} />);

    await type(input(screen, 'input[name="message"]'), '/start');
    await submit(screen.querySelector<HTMLFormElement>('form.chat-compose')!);

    expect(played(calls)).toEqual([
      { userId: 5123456789, firstName: 'Анна', username: 'anna_k', languageCode: 'ru', text: '/start' },
    ]);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new Headers(post.init.headers).get('X-XSRF-TOKEN')).toBe('csrf-1');
    const conversation = [...screen.querySelectorAll('.chat-message .chat-text')].map((m) => m.textContent);
    expect(conversation).toEqual(['/start', 'Привет, Анна!']);
    expect(input(screen, 'input[name="message"]').value).toBe('');
  });

  it('polls the recorded messages every second', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const bot = { messages: [message(1)] };
    const { gateway } = sandbox(bot);
    const screen = await mount(<BotChatScreen gateway={gateway} />);
    expect(screen.querySelectorAll('.chat-bot')).toHaveLength(1);

    bot.messages = [message(1, { text: 'Changed', edited: true }), message(2)];
    await act(() => {
      vi.advanceTimersByTime(CHAT_POLL_MS);
    });
    await settle();

    expect([...screen.querySelectorAll('.chat-bot .chat-text')].map((m) => m.textContent)).toEqual([
      'Changed',
      'Message 2',
    ]);
  });

  it('presses an inline button as a callback with its data and opens url buttons only as http(s) links', async () => {
    const { gateway, calls } = sandbox({
      messages: [
        message(1, {
          replyMarkup: {
            inline_keyboard: [
              [
                { text: 'В работу', callback_data: 'lead:42:in_progress' },
                { text: 'Спам', callback_data: 'lead:42:spam' },
              ],
              [
                { text: 'Site', url: 'https://example.com' },
                { text: 'Evil', url: 'javascript:alert(1)' },
              ],
            ],
          },
        }),
      ],
    });
    const screen = await mount(<BotChatScreen gateway={gateway} />);

    await click(byText(screen, '.chat-inline-keyboard button', 'Спам'));

    expect(played(calls)).toEqual([expect.objectContaining({ userId: 5123456789, callbackData: 'lead:42:spam' })]);
    expect(screen.querySelector('.chat-sent')!.textContent).toContain('Pressed “Спам”');
    expect(byText<HTMLAnchorElement>(screen, '.chat-inline-keyboard a', 'Site').href).toBe('https://example.com/');
    expect(byText<HTMLButtonElement>(screen, '.chat-inline-keyboard button', 'Evil').disabled).toBe(true);
  });

  it("shares the persona's contact from a one-time reply keyboard, which then goes away", async () => {
    const { gateway, calls } = sandbox({
      messages: [
        message(1, {
          text: 'Поделитесь номером',
          replyMarkup: {
            keyboard: [[{ text: 'Отправить номер', request_contact: true }]],
            one_time_keyboard: true,
          },
        }),
      ],
    });
    const screen = await mount(<BotChatScreen gateway={gateway} />);

    await click(byText(screen, '.chat-keyboard button', 'Отправить номер'));

    expect(played(calls)).toEqual([expect.objectContaining({ contactPhone: '79161234567' })]);
    expect(played(calls)[0]).not.toHaveProperty('text');
    expect(screen.querySelector('.chat-sent')!.textContent).toContain('Shared the contact +79161234567');
    expect(screen.querySelector('.chat-keyboard')).toBeNull();
  });

  it('sends a plain reply-keyboard button as its text and drops a keyboard the bot removed', async () => {
    const bot = {
      messages: [message(1, { replyMarkup: { keyboard: [[{ text: 'Отмена' }]] } })],
    };
    const { gateway, calls } = sandbox(bot, {
      'POST /api/sandbox/telegram/updates': () => {
        bot.messages = [...bot.messages, message(2, { replyMarkup: { remove_keyboard: true } })];
        return json(200, webhook);
      },
    });
    const screen = await mount(<BotChatScreen gateway={gateway} />);

    await click(byText(screen, '.chat-keyboard button', 'Отмена'));

    expect(played(calls)).toEqual([expect.objectContaining({ text: 'Отмена' })]);
    expect(screen.querySelector('.chat-keyboard')).toBeNull();
  });

  it('says when the bot has no webhook and shows what the sandbox refused', async () => {
    let answer = () => json(200, { updateId: 8, delivered: 'queued', webhookStatus: null });
    const { gateway } = sandbox(
      { messages: [message(1, { replyMarkup: { inline_keyboard: [[{ text: 'OK', callback_data: 'ok' }]] } })] },
      { 'POST /api/sandbox/telegram/updates': () => answer() },
    );
    const screen = await mount(<BotChatScreen gateway={gateway} />, 'ru');

    await type(input(screen, 'input[name="message"]'), 'привет');
    await submit(screen.querySelector<HTMLFormElement>('form.chat-compose')!);
    expect(screen.textContent).toContain('Бот не зарегистрировал вебхук в песочнице');

    const detail = 'chat 5123456789 has no message from the bot whose button could be pressed';
    answer = () => problem(409, { detail });
    await click(byText(screen, '.chat-inline-keyboard button', 'OK'));
    // The server's English detail stays out of the Russian UI: the action's failure and its kind are told instead.
    expect(screen.querySelector('[role="alert"]')!.textContent).toBe(
      'Песочница не приняла действие. Данные успели измениться: обновите страницу и повторите.',
    );
    expect(screen.querySelectorAll('.chat-sent')).toHaveLength(1);
  });

  it('explains that the chat needs sandbox mode when the gateway has no sandbox route', async () => {
    const { gateway } = sandbox(
      { messages: [] },
      { 'GET /api/sandbox/telegram/messages': () => problem(404, { title: 'Not Found' }) },
    );
    const screen = await mount(<BotChatScreen gateway={gateway} />);

    expect(screen.textContent).toContain('The bot chat needs sandbox mode');
    expect(screen.querySelector('form.chat-compose')).toBeNull();
  });
});
