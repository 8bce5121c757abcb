import { describe, expect, it } from 'vitest';
import { joinParts } from './scriptCommon';

describe('joinParts', () => {
  it('trims each part, puts two blank lines between parts and ends with one newline', () => {
    expect(joinParts(['\n#!/usr/bin/env python3\n', '  import sys\n\n', 'run()\n'])).toBe(
      '#!/usr/bin/env python3\n\n\nimport sys\n\n\nrun()\n',
    );
  });

  it('keeps the inner layout of a part', () => {
    expect(joinParts(['def f():\n    return 1\n'])).toBe('def f():\n    return 1\n');
  });
});
