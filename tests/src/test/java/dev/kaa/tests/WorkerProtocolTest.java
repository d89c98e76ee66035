package dev.kaa.tests;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The worker's binary replies survive the pipe unchanged: outputs, missing outputs and problems. */
class WorkerProtocolTest {
    private static KaaCli.Result roundTrip(KaaCli.Result r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GoldenWorker.write(new DataOutputStream(bytes), r);
        return GoldenWorker.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void outputsRoundTrip() throws IOException {
        KaaCli.Result r = roundTrip(new KaaCli.Result(new Expected(3, "out é😀\n", ""), null, 42));
        assertEquals(new Expected(3, "out é😀\n", ""), r.output());
        assertNull(r.problem());
        assertEquals(42, r.millis());
    }

    @Test
    void problemsRoundTrip() throws IOException {
        KaaCli.Result r = roundTrip(new KaaCli.Result(null, "timed out", 7));
        assertNull(r.output());
        assertEquals("timed out", r.problem());
    }
}
