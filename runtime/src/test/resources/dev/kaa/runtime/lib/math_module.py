# The math module: results and errors of every function
import math
tests = ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.log(1, 1)", "math.log(8, 2)", "math.log(2**2000)", "math.log(-2**2000)", "math.log(0, 2)", "math.log('a')",
 "math.acos(2)", "math.exp(1000)", "math.exp(-1000)", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)",
 "math.factorial(-1)", "math.factorial(1.5)", "math.factorial(5)", "math.factorial(30)", "math.comb(5, -1)", "math.comb(-5, 1)", "math.comb(5.0, 1)", "math.perm(5)", "math.perm(5, 2)", "math.comb(10, 3)", "math.perm(5, 7)",
 "math.isqrt(-1)", "math.isqrt(10**40)", "math.isqrt(2.0)", "math.gcd()", "math.gcd(12, 18, 8)", "math.gcd(1.5)", "math.lcm(4, 6, 10)", "math.lcm()", "math.lcm(0, 5)",
 "math.floor(2.5)", "math.floor(-2.5)", "math.floor(math.inf)", "math.floor(math.nan)", "math.ceil('a')", "math.trunc(2.7)", "math.trunc('a')", "math.floor(10**30)", "math.ceil(1e30)",
 "math.fsum([0.1]*10)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.fsum([1, 2**1000, -2**1000])", "math.prod([1,2,3], start=2)", "math.prod([])", "math.prod(['a'], start=2)",
 "math.isclose(1, 1.0000000001)", "math.isclose(1, 1.1, rel_tol=-1)", "math.isclose(1,2,3)", "math.hypot(3, 4)", "math.hypot()", "math.hypot(3, 4, 12)", "math.dist((0,0),(3,4))", "math.dist((0,),(3,4))",
 "math.gamma(0)", "math.gamma(-1)", "math.gamma(0.5)", "math.gamma(5)", "math.gamma(171.7)", "math.lgamma(0)", "math.lgamma(10.5)", "math.erf(0.5)", "math.erfc(0.5)", "math.erf(3)", "math.erfc(10)",
 "math.frexp(8.0)", "math.frexp(0.0)", "math.ldexp(1.0, 1025)", "math.ldexp(1.0, -1080)", "math.ldexp(1, 10**30)", "math.modf(2.5)", "math.modf(-math.inf)", "math.copysign(1, -0.0)",
 "math.degrees(math.pi)", "math.radians(180)", "math.nextafter(1, 2)", "math.nextafter(1, 2, steps=3)", "math.ulp(1.0)", "math.ulp(math.inf)", "math.remainder(5, 3)", "math.remainder(math.inf, 1)",
 "math.sumprod([1,2],[3,4])", "math.sumprod([1],[3,4])", "math.sumprod([0.1]*3,[3]*3)", "math.fma(2,3,4)", "math.cbrt(27)", "math.exp2(10)", "math.expm1(1e-10)", "math.log1p(-1)", "math.log1p(-2)",
 "math.asinh(1)", "math.acosh(0.5)", "math.atanh(1)", "math.atanh(0.5)", "math.sinh(1000)", "math.cosh(2)", "math.tanh(0.5)", "math.atan2(1, 2)", "math.atan2(0.0, -0.0)", "math.sqrt(2)", "math.sqrt(10**400)",
 "math.log2(1024)", "math.log10(1000)", "math.log2(2**2000)", "math.log10(-1)", "math.sin(1e22)", "math.cos(1)", "math.tan(1.5)", "math.exp(1)", "math.e", "math.pi", "math.tau", "math.inf", "math.nan",
 "math.isnan(1)", "math.isinf(-math.inf)", "math.isfinite(1e308)", "math.fabs(-3)", "math.sqrt('x')", "math.sqrt(1, 2)", "math.floor()", "math.log()", "math.log(1,2,3)", "math.pow(2, 0.5)",
 "math.comb(100, 50)", "math.perm(20, 10)", "math.comb(10**6, 3)", "math.factorial(10**20)", "math.gcd(2**100, 6**50)", "math.isqrt(True)", "math.floor(True)", "math.dist([1],[2,3])", "math.hypot('a')",
 "math.nextafter(0.0, -1)", "math.pow(2, 1024)", "math.sin(math.inf)", "math.exp(math.nan)", "math.atan(math.inf)", "math.log(2.5, 0.5)", "math.gamma(-0.5)", "math.lgamma(-2.5)", "math.gamma(1e-300)"]
for t in tests:
    try: r = eval(t)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(t, "->", repr(r))
