// Picker window entry (src/background/picker.ts): the page button's choice of
// case and appeal text, made in the extension's own window. Wiring only.
import { render } from 'preact';
import { Picker } from './Picker';

const tab = new URLSearchParams(location.search).get('tab');
document.title = `Reopen · ${document.title}`;
render(<Picker tabId={tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : undefined} />, document.getElementById('app')!);
