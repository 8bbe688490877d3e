#!/usr/bin/env python3
"""Fills translations/reimagine-studio_en.ts: the English catalogue holds only the plural
strings ("%n model(s)"), each with its singular and plural form ("%n model", "%n models").
Run after `lupdate -pluralonly` (the build target update_translations_en does both)."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/reimagine-studio_en.ts"
text = open(path, encoding="utf-8").read()


# Plural strings whose English source is not written with "(s)".
SPECIAL = {
    "Saved %n images": ("Saved %n image", "Saved %n images"),
}


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    one = re.sub(r"\((e?s)\)", "", source)
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return one, many


def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    one, many = forms(source)
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>" % (one, many))
    return re.sub(r"<translation[^>]*>.*?</translation>", translation, block, flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
