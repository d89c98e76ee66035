# printf-style % formatting: conversions, flags, width/precision, mapping keys, tuples, errors
print('%s %r %a' % ('é', 'é', 'é'))
print('%d %i %u %5d %-5d| %05d %+d % d' % (1, 2, 3, 4, 5, 6, 7, 8))
print('%x %X %#x %o %#o %e %E %f %F %g %G' % (255, 255, 255, 8, 8, 1234.5, 1234.5, 1.5, 2.5, 0.00001, 1e20))
print('%.3s|%10.2f|%-10s|%*d|%.*f' % ('abcdef', 3.14159, 'left', 5, 42, 2, 2.71828))
print('%(name)s is %(age)d' % {'name': 'Kaa', 'age': 7}, '%c%c' % (65, 'b'), '100%%' % ())
print('%s' % [1, 2], '%s' % (1,), '%s and %s' % (1, 2), '%r' % 'x', '%d' % 3.9, '%s' % None)
print(b'%s %d %x' % (b'bytes', 5, 255), b'%c' % 65, b'%r' % 'x')
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 1), ('%d', (1, 2)), ('%c', 'ab'), ('%c', 2**30)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
