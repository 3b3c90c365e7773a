import { describe, expect, it } from 'vitest';
import { parseRoute, routeQuery, sectionsFor } from './routing';

describe('sectionsFor', () => {
  it('offers the bot chat to admins only, and only in sandbox mode', () => {
    expect(sectionsFor('admin', true)).toContain('chat');
    expect(sectionsFor('admin', false)).not.toContain('chat');
    expect(sectionsFor('manager', true)).not.toContain('chat');
    expect(sectionsFor('viewer', true)).toEqual(['dashboard', 'leads', 'meta', 'reports']);
  });

  it('routes #/chat to the bot chat', () => {
    expect(parseRoute('#/chat')).toBe('chat');
  });
});

describe('routeQuery', () => {
  it('reads the view a link carries after the section', () => {
    expect(parseRoute('#/leads?status=won&q=%E2%84%961042')).toBe('leads');
    expect(routeQuery('#/leads?status=won&q=%E2%84%961042').get('q')).toBe('№1042');
    expect(routeQuery('#/leads').toString()).toBe('');
  });
});
