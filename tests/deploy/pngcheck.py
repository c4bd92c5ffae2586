# SPDX-License-Identifier: GPL-3.0-or-later
"""Is this PNG a picture of a screen, not a blank one? Prints "WIDTHxHEIGHT, N colours" and exits
non-zero when it is not an 8-bit RGB(A) PNG at least MIN_WIDTHxMIN_HEIGHT with MIN_COLOURS
colours. Plain Python (zlib): what Qt's QImage::save writes, non-interlaced.
    python3 pngcheck.py FILE [MIN_WIDTH MIN_HEIGHT MIN_COLOURS]"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"bit depth {depth}, colour type {colour}, interlace {interlace}: not 8-bit RGB(A)")
    return width, height, 3 if colour == 2 else 4, zlib.decompress(idat)


def rows(width, height, channels, raw):
    """The unfiltered rows (PNG filters 0-4)."""
    stride = width * channels
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        previous = line
        yield line


def main():
    path = sys.argv[1]
    min_width, min_height, min_colours = (int(a) for a in (sys.argv[2:5] or (600, 600, 8)))
    width, height, channels, raw = read_png(path)
    colours = set()
    for y, line in enumerate(rows(width, height, channels, raw)):
        if y % 8 == 0:
            colours.update(bytes(line[x:x + 3]) for x in range(0, len(line), channels * 8))
    print(f"{width}x{height}, {len(colours)} colours")
    if width < min_width or height < min_height or len(colours) < min_colours:
        sys.exit(1)


main()
