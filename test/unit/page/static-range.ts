// happy-dom has no StaticRange (Chromium and Firefox have had it since 2018): a plain record of the four
// boundaries, which is all a StaticRange is, for the unit tests of code that makes them.
if (typeof globalThis.StaticRange === 'undefined') {
  globalThis.StaticRange = class StaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  };
}
