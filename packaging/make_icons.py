"""Render Paraat's icon (resources/icons/paraat.svg) to the files the packages need.

    python packaging/make_icons.py

Writes PNGs in the freedesktop hicolor sizes (packaging/linux/icons/hicolor/NxN/apps/),
a multi-size .ico for Windows and an .icns for macOS (packaging/icons/). The results are
committed, so a build needs nothing but PyInstaller; run this again when the SVG changes.
Qt renders the SVG and writes the .ico and .icns through its own image plugins.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "paraat.svg"
APP_ID = "nl.paraat.Paraat"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns types with PNG data: icp4/icp5 16 and 32 px, ic07-ic10 128-1024 px, ic11-ic14 the @2x
# variants of 16, 32, 128 and 256 px (Apple's icns type list).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))
ICNS_SIZES = tuple(size for _, size in ICNS_TYPES)
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICONS = ROOT / "packaging" / "icons"


def png_bytes(image: object) -> bytes:
    """A QImage as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 9)  # type: ignore[attr-defined]
    buffer.close()
    return bytes(data.data())


def ico_file(images: list[tuple[int, bytes]]) -> bytes:
    """A Windows .ico with PNG-compressed entries (read by Windows Vista and later).

    Layout: ICONDIR (reserved 0, type 1, count), one 16-byte ICONDIRENTRY per image
    (width and height 0 meaning 256, colour count, reserved, planes 1, 32 bits per pixel,
    size, offset), then the PNG data.
    """
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_file(images: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: "icns" + total length, then per image a 4-byte type, length, PNG data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        return image

    for size in HICOLOR_SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(size).save(str(folder / f"{APP_ID}.png"), "PNG", 9)
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SVG.read_bytes())

    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(render(size)) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}
    (ICONS / "paraat.ico").write_bytes(ico_file([(size, pngs[size]) for size in ICO_SIZES]))
    (ICONS / "paraat.icns").write_bytes(
        icns_file([(kind, pngs[size]) for kind, size in ICNS_TYPES]))
    print(f"icons written to {HICOLOR.relative_to(ROOT)} and {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
