import { describe, expect, it } from 'vitest';
import { clockOf, loadConfig } from './config.ts';

describe('the server clock', () => {
  it('is the real time without CLOCK_START', () => {
    const clock = clockOf(loadConfig({}));
    expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('starts at CLOCK_START and runs on at the real pace', () => {
    const bootAt = Date.now() - 60_000; // booted a minute ago
    const clock = clockOf(loadConfig({ CLOCK_START: '2027-01-15T09:00:00+05:00' }), bootAt);
    const expected = Date.parse('2027-01-15T04:01:00Z');
    expect(Math.abs(clock().getTime() - expected)).toBeLessThan(1000);
  });

  it('refuses a CLOCK_START that is not an ISO date-time, naming the setting', () => {
    expect(() => loadConfig({ CLOCK_START: 'next monday' })).toThrow(/CLOCK_START/);
  });
});
