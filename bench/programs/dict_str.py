"""Dict and str work: build a text, split it into words, count them in dicts, index by prefix, invert.

Stresses str methods (split, lower, strip, join, startswith, slicing, concatenation, f-strings),
dict get/set/contains/items, and sorting of dict items.
Usage: dict_str.py [--steady N]
"""
import sys
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa", "xu", "be"]
WORDS = 300_000


def make_text(nwords):
    # A deterministic pseudo-random word stream (linear congruential generator).
    seed = 12345
    parts = []
    for i in range(nwords):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (seed >> 16) % 4
        w = ""
        s = seed >> 3
        for _ in range(n):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= 12
        if i % 7 == 0:
            w = w.upper()
        if i % 11 == 0:
            w = w + ","
        parts.append(w)
    return " ".join(parts)


def word_counts(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(",.").lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def by_prefix(counts):
    index = {}
    for word, n in counts.items():
        key = word[:2]
        if key in index:
            index[key].append(word)
        else:
            index[key] = [word]
    return index


def invert(counts):
    by_count = {}
    for word, n in counts.items():
        by_count.setdefault(n, []).append(word)
    return by_count


def workload():
    text = make_text(WORDS)
    counts = word_counts(text)
    index = by_prefix(counts)
    inverted = invert(counts)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    longest = max(counts, key=len)
    ka = sum(1 for w in counts if w.startswith("ka") and w.endswith("ta"))
    keys = "".join(k[0] for k in sorted(index))
    lines = [f"words={len(text.split())} distinct={len(counts)} prefixes={len(index)}"]
    lines.append("top " + " ".join(f"{w}:{n}" for w, n in top))
    lines.append(f"longest={longest} ka..ta={ka} counts={len(inverted)} keys={keys}")
    return "\n".join(lines)


def main(argv):
    if len(argv) > 2 and argv[1] == "--steady":
        result = None
        for i in range(int(argv[2])):
            t0 = time.perf_counter()
            result = workload()
            print("iter", i, time.perf_counter() - t0)
        print(result)
    else:
        print(workload())


main(sys.argv)
