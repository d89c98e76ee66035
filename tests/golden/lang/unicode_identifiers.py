# non-ASCII identifiers and strings: NFKC-normalised names, unicode in attributes, code point semantics
café = 'coffee'
π = 3.14159
naïve_count = 3
print(café, π, naïve_count)
ﬁle = 'ligature normalised to file'
print(file)
class Ünïcode:
    def méthode(self):
        return 'accents in methods'
print(Ünïcode().méthode(), Ünïcode.__name__)
s = 'héllo wörld 😀 𝕏'
print(len(s), s.upper(), s[12], s[::-1], ord('😀'), chr(0x1D54F), s.encode('utf-8')[:8])
print([c for c in 'aé😀'], '\u00e9' == 'é', 'e\u0301' == 'é', len('e\u0301'))
print(sorted(['b', 'á', 'a', 'Z', 'é']), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()))
d = {'ключ': 'значение', '键': '值'}
print(d, '键' in d)
def 函数(参数):
    return 参数 * 2
print(函数(21), 函数.__name__)
print('\N{SNOWMAN}', '\u2603'.isprintable(), '\x00'.isprintable(), repr('\u200b'), ascii('ü'))
