# str methods on strings mixing BMP and astral (non-BMP) code points: indices, lengths and slicing are per code point
E, G = "\U0001F600", "\U00010348"
s = "a" + E + "b" + G + "c" + E + "\u00e9" + E
print(len(s), [hex(ord(c)) for c in s], s[1] == E, s[-1] == E, s[3] == G, s[2:5], s[::-1] == "".join(reversed(s)), s[::2], s[1::3])
print(s.find(E), s.rfind(E), s.index(G), s.count(E), s.find("b", 2), s.find(E, 2, 6), s.rindex(E, 0, 7), s.find("\ud83d"))
print(s.split(E), s.rsplit(E, 1), s.partition(G), s.rpartition(E), s.replace(E, "<>"), s.replace(E, "", 2), s.split("c"))
print(s.center(12, "*"), s.ljust(10, G), s.rjust(10), s.zfill(10), len(s.center(12)), (s * 2).count(E + "\u00e9"))
print(s.upper(), s.title(), s.swapcase(), s.casefold(), s.capitalize(), s.startswith("a" + E), s.endswith(E), s.endswith(("x", E)))
print(s.isalpha(), G.isalpha(), E.isprintable(), G.isidentifier(), (E + "x").isascii(), "\U0001D7CE".isdecimal(), int("\U0001D7CF\U0001D7D0"))
print(s.encode("utf-8"), len(s.encode("utf-16-le")), s.encode("utf-32-be")[:8], s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.translate({ord(E): "E", ord(G): None}), s.expandtabs(), (E + "\t" + E).expandtabs(4), "\t".join([E, G]), s.strip(E + "a"))
print(sorted(set(s)) == sorted(set(s), key=ord), max(s) == E, min(s), list(map(len, s.split("b"))), s.splitlines(), repr(s), ascii(s))
print("%s|%3s|%-3s|%.2s" % (E, E, G, E + G + E), f"{E:>4}|{G:^5}|{s:.3}", format(E, "x<3"), "{:.1}".format(G + E))
print([i for i, ch in enumerate(s) if ch == E], dict.fromkeys(s).keys() == dict.fromkeys(list(s)).keys(), "".join(sorted(s))[-3:] == E * 3)
surr = "\ud83d\ude00"
print(len(surr), surr == E, surr.encode("utf-16", "surrogatepass") == E.encode("utf-16"), surr.encode("utf-8", "surrogatepass"), E in surr)
