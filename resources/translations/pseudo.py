#!/usr/bin/python3
"""Writes a pseudo-translation catalog: every message of a .ts, its text wrapped in ⟦…⟧.

    pseudo.py strata_en.ts OUT.ts

The build compiles OUT.ts with lrelease for tests/gui/tst_untranslated, which loads it and
walks the studio's texts: a human-language text outside ⟦…⟧ did not go through tr(). English
plural forms come from the source (fill_vi.py's rule), so %n still shows its number.
"""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fill_vi import english_forms  # noqa: E402

OPEN, CLOSE = "\u27e6", "\u27e7"


def wrap(text):
    return OPEN + text + CLOSE


def main(source_ts, out_ts):
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en")
    for msg in root.iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.clear()
        tr.text = None
        if msg.get("numerus") == "yes":
            for form in english_forms(source):
                ET.SubElement(tr, "numerusform").text = wrap(form)
        else:
            tr.text = wrap(source)
    tree.write(out_ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pseudo.py SOURCE.ts OUT.ts")
    main(sys.argv[1], sys.argv[2])
