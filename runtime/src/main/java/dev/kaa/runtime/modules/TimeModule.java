package dev.kaa.runtime.modules;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyObject;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyStructSeq;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The {@code time} module's clocks and {@code sleep} (CPython's {@code Modules/timemodule.c}). The wall
 * clock is {@link Instant#now()}, the monotonic and performance counters {@link System#nanoTime()}, the
 * process time the JVM's CPU time ({@link ProcessHandle}).
 */
@PyModule(name = "time", doc = "This module provides various functions to manipulate time values.\n\n"
        + "There are two standard representations of time.  One is the number\n"
        + "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
        + "or a floating-point number (to represent fractions of seconds).\n"
        + "The epoch is the point where the time starts, the return value of time.gmtime(0).\n"
        + "It is January 1, 1970, 00:00:00 (UTC) on all platforms.\n\n"
        + "The other representation is a tuple of 9 integers giving local time.\n"
        + "The tuple items are:\n"
        + "  year (including century, e.g. 1998)\n"
        + "  month (1-12)\n"
        + "  day (1-31)\n"
        + "  hours (0-23)\n"
        + "  minutes (0-59)\n"
        + "  seconds (0-59)\n"
        + "  weekday (0-6, Monday is 0)\n"
        + "  Julian day (day in the year, 1-366)\n"
        + "  DST (Daylight Savings Time) flag (-1, 0 or 1)\n"
        + "If the DST flag is 0, the time is given in the regular time zone;\n"
        + "if it is 1, the time is given in the DST time zone;\n"
        + "if it is -1, mktime() should guess based on the date and time.\n")
public final class TimeModule {
    private TimeModule() {
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @PyFunction(doc = "time() -> floating-point number\n\nReturn the current time in seconds since the Epoch.\n"
            + "Fractions of a second may be present if the system clock provides them.")
    static double time() {
        return wallNanos() / 1e9;
    }

    @PyFunction(doc = "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.")
    static long time_ns() {
        return wallNanos();
    }

    @PyFunction(doc = "perf_counter() -> float\n\nPerformance counter for benchmarking.")
    static double perf_counter() {
        return System.nanoTime() / 1e9;
    }

    @PyFunction(doc = "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.")
    static long perf_counter_ns() {
        return System.nanoTime();
    }

    @PyFunction(doc = "monotonic() -> float\n\nMonotonic clock, cannot go backward.")
    static double monotonic() {
        return System.nanoTime() / 1e9;
    }

    @PyFunction(doc = "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.")
    static long monotonic_ns() {
        return System.nanoTime();
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @PyFunction(doc = "process_time() -> float\n\n"
            + "Process time for profiling: sum of the kernel and user-space CPU time.")
    static double process_time() {
        return processNanos() / 1e9;
    }

    @PyFunction(doc = "process_time() -> int\n\n"
            + "Process time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.")
    static long process_time_ns() {
        return processNanos();
    }

    @PyFunction(doc = "thread_time() -> float\n\n"
            + "Thread time for profiling: sum of the kernel and user-space CPU time.")
    static double thread_time() {
        return threadNanos() / 1e9;
    }

    @PyFunction(doc = "thread_time() -> int\n\nThread time for profiling as nanoseconds:\n"
            + "sum of the kernel and user-space CPU time.")
    static long thread_time_ns() {
        return threadNanos();
    }

    private static long threadNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : -1;
        return t < 0 ? processNanos() : t;
    }

    @PyFunction(sig = "seconds, /", doc = "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
            + "a floating-point number for subsecond precision.")
    static void sleep(PyObject seconds) {
        long nanos;
        if (seconds instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
            }
            if (d * 1e9 >= 0x1p63 || d * 1e9 < -0x1p63) {
                throw PyErr.format(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
            }
            nanos = (long) Math.ceil(d * 1e9);
        } else {
            PyInt i = PyNumber.index(seconds);
            if (!i.isSmall() || Math.abs(i.longValue()) > Long.MAX_VALUE / 1_000_000_000L) {
                throw PyErr.format(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
            }
            nanos = i.longValue() * 1_000_000_000L;
        }
        if (nanos < 0) {
            throw PyErr.format(PyExc.ValueError, "sleep length must be non-negative");
        }
        ThreadState ts = ThreadState.current();
        long deadline = System.nanoTime() + nanos;
        // Sleep in slices so that Ctrl-C (interruptRequested) ends the sleep: the interpreter loop then raises.
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || ts.interp.interruptRequested) {
                return;
            }
            try {
                Thread.sleep(Duration.ofNanos(Math.min(left, 50_000_000L)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyErr.newException(PyExc.KeyboardInterrupt);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Broken-down time: struct_time, gmtime, localtime, mktime, asctime, ctime, strftime

    public static final PyType STRUCT_TIME = PyStructSeq.newType("time", "struct_time",
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                    + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                    + " sequence of 9 integers.\n\n"
                    + " Note that several fields' values are not the same as those defined by\n"
                    + " the C language standard for struct tm.  For example, the value of the\n"
                    + " field tm_year is the actual year, not year - 1900.  See individual\n"
                    + " fields' descriptions for details.",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                "tm_isdst", "tm_zone", "tm_gmtoff"}, 9, true);

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static void exec(dev.kaa.runtime.objects.PyModule m) {
        m.add("__package__", dev.kaa.runtime.objects.PyStr.EMPTY);
        m.add("struct_time", STRUCT_TIME);
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDateTime.now(zone).getYear();
        // As CPython's init_timezone: the offsets in January and July of this year.
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        int janOff = jan.getOffset().getTotalSeconds();
        int julOff = jul.getOffset().getTotalSeconds();
        String janName = zoneName(jan);
        String julName = zoneName(jul);
        if (janOff < julOff) { // northern hemisphere: DST in July
            m.add("timezone", PyInt.of(-janOff));
            m.add("altzone", PyInt.of(-julOff));
            m.add("tzname", PyTuple.of(PyStr.of(janName), PyStr.of(julName)));
        } else {
            m.add("timezone", PyInt.of(-julOff));
            m.add("altzone", PyInt.of(-janOff));
            m.add("tzname", PyTuple.of(PyStr.of(julName), PyStr.of(janName)));
        }
        m.add("daylight", PyInt.of(janOff != julOff ? 1 : 0));
    }

    /** The zone abbreviation C's tm_zone would hold ("UTC", "CET", "CEST", ...). */
    private static String zoneName(ZonedDateTime t) {
        String id = t.getZone().getId();
        if (id.equals("Etc/UTC") || id.equals("UTC") || id.equals("Z") || id.equals("Etc/Universal")) {
            return "UTC";
        }
        return ZONE_ABBREVIATION.format(t);
    }

    private static final java.time.format.DateTimeFormatter ZONE_ABBREVIATION =
            java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    /** _PyTime_ObjectToTime_t: a float (floored) or an integer; null/None means now. */
    private static long seconds(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Math.floorDiv(wallNanos(), 1_000_000_000L);
        }
        if (secs instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
            }
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) {
                throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt i = PyNumber.index(secs);
        if (!i.isSmall()) {
            throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    private static PyObject structTime(ZonedDateTime t, String zoneName) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        return PyStructSeq.of(STRUCT_TIME, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()),
                PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0),
                PyStr.of(zoneName), PyInt.of(t.getOffset().getTotalSeconds()));
    }

    private static ZonedDateTime at(long secs, ZoneId zone) {
        // glibc accepts years up to 2**31 - 1 + 1900; java.time up to 999999999.
        if (secs > 67767976233316800L || secs < -67768040609740800L) {
            throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
        try {
            return Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
    }

    @PyFunction(sig = "seconds=None, /", doc = "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
            + "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
            + "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
            + "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
            + "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
            + "attributes only.")
    static PyObject gmtime(PyObject seconds) {
        return structTime(at(seconds(seconds), ZoneOffset.UTC), "GMT");
    }

    @PyFunction(sig = "seconds=None, /", doc = "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
            + "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
            + "Convert seconds since the Epoch to a time tuple expressing local time.\n"
            + "When 'seconds' is not passed in, convert the current time instead.")
    static PyObject localtime(PyObject seconds) {
        ZonedDateTime t = at(seconds(seconds), ZoneId.systemDefault());
        return structTime(t, zoneName(t));
    }

    /** The nine fields of a struct_time or 9-tuple ({@code gettmarg}), checked as CPython's checktm. */
    private static long[] timeTuple(PyObject t, String func) {
        if (!(t instanceof PyTuple tup)) {
            throw PyErr.format(PyExc.TypeError, "Tuple or struct_time argument required");
        }
        if (tup.size() != 9) {
            if (func.equals("asctime")) {
                throw PyErr.format(PyExc.TypeError, "asctime(): illegal time tuple argument");
            }
            throw PyErr.format(PyExc.TypeError, "%s(): illegal time tuple argument", func);
        }
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            v[i] = Abstract.asIndex(tup.get(i), PyExc.OverflowError);
        }
        return v;
    }

    private static void checkTm(long[] v, boolean strftime) {
        long mon = v[1];
        if (strftime && mon == 0) {
            mon = 1;
        }
        if (mon < 1 || mon > 12) {
            throw PyErr.format(PyExc.ValueError, "month out of range");
        }
        if (v[2] < (strftime ? 0 : 1) || v[2] > 31) {
            throw PyErr.format(PyExc.ValueError, "day of month out of range");
        }
        if (v[3] < 0 || v[3] > 23) {
            throw PyErr.format(PyExc.ValueError, "hour out of range");
        }
        if (v[4] < 0 || v[4] > 59) {
            throw PyErr.format(PyExc.ValueError, "minute out of range");
        }
        if (v[5] < 0 || v[5] > 61) {
            throw PyErr.format(PyExc.ValueError, "seconds out of range");
        }
        if (v[6] < 0 && !strftime) {
            throw PyErr.format(PyExc.ValueError, "day of week out of range");
        }
        if (v[7] < (strftime ? 0 : 1) || v[7] > 366) {
            throw PyErr.format(PyExc.ValueError, "day of year out of range");
        }
    }

    private static String asctimeOf(long[] v) {
        int wday = (int) Math.floorMod(v[6], 7);
        return String.format(Locale.ROOT, "%s %s%3d %02d:%02d:%02d %d", DAYS[wday], MONTHS[(int) v[1] - 1], v[2], v[3],
                v[4], v[5], v[0]);
    }

    private static long[] fields(ZonedDateTime t) {
        return new long[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear(),
            t.getZone().getRules().isDaylightSavings(t.toInstant()) ? 1 : 0};
    }

    @PyFunction(sig = "time_tuple=NULL, /", doc = "asctime([tuple]) -> string\n\n"
            + "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
            + "When the time tuple is not present, current time as returned by localtime()\n"
            + "is used.")
    static PyObject asctime(PyObject t) {
        long[] v = t == null ? fields(ZonedDateTime.now(ZoneId.systemDefault())) : timeTuple(t, "asctime");
        if (t != null) {
            checkTm(v, false);
        }
        return PyStr.of(asctimeOf(v));
    }

    @PyFunction(sig = "seconds=None, /", doc = "ctime(seconds) -> string\n\n"
            + "Convert a time in seconds since the Epoch to a string in local time.\n"
            + "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
            + "not present, current time as returned by localtime() is used.")
    static PyObject ctime(PyObject seconds) {
        return PyStr.of(asctimeOf(fields(at(seconds(seconds), ZoneId.systemDefault()))));
    }

    @PyFunction(sig = "time_tuple, /", doc = "mktime(tuple) -> floating-point number\n\n"
            + "Convert a time tuple in local time to seconds since the Epoch.\n"
            + "Note that mktime(gmtime(0)) will not generally return zero for most\n"
            + "time zones; instead the returned value will either be equal to that\n"
            + "of the timezone or altzone attributes on the time module.")
    static double mktime(PyObject t) {
        long[] v = timeTuple(t, "mktime");
        try {
            LocalDateTime ldt = LocalDateTime.of((int) v[0], 1, 1, 0, 0, 0).plusMonths(v[1] - 1).plusDays(v[2] - 1)
                    .plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
            return ldt.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw PyErr.format(PyExc.OverflowError, "mktime argument out of range");
        }
    }

    @PyFunction(sig = "format, time_tuple=NULL, /", doc = "strftime(format[, tuple]) -> string\n\n"
            + "Convert a time tuple to a string according to a format specification.\n"
            + "See the library reference manual for formatting codes. When the time tuple\n"
            + "is not present, current time as returned by localtime() is used.\n\n"
            + "Commonly used format codes:\n\n"
            + "%Y  Year with century as a decimal number.\n%m  Month as a decimal number [01,12].\n"
            + "%d  Day of the month as a decimal number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n"
            + "%M  Minute as a decimal number [00,59].\n%S  Second as a decimal number [00,61].\n"
            + "%z  Time zone offset from UTC.\n%a  Locale's abbreviated weekday name.\n"
            + "%A  Locale's full weekday name.\n%b  Locale's abbreviated month name.\n"
            + "%B  Locale's full month name.\n%c  Locale's appropriate date and time representation.\n"
            + "%I  Hour (12-hour clock) as a decimal number [01,12].\n%p  Locale's equivalent of either AM or PM.\n\n"
            + "Other codes may be available on your platform.  See documentation for\nthe C library strftime function.\n")
    static PyObject strftime(PyObject format, PyObject t) {
        if (!(format instanceof PyStr f)) {
            throw PyErr.format(PyExc.TypeError, "strftime() argument 1 must be str, not %s", format.type().getName());
        }
        long[] v;
        String zone;
        long gmtoff;
        if (t == null) {
            ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
            v = fields(now);
            zone = zoneName(now);
            gmtoff = now.getOffset().getTotalSeconds();
        } else {
            v = timeTuple(t, "strftime");
            checkTm(v, true);
            if (v[1] == 0) {
                v[1] = 1;
            }
            if (v[2] == 0) {
                v[2] = 1;
            }
            if (v[7] == 0) {
                v[7] = 1;
            }
            PyStructSeq st = t instanceof PyStructSeq s2 && s2.type() == STRUCT_TIME ? s2 : null;
            PyObject z = st != null ? Abstract.getAttr(st, "tm_zone") : PyNone.NONE;
            PyObject off = st != null ? Abstract.getAttr(st, "tm_gmtoff") : PyNone.NONE;
            ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
            zone = z instanceof PyStr ? z.toString() : zoneName(now);
            gmtoff = off instanceof PyInt oi ? oi.longValue() : now.getOffset().getTotalSeconds();
        }
        return PyStr.of(Strftime.format(f.toString(), v, zone, gmtoff));
    }
}
