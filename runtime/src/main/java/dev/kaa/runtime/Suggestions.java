package dev.kaa.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * "Did you mean ...?" ({@code Python/suggestions.c}): the candidate closest to a misspelt name by a
 * Levenshtein distance over UTF-8 bytes where a case change costs 1 and any other edit 2, accepted only
 * within a third of the characters involved. Used for unexpected keyword arguments here and for
 * AttributeError/NameError hints when tracebacks are printed.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The best suggestion for {@code name} among {@code candidates}, or null ({@code _Py_CalculateSuggestions}). */
    public static String calculate(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long suggestionDistance = Long.MAX_VALUE;
        String suggestion = null;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            // No more than 1/3 of the involved characters should need changed.
            long maxDistance = (long) (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            long current = levenshtein(nameBytes, itemBytes, maxDistance);
            if (current > maxDistance) {
                continue;
            }
            if (suggestion == null || current < suggestionDistance) {
                suggestion = item;
                suggestionDistance = current;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if ('A' <= a && a <= 'Z') {
            a += 'a' - 'A';
        }
        if ('A' <= b && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    /** {@code levenshtein_distance}, with common prefix and suffix trimmed and an early exit past {@code maxCost}. */
    static long levenshtein(byte[] a0, byte[] b0, long maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        // Prefer shorter buffer
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] buffer = new long[aSize];
        for (int i = 0; i < aSize; i++) {
            buffer[i] = (long) (i + 1) * MOVE_COST;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bStart + bIndex];
            long distance = result = (long) bIndex * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                long substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
