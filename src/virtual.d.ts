declare module 'virtual:lexicon' {
  const lexicon: import('./match/lexicon').Lexicon;
  export default lexicon;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.css';
