import { describe, expect, it } from 'vitest';
import {
  API_GLOBAL_NAME,
  IPC_CHANNELS,
  isAppInfo,
  isIpcChannel,
  validateIpcArgs,
  type IpcChannel,
} from './contract';

describe('IPC contract', () => {
  it('names app:getInfo as the getAppInfo method on window.spikeboard', () => {
    expect(IPC_CHANNELS).toEqual({ getAppInfo: 'app:getInfo' });
    expect(API_GLOBAL_NAME).toBe('spikeboard');
  });

  it('gives every exposed method a distinct, known channel', () => {
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(isIpcChannel(channel)).toBe(true);
  });

  it('recognises only contract channels', () => {
    expect(isIpcChannel('app:getInfo')).toBe(true);
    for (const value of ['app:getinfo', 'toString', '__proto__', '', 42, null, undefined]) {
      expect(isIpcChannel(value)).toBe(false);
    }
  });
});

describe('validateIpcArgs', () => {
  it('accepts app:getInfo with no arguments', () => {
    expect(validateIpcArgs('app:getInfo', [])).toEqual({ ok: true, args: [] });
  });

  it('refuses app:getInfo with any argument, naming the channel', () => {
    for (const args of [[1], [undefined], [{}], ['x', 'y']]) {
      const result = validateIpcArgs('app:getInfo', args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('app:getInfo takes no arguments');
    }
  });

  it('refuses an unknown channel without throwing', () => {
    const result = validateIpcArgs('fs:deleteEverything' as IpcChannel, []);
    expect(result).toEqual({ ok: false, message: 'unknown IPC channel "fs:deleteEverything"' });
  });
});

describe('isAppInfo', () => {
  it('accepts the full shape and rejects partial or wrong ones', () => {
    expect(isAppInfo({ name: 'Spikeboard', version: '0.1.0', platform: 'linux' })).toBe(true);
    expect(isAppInfo({ name: 'Spikeboard', version: '0.1.0' })).toBe(false);
    expect(isAppInfo({ name: 'Spikeboard', version: 1, platform: 'linux' })).toBe(false);
    expect(isAppInfo(null)).toBe(false);
    expect(isAppInfo('Spikeboard')).toBe(false);
  });
});
