// Vite's asset imports, as vite.config.ts bundles them into the package:
// `?url` gives the emitted file's path, `?raw` its text (https://vite.dev/guide/assets).
declare module '*?url' {
  const url: string;
  export default url;
}
declare module '*?raw' {
  const text: string;
  export default text;
}
