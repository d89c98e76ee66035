# time: gmtime, struct_time, asctime, strftime (timezone-independent parts) and their errors
import time
t = time.gmtime(1700000000.7); print(t, t.tm_zone, t.tm_gmtoff, t[0], len(t))
print(time.asctime(t), time.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %D %T %F %R %G %g %V %u %C %h %r', t))
print(time.struct_time((2020,1,2,3,4,5,6,7,0)))
for f in (lambda: time.strftime(1), lambda: time.gmtime('a'), lambda: time.asctime((1,2)), lambda: time.struct_time((1,2)), lambda: time.gmtime(1e20), lambda: time.strftime('%Y', (2020,13,1,0,0,0,0,1,0)), lambda: time.strftime('%Y-%m', (2020,0,0,0,0,0,0,0,0))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for s in (0, 86400*365.25*30, 951782400, 1234567890, -86400*400):
    g = time.gmtime(s)
    print(g, time.strftime('%U %W %V %G %j %a %c', g), time.asctime(g))
print(type(time.localtime()).__name__, time.localtime().tm_year > 2000, isinstance(time.strftime('%H'), str))
