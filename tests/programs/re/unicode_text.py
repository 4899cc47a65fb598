# Unicode-aware classes, case folding and non-ASCII subjects.
import re

text = 'Grüße aus München! Ça va? 東京 2024年 ٣٤٥ naïve façade ΣΊΣΥΦΟΣ'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.ASCII))
print(re.findall(r'\d+', text), re.findall(r'(?a)\d+', text))
print(re.findall(r'[^\W\d_]+', text))
print(re.sub(r'\s+', '_', text))
print(re.findall(r'(?i)münchen|ça', text))
print(re.search(r'(?i)MÜNCHEN', text).span(), re.search(r'(?i)ΣΊΣΥΦΟΣ', 'σίσυφος').group())
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAẞE'))
print(re.match(r'(?i)[α-ω]+', 'ΑΒΓ').group(), re.match(r'[α-ω]+', 'ΑΒΓ'))
print(re.findall(r'[\u4e00-\u9fff]', text), re.findall(r'[\u0660-\u0669]', text))
print(re.findall('\\N{EM DASH}|—', 'a—b') if False else re.findall('—', 'a—b—c'))
print(re.split(r'[\s!?]+', text))
print(re.findall(r'\b\w', 'élan vital über'), re.findall(r'\w\b', 'élan vital über'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2).lower(), 'élan VITAL über'))
print(re.match(r'.', '😀').group(), len(re.match(r'.+', '😀x').group()), re.findall(r'[😀-😂]', '😁a😃'))
print(re.findall(r'\s', 'a\u2003b\u00a0c\u3000d\te'), re.findall(r'\S+', 'a\u2003b\u00a0c'))
print(re.escape('naïve—ok'), re.escape('東京'))
print(re.match(r'\u00e9\U0001F600', 'é😀').span(), re.match(r'[\u00e0-\u00ff]+', 'éèà!').group())
print(re.findall(r'(?i)[k]', 'kK\u212a'), re.findall(r'(?i)s', 'sSſ'), re.findall(r'(?ia)s', 'sSſ'))
print(re.fullmatch(r'(?i)ǆ', 'ǅ') is not None, re.fullmatch(r'(?i)ǆ', 'Ǆ') is not None)
print(re.findall(r'\d', '¹²³1'), '٣'.isdecimal(), re.match(r'\w', '²') is not None)
words = 'été à la plage, très agréable; déjà vu'
print(sorted(set(re.findall(r'\w*[éèêà]\w*', words))))
print(re.sub(r'[àâä]', 'a', re.sub(r'[éèêë]', 'e', words)))
counts = {}
for w in re.findall(r'\w+', 'le la le les la le'):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print(repr(re.match('é+', 'ééé')), repr(re.compile('ü', re.I)))
