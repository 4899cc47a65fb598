import html

samples = ['<a href="x">Tom & Jerry\'s</a>', 'plain', '', '&&<<>>""\'\'']
for s in samples:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
    print(html.unescape(html.escape(s)) == s)

tests = [
    '&lt;p&gt;Hello&lt;/p&gt;', '&amp;amp;', '&copy; 2024 &reg;', '&copy 2024',
    '&eacute;t&eacute;', '&#65;&#66;&#x43;&#X44;', '&#65&#66', '&#x41g',
    '&euro;100 &mdash; &hellip;', '&hearts;&spades;', '&nosuchthing;', '& alone',
    '&#;', '&#x;', '&#0;', '&#128;&#150;', '&#xD800;', '&#1114112;', '&#1;x',
    '&amp', '&ampfoo', '&notit;', '&notin;', '&quot;quoted&quot; &apos;single&apos;',
    '&Alpha;&beta;&Omega;&pi;', '&nbsp;|', 'a&b&c', '&#13;', '&lt', '&LT;&GT;',
    '&frac12; &times; &divide;', '&rarr;&larr;', '&ne; &le; &ge; &infin;',
]
for t in tests:
    print(repr(t), '->', ascii(html.unescape(t)))
