package dev.kaa.runtime.modules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * C's {@code strftime} in the "C" locale, which is what {@code time.strftime} calls: the POSIX
 * conversions (%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %m %M %n %p %r %R %S %t %T %u %U %V %w
 * %W %x %X %y %Y %z %Z %%) over a broken-down time given as CPython's nine struct_time fields.
 */
final class Strftime {
    private Strftime() {
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** v: year, month 1-12, mday, hour, minute, second, wday (Monday 0), yday 1-366, isdst. */
    static String format(String fmt, long[] v, String zone, long gmtoff) {
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            conversion(sb, d, v, zone, gmtoff);
        }
        return sb.toString();
    }

    private static void two(StringBuilder sb, long x) {
        if (x >= 0 && x < 10) {
            sb.append('0');
        }
        sb.append(x);
    }

    private static void conversion(StringBuilder sb, char d, long[] v, String zone, long gmtoff) {
        int wday = (int) Math.floorMod(v[6], 7); // Monday 0
        int cWday = (wday + 1) % 7; // Sunday 0, as C's tm_wday
        long yday0 = v[7] - 1;
        switch (d) {
            case 'a' -> sb.append(DAYS[wday], 0, 3);
            case 'A' -> sb.append(DAYS[wday]);
            case 'b', 'h' -> sb.append(MONTHS[(int) v[1] - 1], 0, 3);
            case 'B' -> sb.append(MONTHS[(int) v[1] - 1]);
            case 'c' -> {
                conversion(sb, 'a', v, zone, gmtoff);
                sb.append(' ');
                conversion(sb, 'b', v, zone, gmtoff);
                sb.append(' ');
                conversion(sb, 'e', v, zone, gmtoff);
                sb.append(' ');
                conversion(sb, 'T', v, zone, gmtoff);
                sb.append(' ');
                sb.append(v[0]);
            }
            case 'C' -> two(sb, Math.floorDiv(v[0], 100));
            case 'd' -> two(sb, v[2]);
            case 'D', 'x' -> {
                two(sb, v[1]);
                sb.append('/');
                two(sb, v[2]);
                sb.append('/');
                two(sb, Math.floorMod(v[0], 100));
            }
            case 'e' -> sb.append(String.format(Locale.ROOT, "%2d", v[2]));
            case 'F' -> {
                sb.append(v[0]).append('-');
                two(sb, v[1]);
                sb.append('-');
                two(sb, v[2]);
            }
            case 'G', 'g', 'V' -> {
                int isoYear;
                int isoWeek;
                try {
                    LocalDate date = LocalDate.of((int) v[0], (int) v[1], (int) Math.max(1, v[2]));
                    isoYear = date.get(IsoFields.WEEK_BASED_YEAR);
                    isoWeek = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                } catch (java.time.DateTimeException e) {
                    isoYear = (int) v[0];
                    isoWeek = 1;
                }
                if (d == 'G') {
                    sb.append(isoYear);
                } else if (d == 'g') {
                    two(sb, Math.floorMod(isoYear, 100));
                } else {
                    two(sb, isoWeek);
                }
            }
            case 'H' -> two(sb, v[3]);
            case 'I' -> two(sb, v[3] % 12 == 0 ? 12 : v[3] % 12);
            case 'j' -> sb.append(String.format(Locale.ROOT, "%03d", v[7]));
            case 'm' -> two(sb, v[1]);
            case 'M' -> two(sb, v[4]);
            case 'n' -> sb.append('\n');
            case 'p' -> sb.append(v[3] < 12 ? "AM" : "PM");
            case 'r' -> {
                conversion(sb, 'I', v, zone, gmtoff);
                sb.append(':');
                two(sb, v[4]);
                sb.append(':');
                two(sb, v[5]);
                sb.append(' ');
                conversion(sb, 'p', v, zone, gmtoff);
            }
            case 'R' -> {
                two(sb, v[3]);
                sb.append(':');
                two(sb, v[4]);
            }
            case 'S' -> two(sb, v[5]);
            case 's' -> sb.append(v[0]); // rarely used; glibc gives epoch seconds
            case 't' -> sb.append('\t');
            case 'T', 'X' -> {
                two(sb, v[3]);
                sb.append(':');
                two(sb, v[4]);
                sb.append(':');
                two(sb, v[5]);
            }
            case 'u' -> sb.append(wday + 1);
            case 'U' -> two(sb, (yday0 + 7 - cWday) / 7);
            case 'w' -> sb.append(cWday);
            case 'W' -> two(sb, (yday0 + 7 - wday) / 7);
            case 'y' -> two(sb, Math.floorMod(v[0], 100));
            case 'Y' -> sb.append(v[0]);
            case 'z' -> {
                long off = gmtoff;
                sb.append(off < 0 ? '-' : '+');
                off = Math.abs(off) / 60;
                two(sb, off / 60);
                two(sb, off % 60);
            }
            case 'Z' -> sb.append(zone);
            case '%' -> sb.append('%');
            default -> sb.append('%').append(d);
        }
    }
}
