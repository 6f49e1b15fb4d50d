/**
 * QR codes for tracking links, so people in the room can open them on a
 * phone. The code matrix comes from qrcode-generator; it is drawn here as a
 * small greyscale PNG data URL (Markdown images accept PNG data URLs).
 */
import { deflateSync } from 'node:zlib';
import qrcode from 'qrcode-generator';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/**
 * Codes drawn lately. Drawing one takes milliseconds (a dozen make a tenth of a deck's
 * rendering), and `watch` renders a deck twice per save (the deck, then its PDFs), mostly
 * with the same tracking links.
 */
const drawn = new Map<string, string>();
const DRAWN_CODES = 256;

/** A QR code for `text` as a `data:image/png;base64,…` URL. */
export function qrDataUrl(text: string, { scale = 4, margin = 2 } = {}): string {
  const key = `${scale} ${margin} ${text}`;
  let url = drawn.get(key);
  if (url === undefined) {
    url = drawQr(text, scale, margin);
    if (drawn.size >= DRAWN_CODES) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, url);
  }
  return url;
}

function drawQr(text: string, scale: number, margin: number): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const size = (modules + 2 * margin) * scale;
  // One filter byte then one grey byte per pixel, per row.
  const raw = Buffer.alloc(size * (size + 1), 255);
  for (let y = 0; y < size; y++) {
    raw[y * (size + 1)] = 0;
    const row = Math.floor(y / scale) - margin;
    for (let x = 0; x < size; x++) {
      const col = Math.floor(x / scale) - margin;
      if (row >= 0 && col >= 0 && row < modules && col < modules && qr.isDark(row, col))
        raw[y * (size + 1) + 1 + x] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
