import type { PlayedUser } from '../api/gateway';

/** A Telegram user the admin plays in the bot chat, with the phone number their shared contact carries. */
export interface Persona extends PlayedUser {
  /** Digits only, as Telegram sends a shared contact's number. */
  phone: string;
}

const PERSONAS_KEY = 'targetbot.chat.personas';
const CHOSEN_KEY = 'targetbot.chat.persona';

/** Telegram user ids are positive; kept below 2^53 so that the id survives JSON as a number. */
const USER_ID = /^[1-9]\d{0,15}$/;
const PHONE = /^\d{7,15}$/;
const USERNAME = /^$|^[A-Za-z0-9_]{5,32}$/;

export type PersonaField = 'id' | 'firstName' | 'username' | 'phone';

/** The fields that Telegram would not accept as they are. */
export function invalidFields(persona: Persona): PersonaField[] {
  const invalid: PersonaField[] = [];
  if (!USER_ID.test(persona.id) || !Number.isSafeInteger(Number(persona.id))) invalid.push('id');
  if (persona.firstName.trim() === '' || persona.firstName.length > 64) invalid.push('firstName');
  if (!USERNAME.test(persona.username)) invalid.push('username');
  if (!PHONE.test(persona.phone)) invalid.push('phone');
  return invalid;
}

/** A user the bot has never seen: a random id in the range the e2e tests use, a random Russian mobile number. */
export function newPersona(language: 'ru' | 'en', random: () => number = Math.random): Persona {
  const id = 1_000_000_000 + Math.floor(random() * 8_000_000_000);
  const subscriber = String(Math.floor(random() * 1_000_000_000)).padStart(9, '0');
  return { id: String(id), firstName: '', username: '', language, phone: `79${subscriber}` };
}

export function loadPersonas(): Persona[] {
  const saved = read(PERSONAS_KEY);
  if (saved === null) return [];
  try {
    const parsed: unknown = JSON.parse(saved);
    return Array.isArray(parsed) ? parsed.filter(isPersona) : [];
  } catch {
    return [];
  }
}

export function savePersonas(personas: Persona[]): void {
  write(PERSONAS_KEY, JSON.stringify(personas));
}

/** The id of the persona chosen last, if any. */
export function loadChosenId(): string | null {
  return read(CHOSEN_KEY);
}

export function saveChosenId(id: string): void {
  write(CHOSEN_KEY, id);
}

function isPersona(value: unknown): value is Persona {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p['id'] === 'string' &&
    typeof p['firstName'] === 'string' &&
    typeof p['username'] === 'string' &&
    typeof p['phone'] === 'string' &&
    (p['language'] === 'ru' || p['language'] === 'en') &&
    invalidFields(value as Persona).length === 0
  );
}

// Storage can be disabled (private mode, policy): personas then last until the page is reloaded.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // See read().
  }
}
