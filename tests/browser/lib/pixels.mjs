/**
 * What a person sees, by pixel: the outline boxes NotMine draws live in a
 * closed shadow root that neither the page nor a test can read, so a test
 * looks at the screen instead. `outlinePixels` screenshots the area around
 * an element and counts the pixels of the outline's red.
 *
 * The PNG decoder reads what browsers' screenshots are: 8 bits per
 * channel, RGB or RGBA, not interlaced (and refuses anything else).
 */
import { inflateSync } from 'node:zlib';

/** The outline's colour, #c62828 (content/warning.js OUTLINE_COLOUR). */
const RED = [0xc6, 0x28, 0x28];

/** `{width, height, channels, data}` of a PNG: one byte per channel, rows top down. */
export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[y * stride + x - channels] : 0;
      const b = y > 0 ? data[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, data };
}

/**
 * How many pixels of the outline red a screenshot shows in the 8 px around
 * the element `selector`, or -1 when the element is not there. In a frame:
 * `frame` is the frame and `frameSelector` its element in the page (the
 * element's place is the frame's plus its own inside it).
 */
export async function outlinePixels(page, selector, frame = null, frameSelector = 'iframe') {
  const rectOf = (sel) => {
    const e = sel.startsWith('pierce/') ? null : document.querySelector(sel);
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return { x: r.x + e.clientLeft, y: r.y + e.clientTop, width: r.width, height: r.height };
  };
  let box;
  if (frame) {
    const outer = await page.evaluate(rectOf, frameSelector);
    const inner = await frame.evaluate(rectOf, selector);
    box = outer && inner ? { x: outer.x + inner.x, y: outer.y + inner.y, width: inner.width, height: inner.height } : null;
  } else {
    const handle = await page.$(selector);
    box = handle ? await handle.boundingBox() : null;
  }
  if (!box) return -1;
  const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
  // A tab in the background paints no frames, and a screenshot of it waits
  // for one for ever (an extension page the test opened may be in front).
  await page.bringToFront();
  const png = decodePng(Buffer.from(await page.screenshot({ clip, type: 'png' })));
  let n = 0;
  for (let i = 0; i < png.data.length; i += png.channels) {
    const near = RED.every((c, k) => Math.abs(png.data[i + k] - c) <= 24);
    if (near) n += 1;
  }
  return n;
}
