// The WHATWG Encoding API, the one platform facility src/ooxml relies on: Node and every browser have it, Apps Script does not.
// Declared here, apart from lib.dom and @types/node, so the ooxml project compiles with no platform types and
// anything else a platform offers (Buffer, process, document) is a compile error there.
// https://encoding.spec.whatwg.org/#interface-textdecoder

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
