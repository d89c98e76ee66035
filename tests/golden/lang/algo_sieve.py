# program: sieve of Eratosthenes, prime counting and twin primes (list indexing, slices, while loops)
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:5], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
print(sum(primes) % 1000007, all(p % 2 for p in primes[1:]))
