// Toolbar popup entry: asks for the tab's status at once, then renders the
// app, so the worker's answer overlaps the first render. Wiring only.
import { render } from 'preact';
import { App, boot } from './App';

const first = boot();
render(<App boot={first} />, document.getElementById('app')!);
