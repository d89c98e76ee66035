# pseudo-random byte strings through split/replace/find/count/strip/hex/fromhex/decode('latin-1')/translate, compact output
state = 5150
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
alphabet = b"ab ,\t\x00\xff\x80A\n"
datas = [bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(30))) for _ in range(30)]
table = bytes.maketrans(b"ab", b"BA")
for d in datas[:20]:
    print(d[:10], len(d), d.split()[:3], d.split(b",")[:2], d.count(b"a"), d.find(b"\xff"), d.rfind(b" "), d.strip()[:5],
          d.replace(b"a", b"xyz").count(b"xyz"), d.hex()[:10], bytes.fromhex(d.hex()) == d, d.decode("latin-1") == "".join(map(chr, d)),
          d.translate(table)[:6], d.upper()[:4], d.splitlines()[:2], d[::-2][:4])
ba = bytearray()
for d in datas:
    ba += d
    if len(ba) > 50:
        del ba[:20]
print(len(ba), bytes(ba[:20]), ba.count(0), sum(ba) % 997, b"|".join(datas).count(b"|"), max(datas)[:4], sorted(datas)[1][:4])
