// Registry meta-test (docs/architecture.md#registries): every file in this folder is
// registered, its id equals its filename, and every channel has one template.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './index';
import { APPEAL_CHANNELS } from '../../shared/channels';
import { CHANNEL_INFO, channelHint } from '../channels';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => basename(f, '.ts'));

describe('template registry', () => {
  it('registers every template file, in channel order', () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([...files].sort());
    expect(TEMPLATES.map((t) => t.id)).toEqual([...APPEAL_CHANNELS]);
  });

  it.each(files)('%s.ts default-exports the template with id %s', async (file) => {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(join(here, `${file}.ts`)).href)) as { default: { id: string } };
    expect(mod.default.id).toBe(file);
    expect(TEMPLATES).toContain(mod.default);
  });

  it('exports CHANNEL_INFO with a bilingual label and hint per channel', () => {
    expect(CHANNEL_INFO.map((c) => c.id)).toEqual([...APPEAL_CHANNELS]);
  });

  // docs/sources.md#regulators: only numbers the sheet allows (95188 / 95384 are 🟡 and shown as
  // "commonly cited"; 12378 ✅); JD numbers are ⚠️ and never shown.
  it('hints contain no phone number beyond those docs/sources.md allows', () => {
    const allowed = new Set(['12378', '95188', '95384']);
    const hints = [
      ...CHANNEL_INFO.map((c) => c.hint),
      ...(['jiebei', 'weilidai', 'jd-baitiao', 'jd-jintiao', 'meituan'] as const).map((p) => channelHint('chat', p).hint),
    ];
    for (const h of hints) for (const n of `${h.zh} ${h.en}`.match(/\d{5,}/g) ?? []) expect(allowed, n).toContain(n);
    expect(channelHint('chat', 'jd-baitiao').hint.zh).toContain('以应用客服页面显示的号码为准');
    expect(channelHint('chat', 'jiebei').hint.zh).toContain('支付宝 → 我的 → 客服中心');
  });
});
