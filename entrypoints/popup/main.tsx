import { render } from 'preact';
function App() { return <p>Role Lens</p>; }
render(<App />, document.getElementById('app')!);
