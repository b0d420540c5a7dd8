import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KB } from './kb';
import { renderKnowledgeBaseDoc } from './kb-doc';

describe('docs/knowledge-base.md', () => {
  const doc = renderKnowledgeBaseDoc();

  it('lists every item with its id', () => {
    for (const items of Object.values(KB)) for (const i of items) expect(doc).toContain(`| ${i.id} |`);
  });

  it('is up to date (run `npm run kb:doc`)', () => {
    const path = fileURLToPath(new URL('../../docs/knowledge-base.md', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(doc);
  });
});
