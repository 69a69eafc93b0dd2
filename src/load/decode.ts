/**
 * Bytes → text, as kubectl decodes manifest files: UTF-8 (invalid bytes become U+FFFD, like Go's
 * UTF-8 decoder), and UTF-16 in either byte order when the file starts with its byte order mark
 * (kubectl's file reader switches on the BOM). UTF-32 with a BOM is decoded too, so a file that
 * would otherwise be unreadable noise is scanned rather than passed over. The BOM is dropped.
 * A file without a BOM is UTF-8, whatever it holds: NUL bytes do not make it "binary", because
 * kubectl decodes each document on its own and applies the ones that parse.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding a byte order mark announces (UTF-8 without one). */
export function sniffEncoding(b: Uint8Array): { encoding: Encoding; bom: number } {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf-32le', bom: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

function utf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  const end = b.byteLength - (b.byteLength % 4);
  for (let i = 0; i < end; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (end < b.byteLength) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** The text of a manifest file. */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, bom } = sniffEncoding(bytes);
  const body = bytes.subarray(bom);
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    case 'utf-16le':
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(body);
    case 'utf-16be': {
      // Swapped into little-endian order: Node's small-ICU builds have no UTF-16BE decoder.
      const le = new Uint8Array(body.byteLength);
      for (let i = 0; i + 1 < body.byteLength; i += 2) {
        le[i] = body[i + 1]!;
        le[i + 1] = body[i]!;
      }
      if (body.byteLength % 2 === 1) le[body.byteLength - 1] = body[body.byteLength - 1]!;
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(le);
    }
    case 'utf-32le':
      return utf32(body, true);
    case 'utf-32be':
      return utf32(body, false);
  }
}

/**
 * A file name for people: its UTF-8 text, with each byte that is not part of valid UTF-8 shown
 * as `\xNN` (git and kubectl treat names as bytes; a name need not be UTF-8).
 */
export function decodeName(bytes: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return strict.decode(bytes);
  } catch {
    // some bytes are not UTF-8: decode sequence by sequence
  }
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let text: string | undefined;
    if (n > 0 && i + n <= bytes.length) {
      try {
        text = strict.decode(bytes.subarray(i, i + n));
      } catch {
        text = undefined;
      }
    }
    if (text !== undefined) {
      out += text;
      i += n;
    } else {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}
