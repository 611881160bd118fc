"""Keep spaces as spaces when text is copied out of dtlearn's PDFs.

A PDF says which character each glyph stands for (its ToUnicode map), and Qt builds that
map by asking the font, for every code point from U+0000 up, which glyph it uses, keeping
the first answer. A font without a tab character (Noto Sans has none) gets the space glyph
for U+0009 from Qt itself, and U+0009 comes before U+0020: so every space in a Qt-made PDF
is copied, searched and extracted as a tab. A name copied from a certificate into a
spreadsheet then splits into cells, and "Nguyễn Thị" is not found in the text.

The fix is to give U+0009 a glyph of its own in the font's character map before Qt sees
it. The bundled Noto Sans maps U+0000 alone to an empty glyph; that entry is moved to
U+0009 (nobody draws U+0000), which changes four bytes and no table sizes.
"""

from __future__ import annotations

import struct

TAB = 0x0009


def give_tab_its_own_glyph(font: bytes) -> bytes:
    """The TrueType/OpenType ``font`` with U+0009 mapped to the glyph U+0000 had; the bytes
    unchanged when the font already maps a tab or has no lone U+0000 entry to move."""
    data = bytearray(font)
    try:
        cmap = _table(data, b"cmap")
        if cmap is None:
            return font
        (count,) = struct.unpack_from(">H", data, cmap + 2)
        offsets = {struct.unpack_from(">I", data, cmap + 4 + 8 * i + 4)[0] for i in range(count)}
        changed = False
        for offset in sorted(offsets):
            changed |= _move_null_to_tab(data, cmap + offset)
    except struct.error:
        return font  # not a font we understand: leave it exactly as it was
    return bytes(data) if changed else font


def _table(data: bytearray, tag: bytes) -> int | None:
    (count,) = struct.unpack_from(">H", data, 4)
    for index in range(count):
        entry_tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data,
                                                                   12 + 16 * index)
        if entry_tag == tag:
            return int(offset)
    return None


def _move_null_to_tab(data: bytearray, subtable: int) -> bool:
    """In a format 4 subtable: the segment [0, 0] becomes [9, 9], same glyph."""
    (fmt,) = struct.unpack_from(">H", data, subtable)
    if fmt != 4:
        return False
    (seg_x2,) = struct.unpack_from(">H", data, subtable + 6)
    segments = seg_x2 // 2
    ends_at = subtable + 14
    starts_at = ends_at + seg_x2 + 2
    deltas_at = starts_at + seg_x2
    ranges_at = deltas_at + seg_x2
    ends = struct.unpack_from(f">{segments}H", data, ends_at)
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    if any(start <= TAB <= end for start, end in zip(starts, ends, strict=True)):
        return False  # a tab is already mapped: nothing to fix
    if not segments or starts[0] != 0 or ends[0] != 0:
        return False
    (range_offset,) = struct.unpack_from(">H", data, ranges_at)
    if range_offset != 0 or (segments > 1 and starts[1] <= TAB):
        return False
    (delta,) = struct.unpack_from(">h", data, deltas_at)
    glyph = delta & 0xFFFF  # what U+0000 mapped to: (0 + delta) mod 65536
    struct.pack_into(">H", data, ends_at, TAB)
    struct.pack_into(">H", data, starts_at, TAB)
    struct.pack_into(">H", data, deltas_at, (glyph - TAB) & 0xFFFF)
    return True
