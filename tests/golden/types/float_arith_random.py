# IEEE-754 float arithmetic on pseudo-random operands: + - * / // % divmod and ** with sign and rounding checks
state = 6060
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rfloat():
    r = rnd()
    return ((r >> 11) / 2**53 - 0.5) * 10.0 ** ((r % 41) - 20)
for i in range(45):
    a, b = rfloat(), rfloat()
    q, m = divmod(a, b)
    print(repr(a), repr(b), a + b, a - b, a * b, a / b, a // b, a % b, q == a // b and m == a % b, abs(b) > abs(m), (m == 0 or (m < 0) == (b < 0)))
print(0.1 + 0.2 - 0.3, 1e308 + 1e308, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2, -5e-324 / 2, 1 / 3 * 3 == 1)
print(2.0 ** 0.5, 2.0 ** -1074, 2.0 ** 1023 * 1.999, (-2.0) ** 3, (-0.5) ** -2, 0.0 ** 0.0, 1.0000001 ** 1e7)
