#!/usr/bin/env python3
"""Fills unfinished entries of a .ts file with the translation the same source text had in another context
(strings that moved to a new class keep the words the translators chose)."""
import sys, re, subprocess
import xml.etree.ElementTree as ET
path, old_rev = sys.argv[1], sys.argv[2]
old = subprocess.run(['git','show',f'{old_rev}:{path}'],capture_output=True,text=True,check=True).stdout
known = {}
for m in ET.fromstring(old.encode()).iter('message'):
    src = m.find('source').text or ''
    tr = m.find('translation')
    if tr is not None and tr.get('type') is None:
        num = tr.findall('numerusform')
        known.setdefault(src, (tr.text, [n.text for n in num]))
text = open(path, encoding='utf-8').read()
filled = missing = 0
def fix(m):
    global filled, missing
    block = m.group(0)
    if 'type="unfinished"' not in block:
        return block
    src = ET.fromstring(block.encode()).find('source').text or ''
    if src not in known:
        missing += 1
        print('no translation for:', src, file=sys.stderr)
        return block
    t, nums = known[src]
    def esc(s): return (s or '').replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
    if nums:
        inner = ''.join(f'\n            <numerusform>{esc(n)}</numerusform>' for n in nums) + '\n        '
    else:
        inner = esc(t)
    block = re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: f'<translation>{inner}</translation>', block, flags=re.S)
    filled += 1
    return block
text = re.sub(r'<message( numerus="yes")?>.*?</message>', fix, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
print(f'{path}: filled {filled}, still unfinished {missing}')
