// Sources page entry (依据与来源 / Sources): renders the catalogue. Wiring only.
import { render } from 'preact';
import { SourcesPage } from './SourcesPage';

render(<SourcesPage />, document.getElementById('app')!);
