declare module 'virtual:lexicon' {
  const lexicon: import('./match/lexicon').PackedLexicon;
  export default lexicon;
}
/** Tells this build's lexicon from any other: a hash of it, written with it by scripts/kb-build.ts. */
declare module 'virtual:lexicon-id' {
  const lexiconId: { id: string };
  export default lexiconId;
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
