import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { EMPTY_VIEW, isFiltered, leadQuery, viewFromQuery, viewToQuery } from './lead-view';

describe('lead view', () => {
  it('goes into the link and comes back from it unchanged', () => {
    const view = { ...EMPTY_VIEW, q: '№1042', status: 'won', from: '2026-11-01', lead: 'lead-1' };

    const query = viewToQuery(view);

    expect(query.toString()).toBe('q=%E2%84%961042&status=won&from=2026-11-01&lead=lead-1');
    expect(viewFromQuery(query)).toEqual(view);
  });

  it('drops a malformed day from a hand-edited link', () => {
    expect(viewFromQuery(new URLSearchParams('from=yesterday&to=2026-13')).from).toBe('');
  });

  it('asks for whole agency days, the last one included', () => {
    const i18n = createI18n('ru', 'Europe/Moscow');

    const query = leadQuery({ ...EMPTY_VIEW, from: '2026-11-01', to: '2026-11-30' }, i18n);

    expect(query.from).toBe('2026-10-31T21:00:00.000Z');
    expect(query.to).toBe('2026-11-30T21:00:00.000Z');
  });

  it('counts an open lead as no filter', () => {
    expect(isFiltered({ ...EMPTY_VIEW, lead: 'lead-1' })).toBe(false);
    expect(isFiltered({ ...EMPTY_VIEW, assignee: 'anna' })).toBe(true);
  });
});
