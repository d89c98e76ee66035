# program: number theory — gcd/lcm, prime factorisation, Collatz, perfect numbers, digits, base conversion, big powers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(1071, 462), lcm(21, 6), gcd(2**100, 6**50))
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factorize(360), factorize(9973), factorize(2**10 * 3**5 * 101))
def collatz(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps
print(max(range(1, 3000), key=collatz), collatz(27))
def divisor_sum(n):
    total, d = 1, 2
    while d * d <= n:
        if n % d == 0:
            total += d + (n // d if d * d != n else 0)
        d += 1
    return total
print([n for n in range(2, 10000) if divisor_sum(n) == n])
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    out = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return '-' * neg + out
print(to_base(255, 2), to_base(255, 16), to_base(-100, 7), int(to_base(123456789, 36), 36))
print(sum(int(c) for c in str(2 ** 1000)), len(str(3 ** 1000)), 7 ** 77 % 1000)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10**40), isqrt(99), isqrt(2 * 10**30))
