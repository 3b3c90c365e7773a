// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTelegramText } from './telegram-html';

function html(text: string, parseMode: string | null = 'HTML'): HTMLElement {
  const container = document.createElement('div');
  render(<div>{renderTelegramText(text, parseMode)}</div>, container);
  return container.firstElementChild as HTMLElement;
}

describe('renderTelegramText', () => {
  afterEach(() => document.body.replaceChildren());

  it('renders the formatting tags Telegram knows, synonyms included, and decodes its entities', () => {
    const shown = html(
      '<b>Лид</b> <strong>#42</strong>: <i>Иван</i> <em>x</em> <u>u</u> <ins>n</ins> <s>s</s> <del>d</del> ' +
        '<code>+7 916</code> <pre>a &lt; b &amp;&amp; c &gt; d</pre> &quot;q&quot; &#128512; &#x41;',
    );

    expect(shown.innerHTML).toBe(
      '<b>Лид</b> <b>#42</b>: <i>Иван</i> <i>x</i> <u>u</u> <u>n</u> <s>s</s> <s>d</s> ' +
        '<code>+7 916</code> <pre>a &lt; b &amp;&amp; c &gt; d</pre> "q" 😀 A',
    );
  });

  it('nests tags and closes the ones left open at the end', () => {
    expect(html('<b>bold <i>both</i> <u>open').innerHTML).toBe('<b>bold <i>both</i> <u>open</u></b>');
  });

  it('shows unknown tags, stray closing tags and attributes as text instead of running them', () => {
    const shown = html(
      '<script>alert(1)</script><img src=x onerror="alert(2)"></i>stray <b onclick="alert(3)">bold</b> 1 < 2',
    );

    expect(shown.querySelector('script, img, [onclick], [onerror]')).toBeNull();
    expect(shown.textContent).toBe('<script>alert(1)</script><img src=x onerror="alert(2)"></i>stray bold 1 < 2');
    expect(shown.querySelector('b')!.outerHTML).toBe('<b>bold</b>');
  });

  it('links only to http(s) addresses and opens them in a new tab without an opener', () => {
    const shown = html(
      '<a href="https://example.com/?a=1&amp;b=2">site</a> <a href="javascript:alert(1)">evil</a> ' +
        '<a href="tg://user?id=42">Иван</a>',
    );

    const links = shown.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://example.com/?a=1&b=2');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(shown.textContent).toBe('site evil Иван');
  });

  it('hides spoilers behind their class and keeps the fallback text of custom emoji', () => {
    const shown = html(
      '<tg-spoiler>a</tg-spoiler> <span class="tg-spoiler">b</span> <span>c</span> ' +
        '<tg-emoji emoji-id="1">👍</tg-emoji>',
    );

    expect(shown.innerHTML).toBe('<span class="tg-spoiler">a</span> <span class="tg-spoiler">b</span> c 👍');
  });

  it('shows a text without the HTML parse mode exactly as it is', () => {
    const shown = html('<b>not bold</b> &amp;', null);

    expect(shown.querySelector('b')).toBeNull();
    expect(shown.textContent).toBe('<b>not bold</b> &amp;');
  });
});
