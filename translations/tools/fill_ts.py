#!/usr/bin/env python3
"""Fills a Qt .ts file from a translation list: one line per message, in the .ts file's order.
Usage: fill_ts.py FILE.ts TRANSLATIONS.txt [NUMERUS_FORMS]
`\\n` in a line stands for a line break. A message with %n gets NUMERUS_FORMS copies (default 1).
Used once to write the committed .ts files; edit the .ts files (or use Qt Linguist) afterwards."""
import sys
import xml.etree.ElementTree as ET

ts_path, list_path = sys.argv[1], sys.argv[2]
forms = int(sys.argv[3]) if len(sys.argv) > 3 else 1
lines = [l.rstrip('\n').replace('\\n', '\n') for l in open(list_path, encoding='utf-8')]
tree = ET.parse(ts_path)
messages = [m for c in tree.getroot().iter('context') for m in c.iter('message')]
if len(messages) != len(lines):
    sys.exit(f"{ts_path}: {len(messages)} messages but {len(lines)} translations")
for m, text in zip(messages, lines):
    t = m.find('translation')
    t.attrib.pop('type', None)
    for child in list(t):
        t.remove(child)
    if m.get('numerus') == 'yes':
        t.text = None
        for _ in range(forms):
            ET.SubElement(t, 'numerusform').text = text
    else:
        t.text = text
tree.write(ts_path, encoding='utf-8', xml_declaration=True)
