// Options page entry (the case workspace): renders the app. Wiring only.
import { render } from 'preact';
import { Workspace } from './Workspace';

render(<Workspace />, document.getElementById('app')!);
