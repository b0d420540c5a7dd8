// npm run kb:doc → writes docs/knowledge-base.md from src/rules/kb.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderKnowledgeBaseDoc } from '../src/rules/kb-doc';

const target = fileURLToPath(new URL('../docs/knowledge-base.md', import.meta.url));
writeFileSync(target, renderKnowledgeBaseDoc());
console.log(`wrote ${target}`);
