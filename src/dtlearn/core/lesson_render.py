"""Turn a lesson's Markdown into the HTML subset Qt's text browser can show.

Python-Markdown does the parsing; one small tree step rewrites admonition boxes
(``!!! remember "Ghi nhớ"``) into one-cell tables, because Qt's rich-text engine draws
background colours and padding on tables but not on ``<div>``. Extensions are named by
full module path so a frozen build does not depend on entry-point metadata.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

EXTENSIONS = (
    "markdown.extensions.tables",
    "markdown.extensions.admonition",
    "markdown.extensions.attr_list",
    "markdown.extensions.sane_lists",
    "markdown.extensions.fenced_code",
)

# Box colours chosen to keep dark text above 7:1 contrast.
_BOX_COLOURS = {"remember": "#e6f2ea", "warning": "#fdf0e0", "tip": "#e8f0fb"}
_DEFAULT_BOX_COLOUR = "#eeeeee"
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"[^\"]*\")?\)")


@dataclass(frozen=True)
class ImageRef:
    line: int
    alt: str
    src: str


class _BoxesAsTables(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for div in list(root.iter("div")):
            classes = div.get("class", "").split()
            if "admonition" not in classes:
                continue
            kind = next((c for c in classes if c != "admonition"), "note")
            children = list(div)
            text = div.text
            div.clear()
            div.tag = "table"
            div.set("class", f"box {kind}")
            div.set("width", "100%")
            div.set("cellpadding", "12")
            div.set("bgcolor", _BOX_COLOURS.get(kind, _DEFAULT_BOX_COLOUR))
            cell = etree.SubElement(etree.SubElement(div, "tr"), "td")
            cell.text = text
            for child in children:
                if child.tag == "p" and "admonition-title" in child.get("class", ""):
                    child.tag = "h3"
                    child.attrib.pop("class")
                cell.append(child)


class _BoxExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (library API)
        md.treeprocessors.register(_BoxesAsTables(md), "dtlearn_boxes", 5)


def make_renderer() -> markdown.Markdown:
    return markdown.Markdown(extensions=[*EXTENSIONS, _BoxExtension()], output_format="html")


def render_markdown(text: str, renderer: markdown.Markdown | None = None) -> str:
    md = renderer or make_renderer()
    md.reset()
    return md.convert(text)


def image_refs(text: str) -> list[ImageRef]:
    """Every ``![alt](src)`` with its line, for checking pictures exist and are described."""
    refs: list[ImageRef] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _IMAGE.finditer(line):
            refs.append(ImageRef(number, match.group("alt").strip(), match.group("src")))
    return refs


def is_local(src: str) -> bool:
    return "://" not in src and not src.startswith(("data:", "mailto:"))


def resolve_media(course_folder: Path, src: str) -> Path:
    return (course_folder / src).resolve()
