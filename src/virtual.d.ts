declare module 'virtual:lexicon' {
  import type { Lexicon } from './match/lexicon';
  const lexicon: Lexicon;
  export default lexicon;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.css';
