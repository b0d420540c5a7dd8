import { definePack } from '../define';

// 黑猫投诉, the public complaint platform (docs/sources.md#desktop-pages "practical consequence").
// Complaint threads are other people's words: no status is read here (empty
// statusSelectors); the pack exists for the form the user fills in.
export default definePack({
  id: 'sina-tousu',
  name: { zh: '黑猫投诉', en: 'Heimao complaints (Sina)' },
  hosts: ['tousu.sina.com.cn'],
  matches: ['https://tousu.sina.com.cn/*'],
  pages: [
    {
      kind: 'complaint',
      url: '/',
      statusSelectors: [],
      formSelectors: ['form[action*="complaint"] textarea', 'form textarea', 'textarea'],
    },
  ],
});

// Live: https://tousu.sina.com.cn/ (complaint form after login; thread pages under /complaint/view/).
// Fixture: test/fixtures/lenders/sina-tousu/complaint-form.html stands for the form; complaint-view.html must show nothing.
// Form selectors are UNVERIFIED guesses (docs/sources.md#user-complaints: pages could not be read).
