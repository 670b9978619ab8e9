/**
 * The tokens of a PDF content stream (ISO 32000-1 §7.2, §7.8.2), as far as telling what a page
 * paints needs: numbers, names and operators are read; strings, arrays and dictionaries are
 * skipped whole (their content never paints by itself). An inline image (`BI … ID data EI`) is
 * one `BI` operator: its binary data is not tokenised.
 */
export type ContentToken =
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'operator'; value: string }
  /** An operand no operator that paints needs read: a string, a dictionary, the end of an array. */
  | { kind: 'operand' };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** ( ) < > [ ] { } / % */
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (byte: number) => !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const LATIN1 = new TextDecoder('latin1');

/** Thrown on what no content stream holds; the caller then cannot say the page paints nothing else. */
export class ContentSyntaxError extends Error {}

export function* contentTokens(bytes: Uint8Array): Generator<ContentToken> {
  let at = 0;
  const regularRun = () => {
    const start = at;
    while (at < bytes.length && isRegular(bytes[at] ?? 0)) at++;
    return LATIN1.decode(bytes.subarray(start, at));
  };
  while (at < bytes.length) {
    const byte = bytes[at] ?? 0;
    if (WHITESPACE.has(byte)) {
      at++;
    } else if (byte === 0x25 /* % */) {
      while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    } else if (byte === 0x28 /* ( */) {
      at = afterLiteralString(bytes, at);
      yield { kind: 'operand' };
    } else if (byte === 0x3c /* < */ && bytes[at + 1] === 0x3c) {
      at = afterDictionary(bytes, at + 2);
      yield { kind: 'operand' };
    } else if (byte === 0x3c) {
      at = afterHexString(bytes, at);
      yield { kind: 'operand' };
    } else if (byte === 0x5b /* [ */ || byte === 0x5d /* ] */ || byte === 0x3e /* > */ || byte === 0x7b || byte === 0x7d) {
      // Array brackets: the array's numbers and strings pass as operands, which is all an operator after it needs.
      at++;
      if (byte === 0x5d) yield { kind: 'operand' };
    } else if (byte === 0x2f /* / */) {
      at++;
      yield { kind: 'name', value: regularRun() };
    } else if (byte === 0x29 /* ) */) {
      throw new ContentSyntaxError('a string closes that never opened');
    } else {
      const word = regularRun();
      if (NUMBER.test(word)) {
        yield { kind: 'number', value: Number(word) };
      } else {
        yield { kind: 'operator', value: word };
        // An inline image's data is binary: the operator says enough, and nothing after it is read.
        if (word === 'BI') return;
      }
    }
  }
}

/** Where a literal string starting at `start` ends: parentheses nest, a backslash escapes the next byte. */
function afterLiteralString(bytes: Uint8Array, start: number): number {
  let depth = 0;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === 0x5c) at++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return at + 1;
  }
  throw new ContentSyntaxError('a string does not end');
}

/** Where a hex string starting at `start` ends. */
function afterHexString(bytes: Uint8Array, start: number): number {
  const end = bytes.indexOf(0x3e, start);
  if (end < 0) throw new ContentSyntaxError('a hex string does not end');
  return end + 1;
}

/** Where a dictionary whose `<<` ends before `start` ends, with whatever it nests. */
function afterDictionary(bytes: Uint8Array, start: number): number {
  let depth = 1;
  let at = start;
  while (depth > 0) {
    if (at >= bytes.length) throw new ContentSyntaxError('a dictionary does not end');
    const byte = bytes[at];
    if (byte === 0x28) {
      at = afterLiteralString(bytes, at);
    } else if (byte === 0x3c && bytes[at + 1] === 0x3c) {
      depth++;
      at += 2;
    } else if (byte === 0x3c) {
      // A hex string's closing > is not half of a >> that closes the dictionary.
      at = afterHexString(bytes, at);
    } else if (byte === 0x3e && bytes[at + 1] === 0x3e) {
      depth--;
      at += 2;
    } else {
      at++;
    }
  }
  return at;
}
