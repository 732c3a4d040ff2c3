/** Vite's `?raw` suffix imports a file's text as a string (Vite, vitest). */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
