# program: binary search, bisect left/right and insort written by hand, with invariant checks
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
def insort(a, x):
    a.insert(bisect_right(a, x), x)
def search(a, x):
    i = bisect_left(a, x)
    return i if i < len(a) and a[i] == x else -1
data = [1, 3, 3, 3, 5, 8, 13, 21]
for x in [0, 1, 3, 4, 21, 22]:
    print(x, bisect_left(data, x), bisect_right(data, x), search(data, x))
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(sorted_list, v)
print(sorted_list, sorted_list == sorted(sorted_list))
def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect_right(list(breakpoints), score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
def isqrt_bisect(n):
    lo, hi = 0, n + 1
    while lo < hi - 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt_bisect(n) for n in [0, 1, 15, 16, 17, 10**12, 10**30 + 7]])
