import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, bootLocale, bootRequests } from './boot.ts';
import { api, takeBootResponse } from './lib/api.ts';

const MAP = 'ddd5356d-e26a-4362-8d64-a89129d80d2b';

describe('boot: what a page starts before the app runs', () => {
  it('asks for the session on the app, and for the version on an editor URL, as the app would', () => {
    expect(bootRequests('/')).toEqual(['/api/auth/me']);
    expect(bootRequests('/registry')).toEqual(['/api/auth/me']);
    expect(bootRequests(`/maps/${MAP}/v/3`)).toEqual(['/api/auth/me', `/api/maps/${MAP}/versions/3`]);
    expect(bootRequests(`/maps/${MAP}/v/1/sector.s1.schedule`)).toEqual([
      '/api/auth/me',
      `/api/maps/${MAP}/versions/1`,
    ]);
    // Not a version number the router accepts: the editor shows its own error, nothing to start.
    expect(bootRequests(`/maps/${MAP}/v/0`)).toEqual(['/api/auth/me']);
    expect(bootRequests('/maps/%E0%A4%A/v/1')).toEqual(['/api/auth/me']);
  });

  it('starts nothing on the public portal and the sign-in page', () => {
    expect(bootRequests('/portal')).toEqual([]);
    expect(bootRequests(`/portal/maps/${MAP}`)).toEqual([]);
    expect(bootRequests('/login')).toEqual([]);
  });

  it('speaks the language the app will start in', () => {
    const saved = (v: string | null) => ({ getItem: () => v });
    expect(bootLocale(saved('ru'), 'en-US')).toBe('ru');
    expect(bootLocale(saved('xx'), 'en-US')).toBe('en');
    expect(bootLocale(saved(null), 'de-DE')).toBe('kk');
    expect(bootLocale(null, undefined)).toBe('kk');
  });
});

describe('boot → api: the app takes the responses boot started, once', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function fakeWindow(pathname: string) {
    const fetch = vi.fn(
      async (url: string, _init?: RequestInit) => new Response(JSON.stringify({ url }), { status: 200 }),
    );
    const win = {
      location: { pathname },
      navigator: { language: 'ru-RU' },
      localStorage: { getItem: () => null },
      performance,
      fetch,
    } as unknown as Window;
    return { win, fetch };
  }

  it('starts the requests of the page, as the app makes them', () => {
    const { win, fetch } = fakeWindow(`/maps/${MAP}/v/2/passport`);
    boot(win);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/auth/me', `/api/maps/${MAP}/versions/2`]);
    expect(fetch.mock.calls[0][1]).toMatchObject({
      credentials: 'same-origin',
      headers: { 'x-locale': 'ru', 'x-requested-with': 'dtmaps' },
    });
  });

  it('hands each response to the first matching GET only; other calls go to the network', async () => {
    const { win } = fakeWindow(`/maps/${MAP}/v/2`);
    boot(win);
    vi.stubGlobal('window', win);
    const network = vi.fn(async () => new Response(JSON.stringify({ from: 'network' }), { status: 200 }));
    vi.stubGlobal('fetch', network);
    expect(takeBootResponse('POST', '/api/auth/me')).toBeNull();
    expect(await api('GET', '/api/auth/me')).toEqual({ url: '/api/auth/me' });
    expect(network).not.toHaveBeenCalled();
    // Taken once: the next check of the session asks the server.
    expect(await api('GET', '/api/auth/me')).toEqual({ from: 'network' });
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('ignores a response started long ago', () => {
    const { win } = fakeWindow('/');
    boot(win);
    const started = win.__dtmBoot?.get('/api/auth/me');
    if (started) started.at -= 60_000;
    vi.stubGlobal('window', win);
    expect(takeBootResponse('GET', '/api/auth/me')).toBeNull();
  });
});
