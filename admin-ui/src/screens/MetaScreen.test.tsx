import { describe, expect, it } from 'vitest';
import { CONNECT_PATH, connectOnArrival } from './MetaScreen';

const at = (search: string) => ({ pathname: '/admin/', search, hash: '#/meta' });

describe('arriving from the bot to reconnect Meta', () => {
  it('sends an admin on to Facebook Login and forgets the request', () => {
    expect(connectOnArrival(at('?meta=connect'), 'admin')).toEqual({ cleaned: '/admin/#/meta', next: CONNECT_PATH });
  });

  it('keeps the rest of the address', () => {
    expect(connectOnArrival(at('?lang=ru&meta=connect'), 'admin')).toEqual({
      cleaned: '/admin/?lang=ru#/meta',
      next: CONNECT_PATH,
    });
  });

  it('only forgets the request for someone who may not connect', () => {
    expect(connectOnArrival(at('?meta=connect'), 'manager')).toEqual({ cleaned: '/admin/#/meta', next: null });
  });

  it('does nothing without the request, whatever else the address says', () => {
    expect(connectOnArrival(at(''), 'admin')).toBeNull();
    expect(connectOnArrival(at('?meta=connected'), 'admin')).toBeNull();
    expect(connectOnArrival(at('?meta=https://evil.example'), 'admin')).toBeNull();
  });
});
