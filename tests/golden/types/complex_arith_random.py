# complex arithmetic on pseudo-random values (deterministic LCG): + - * / ** abs, conjugate, and repr round trips
state = 5
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state % 20001 - 10000) / 100
vals = [complex(rnd(), rnd()) for _ in range(30)]
for i in range(0, 30, 2):
    a, b = vals[i], vals[i + 1]
    print(a, b, a + b, a - b, a * b, a / b, abs(a), a.conjugate(), a ** 2, a ** -1)
print(all(complex(repr(v)) == v for v in vals))
print(sum(vals), sum(v * v for v in vals), (1 + 1j) ** 0.5, (-1 + 0j) ** 0.5, (2 + 3j) ** (1 - 1j), 1j ** 1j)
print(complex(1e300, 1e300) / complex(1e300, 1e300), complex(1e-300, 1e-300) / complex(1e-300, 1e-300), (1e200j) * (1e200j))
print(complex(3, 4) / 2, complex(3, 4) // 1 if False else "", 5 / complex(0, 1), 1 / (1 + 0j), (1 + 2j) ** 3, (1 + 2j) ** 50)
