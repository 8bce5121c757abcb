import { describe, expect, it } from 'vitest';
import {
  API_GLOBAL_NAME,
  IPC_CHANNELS,
  IPC_EVENTS,
  isAppInfo,
  MENU_COMMANDS,
  NATIVE_EDIT_ACTIONS,
  type IpcChannel,
} from './contract';
import { isIpcChannel, validateIpcArgs } from './validators';

const TOKEN = `f_${'a1'.repeat(16)}`;
const RECENT = `r_${'0f'.repeat(12)}`;

describe('IPC contract', () => {
  it('exposes window.spikeboard with one method per channel and one subscription per event', () => {
    expect(API_GLOBAL_NAME).toBe('spikeboard');
    expect(Object.keys(IPC_CHANNELS)).toContain('getAppInfo');
    expect(IPC_EVENTS).toEqual({
      onMenuCommand: 'menu:command',
      onFileOpened: 'file:opened',
      onCloseRequested: 'window:closeRequested',
    });
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

  it('has every edit action as a menu command', () => {
    for (const action of NATIVE_EDIT_ACTIONS) expect(MENU_COMMANDS).toContain(`edit.${action}`);
  });
});

describe('validateIpcArgs', () => {
  const accepts: [IpcChannel, unknown[]][] = [
    ['app:getInfo', []],
    ['file:open', []],
    ['file:openRecent', [RECENT]],
    ['file:openDropped', ['/home/a/b.spikeboard']],
    ['file:openDropped', ['C:\\Users\\a\\b.spikeboard']],
    ['file:save', [TOKEN, '{}']],
    ['file:saveAs', ['LIF versus LI.spikeboard', '{}']],
    ['file:listRecent', []],
    ['window:ready', []],
    ['window:setDocument', [{ title: 'a •', edited: true, token: null }]],
    ['window:setDocument', [{ title: '', edited: false, token: TOKEN }]],
    ['window:resolveClose', ['close']],
    ['window:resolveClose', ['cancel']],
    ['window:new', []],
    ['edit:native', ['selectAll']],
  ];
  for (const [channel, args] of accepts) {
    it(`accepts ${channel}(${JSON.stringify(args)})`, () => {
      expect(validateIpcArgs(channel, args)).toEqual({ ok: true, args });
    });
  }

  const refuses: [IpcChannel, unknown[], string][] = [
    ['app:getInfo', [1], 'app:getInfo takes no arguments, got 1'],
    ['file:openRecent', ['/etc/passwd'], 'expected a recent-file id'],
    ['file:openDropped', ['relative/x.spikeboard'], 'expected an absolute path'],
    ['file:openDropped', ['/a\0b'], 'expected an absolute path'],
    ['file:save', ['/home/a/x.spikeboard', '{}'], 'argument 1: expected a file token'],
    ['file:save', [TOKEN, 42], "argument 2: expected the file's text, got a number"],
    ['file:save', [TOKEN], 'takes 2 argument(s), got 1'],
    ['file:saveAs', ['../x', '{}'], 'expected a file name without folders'],
    ['file:saveAs', ['C:\\x', '{}'], 'expected a file name without folders'],
    ['file:saveAs', ['', '{}'], 'expected a file name without folders'],
    ['file:saveAs', ['a\nb', '{}'], 'expected a file name without folders'],
    ['window:setDocument', [{ title: 'a', edited: 'yes', token: null }], 'edited: true or false'],
    ['window:setDocument', [{ title: 'a', edited: true, token: '/x' }], 'a file token or null'],
    [
      'window:setDocument',
      [{ title: 'a', edited: true, token: null, path: '/x' }],
      'only title, edited, token',
    ],
    ['window:setDocument', [null], 'a document state, got null'],
    ['window:resolveClose', ['quit'], 'one of close, cancel'],
    ['edit:native', ['eval'], 'one of undo, redo, cut, copy, paste, delete, selectAll'],
  ];
  for (const [channel, args, message] of refuses) {
    it(`refuses ${channel}(${JSON.stringify(args)}), naming what it expected`, () => {
      const result = validateIpcArgs(channel, args);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(message);
        expect(result.message.startsWith(channel)).toBe(true);
      }
    });
  }

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
