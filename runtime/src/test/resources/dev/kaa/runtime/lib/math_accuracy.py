# Elementary functions on pseudo-random arguments. Those in EXACT must give glibc's (CPython's) last bit;
# for the others (libm results not correctly rounded, or Java's Math within an ulp) 14 digits must agree.
EXACT = {'cos', 'log10', 'sinh', 'tanh', 'expm1', 'cbrt', 'sqrt', 'asinh', 'acosh', 'atanh', 'exp2', 'lgamma', 'atan', 'asin', 'log2', 'erf', 'erfc'}
import math
# deterministic pseudo-random values without the random module
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 11) / 2**53
fs = ['sin','cos','tan','exp','log','log10','log2','atan','asin','acos','sinh','cosh','tanh','expm1','log1p','cbrt','sqrt','asinh','acosh','atanh','erf','erfc','exp2','gamma','lgamma']
bad = {}
for fn in fs:
    f = getattr(math, fn)
    out = []
    for i in range(150):
        k = rnd()
        if fn in ('asin','acos','atanh'): x = rnd()*2-1
        elif fn == 'acosh': x = 1 + rnd()*50
        elif fn in ('log','log10','log2','sqrt','log1p'): x = rnd()*1000 if k<0.5 else rnd()
        elif fn in ('exp','sinh','cosh','expm1','exp2'): x = rnd()*1400-700 if k < 0.3 else rnd()*10-5
        elif fn in ('gamma', 'lgamma'): x = rnd()*100-50
        else: x = rnd()*20-10 if k<0.7 else rnd()*2e6-1e6
        try: r = f(x)
        except Exception as e: r = type(e).__name__
        out.append(repr(r) if fn in EXACT or isinstance(r, str) else '%.14g' % r)
    print(fn)
    for o in out: print(' ', o)
