import { beforeAll, describe, expect, it } from 'vitest';
import { formatPhone, loadPhoneFormat, phoneHref } from './phone';

describe('formatPhone', () => {
  beforeAll(loadPhoneFormat);

  it('groups a stored number the way its country writes it', () => {
    expect(formatPhone('+79991234567')).toBe('+7 999 123 45 67');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
  });

  it('shows what it cannot place as stored', () => {
    expect(formatPhone('12')).toBe('12');
  });

  it('links digits and the plus only', () => {
    expect(phoneHref('+7 999 123-45-67')).toBe('tel:+79991234567');
  });
});
