import { h, type ComponentChildren } from 'preact';
import { safeHref } from '../ui/safe-href';

/**
 * Telegram's HTML parse mode rendered as Preact elements, never through innerHTML: the tags Telegram knows
 * become elements, links only with an http(s) href, and everything else (unknown tags, stray or unmatched
 * ones, attributes) stays visible text, which Preact escapes. A bot message is therefore shown as Telegram
 * would show it, and a text that smuggles markup shows that markup instead of running it.
 */
export function renderTelegramText(text: string, parseMode: string | null): ComponentChildren {
  return parseMode?.toLowerCase() === 'html' ? renderTelegramHtml(text) : text;
}

type Kind = 'b' | 'i' | 'u' | 's' | 'code' | 'pre' | 'a' | 'blockquote' | 'spoiler' | 'plain';

/** Telegram's tag names (synonyms included) and what each becomes; `span` only as `class="tg-spoiler"`. */
const TAGS: Record<string, Kind> = {
  b: 'b',
  strong: 'b',
  i: 'i',
  em: 'i',
  u: 'u',
  ins: 'u',
  s: 's',
  strike: 's',
  del: 's',
  code: 'code',
  pre: 'pre',
  a: 'a',
  blockquote: 'blockquote',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  // A custom emoji: its fallback emoji is the element's text.
  'tg-emoji': 'plain',
};

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*?)?)\s*>/y;
const ATTRIBUTE = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const ENTITY = /&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** An element being parsed; one never closed is closed at the end of the text, as browsers do. */
interface Open {
  name: string;
  kind: Kind;
  attributes: Record<string, string>;
  children: ComponentChildren[];
}

export function renderTelegramHtml(html: string): ComponentChildren[] {
  const root: Open = { name: '', kind: 'plain', attributes: {}, children: [] };
  const stack: Open[] = [root];
  const top = () => stack[stack.length - 1]!;
  let text = '';
  const flush = () => {
    if (text !== '') top().children.push(decodeEntities(text));
    text = '';
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    const name = match?.[2]?.toLowerCase() ?? '';
    const kind = TAGS[name];
    if (!match || kind === undefined) {
      text += '<';
      i = lt + 1;
      continue;
    }
    const closing = match[1] === '/';
    const depth = closing ? stack.findLastIndex((open) => open.name === name) : -1;
    if (closing && depth < 1) {
      // A closing tag nothing opened: Telegram would refuse the message; show it rather than guess.
      text += match[0];
    } else if (closing) {
      flush();
      while (stack.length > depth) close(stack);
    } else {
      flush();
      stack.push({ name, kind, attributes: attributesOf(match[3] ?? ''), children: [] });
    }
    i = lt + match[0].length;
  }
  flush();
  while (stack.length > 1) close(stack);
  return root.children;
}

function close(stack: Open[]): void {
  const open = stack.pop()!;
  stack[stack.length - 1]!.children.push(element(open));
}

function element(open: Open): ComponentChildren {
  const children = open.children;
  switch (open.kind) {
    case 'b':
    case 'i':
    case 'u':
    case 's':
    case 'code':
    case 'pre':
    case 'blockquote':
      return h(open.kind, null, children);
    case 'a': {
      const href = safeHref(open.attributes['href']);
      return href
        ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, children)
        : h('span', { class: 'tg-link' }, children);
    }
    case 'spoiler':
      return open.name === 'span' && open.attributes['class'] !== 'tg-spoiler'
        ? children
        : h('span', { class: 'tg-spoiler' }, children);
    case 'plain':
      return children;
  }
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    attributes[name!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, body: string) => {
    if (!body.startsWith('#')) return NAMED[body] ?? entity;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
