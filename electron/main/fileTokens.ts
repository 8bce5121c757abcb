/**
 * Opaque handles for the files a window opened or saved. The renderer never sees a path: it
 * gets a random token, and main alone maps it back. A token works only for the window it was
 * issued to, and dies with that window, so a compromised page cannot write to a path of its
 * choosing, nor to a file another window opened.
 */
import { randomBytes } from 'node:crypto';

export type FileToken = string;

const TOKEN_PATTERN = /^f_[0-9a-f]{32}$/;

export function looksLikeToken(value: unknown): value is FileToken {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}

export class FileTokens {
  /** Owner (webContents id) → token → absolute path. */
  private readonly byOwner = new Map<number, Map<FileToken, string>>();

  issue(owner: number, filePath: string): FileToken {
    let tokens = this.byOwner.get(owner);
    if (tokens === undefined) {
      tokens = new Map();
      this.byOwner.set(owner, tokens);
    }
    // One token per path and window: saving again under the same path reuses it.
    for (const [token, known] of tokens) if (known === filePath) return token;
    const token = `f_${randomBytes(16).toString('hex')}`;
    tokens.set(token, filePath);
    return token;
  }

  /** The path behind `token`, only if `owner` holds it. */
  resolve(owner: number, token: FileToken): string | undefined {
    return this.byOwner.get(owner)?.get(token);
  }

  /** Forget every token of a window (it closed, or its renderer reloaded). */
  forget(owner: number): void {
    this.byOwner.delete(owner);
  }
}
