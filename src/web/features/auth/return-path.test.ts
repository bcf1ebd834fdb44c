import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path.ts';

describe('returnPath', () => {
  it('returns the wanted page of this app', () => {
    expect(returnPath('?redirect=%2Fadmin%2Fusers')).toBe('/admin/users');
    expect(returnPath('?redirect=/maps/abc/v/2/passport')).toBe('/maps/abc/v/2/passport');
  });

  it('goes home without a wanted page or with one outside the app', () => {
    expect(returnPath('')).toBe('/');
    expect(returnPath('?redirect=https://evil.example')).toBe('/');
    expect(returnPath('?redirect=//evil.example/x')).toBe('/');
    expect(returnPath('?redirect=/%5Cevil.example')).toBe('/');
    expect(returnPath('?redirect=/login?redirect=/x')).toBe('/');
  });
});
