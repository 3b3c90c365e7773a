package com.targetbot.reports.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BoundedPipeTests {

    @Test
    void bytesArriveInOrderThroughABufferMuchSmallerThanTheData() throws Exception {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        var pipe = new BoundedPipe(1024);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                OutputStream out = pipe.sink();
                for (int offset = 0; offset < data.length; offset += 777) {
                    out.write(data, offset, Math.min(777, data.length - offset));
                }
                pipe.closeWriter();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] read = pipe.source().readAllBytes();
        writer.get();

        assertThat(read).isEqualTo(data);
    }

    @Test
    void writerFailureReachesTheReaderInsteadOfAnEndOfStream() throws Exception {
        var pipe = new BoundedPipe(64);
        pipe.sink().write(new byte[] {1, 2, 3});

        boolean own = pipe.failWriter(new IllegalStateException("leads export broke off"));
        InputStream source = pipe.source();

        assertThatThrownBy(() -> source.read(new byte[8]))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("leads export broke off")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(own).isTrue();
    }

    @Test
    void readerThatLeavesUnblocksAndFailsTheWriter() throws Exception {
        var pipe = new BoundedPipe(16);
        CompletableFuture<Throwable> writer = CompletableFuture.supplyAsync(() -> {
            try {
                pipe.sink().write(new byte[1000]);
                return null;
            } catch (IOException e) {
                return e;
            }
        });

        byte[] first = new byte[4];
        int n = pipe.source().read(first);
        pipe.closeReader();

        assertThat(n).isPositive();
        assertThat(writer.get()).isInstanceOf(IOException.class).hasMessageContaining("reading end");
    }

    @Test
    void writerFailureAfterTheReaderLeftIsAConsequenceAndNotReported() {
        var pipe = new BoundedPipe(16);

        pipe.closeReader();
        boolean own = pipe.failWriter(new IOException("the reading end of the pipe is closed"));

        assertThat(own).isFalse();
    }

    @Test
    void cleanEndOfStreamAfterTheLastBytes() throws Exception {
        var pipe = new BoundedPipe(16);
        pipe.sink().write(new byte[] {42});
        pipe.closeWriter();

        var read = new ByteArrayOutputStream();
        pipe.source().transferTo(read);

        assertThat(read.toByteArray()).containsExactly(42);
        assertThat(pipe.source().read()).isEqualTo(-1);
    }
}
