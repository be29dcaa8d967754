declare module 'virtual:lexicon' {
  const lexicon: import('./match/lexicon').PackedLexicon;
  export default lexicon;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.css';
/** Vite replaces `import.meta.env.MODE` at build time: `firefox` for the Firefox build. */
interface ImportMeta {
  readonly env: { readonly MODE: string };
}
