// Draws the add-in icon (a white ladder with a rising step on Office green) as PNGs in assets/.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, outline = false) {
  const px = (x, y) => {
    const u = x / size, v = y / size;
    const r = 0.18;
    const inRound = (cx, cy) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
    const inside = (u >= r || v >= r || inRound(r, r)) && (u <= 1 - r || v >= r || inRound(1 - r, r)) &&
      (u >= r || v <= 1 - r || inRound(r, 1 - r)) && (u <= 1 - r || v <= 1 - r || inRound(1 - r, 1 - r));
    if (!inside) return [0, 0, 0, 0];
    const rail = (v > 0.16 && v < 0.86) && ((u > 0.28 && u < 0.36) || (u > 0.64 && u < 0.72));
    const rung = u > 0.28 && u < 0.72 && [0.3, 0.5, 0.7].some((y0) => Math.abs(v - y0) < 0.035);
    const arrow = v < 0.26 && v > 0.06 && Math.abs(u - 0.5) < (v - 0.06) * 1.1;
    // The unified manifest's outline icon: white on transparent.
    if (outline) return rail || rung || arrow ? [255, 255, 255, 255] : [0, 0, 0, 0];
    return rail || rung || arrow ? [255, 255, 255, 255] : [16, 124, 65, 255];
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(px(x + 0.5, y + 0.5)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

for (const s of [16, 32, 64, 80, 128, 192]) writeFileSync(`assets/icon-${s}.png`, png(s));
writeFileSync("assets/icon-outline-32.png", png(32, true));
writeFileSync("assets/logo-filled.png", png(128));
console.log("icons written to assets/");
