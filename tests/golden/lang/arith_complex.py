# complex numbers: arithmetic, attributes, abs, repr, mixing with int/float, errors
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z / 2, z - 1.5, 1 / z, z ** 2, z == 3 + 4j, z != 3)
print(complex(1, 2), complex('1+2j'), complex(2), complex(), complex(1.5, -0.0))
print(1j * 1j, (1 + 1j) ** 0, 2 ** 1j == 2 ** 1j, repr(-1j), repr(complex(-0.0, -1)))
for expr in ['z // 2', 'z % 2', 'z < z', '1j / 0', 'complex("abc")', 'int(z)']:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(hash(1 + 0j) == hash(1), complex(1e300, 1e300) * 10)
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j))
