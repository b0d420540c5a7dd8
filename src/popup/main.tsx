// Toolbar popup entry: renders the app. Wiring only; the views live beside it.
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
