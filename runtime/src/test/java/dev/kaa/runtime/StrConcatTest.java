package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** str concatenation onto shared buffers (StrBuf): older strs keep their value, forks and threads are safe. */
class StrConcatTest {
    @Test
    void loopAppendKeepsEveryIntermediateValue() {
        PyStr s = PyStr.of("x".repeat(300));
        List<PyStr> all = new ArrayList<>();
        StringBuilder expect = new StringBuilder("x".repeat(300));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            s = PyStr.concatStr(s, PyStr.of(String.valueOf(i % 10)));
            expect.append(i % 10);
            all.add(s);
            expected.add(expect.toString());
        }
        for (int i = 0; i < all.size(); i++) {
            assertEquals(expected.get(i), all.get(i).toString());
            assertEquals(expected.get(i).length(), all.get(i).length());
        }
    }

    @Test
    void forkFromAnOlderStrCopies() {
        PyStr base = PyStr.concatStr(PyStr.of("b".repeat(400)), PyStr.of("1"));
        PyStr a = PyStr.concatStr(base, PyStr.of("A"));
        PyStr b = PyStr.concatStr(base, PyStr.of("B"));
        PyStr a2 = PyStr.concatStr(a, PyStr.of("a"));
        assertEquals("b".repeat(400) + "1", base.toString());
        assertEquals("b".repeat(400) + "1A", a.toString());
        assertEquals("b".repeat(400) + "1B", b.toString());
        assertEquals("b".repeat(400) + "1Aa", a2.toString());
        assertEquals(PyStr.of("b".repeat(400) + "1B"), b);
    }

    @Test
    void concurrentAppendsFromOneStrStayIndependent() throws InterruptedException {
        PyStr base = PyStr.concatStr(PyStr.of("c".repeat(500)), PyStr.of("!"));
        int threads = 4;
        PyStr[] results = new PyStr[threads];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                PyStr r = base;
                PyStr piece = PyStr.of(String.valueOf((char) ('a' + id)));
                for (int i = 0; i < 5000; i++) {
                    r = PyStr.concatStr(r, piece);
                }
                results[id] = r;
            });
            ts.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        for (int t = 0; t < threads; t++) {
            assertEquals("c".repeat(500) + "!" + String.valueOf((char) ('a' + t)).repeat(5000), results[t].toString());
        }
        assertEquals("c".repeat(500) + "!", base.toString());
    }
}
