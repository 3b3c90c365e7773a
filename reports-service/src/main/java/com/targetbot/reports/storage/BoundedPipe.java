package com.targetbot.reports.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A fixed-size byte pipe from one writing thread to one reading thread. Unlike {@link java.io.PipedInputStream}
 * it does not tie its liveness to particular threads (which breaks with virtual and pooled threads), it
 * carries the writer's failure to the reader, so an upload of half a report fails instead of completing,
 * and it carries the reader's departure to the writer, so a failed upload stops the export.
 */
final class BoundedPipe {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final byte[] buffer;
    private int head;
    private int size;
    private boolean writerClosed;
    private @Nullable Throwable writerFailure;
    private boolean readerClosed;

    BoundedPipe(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.buffer = new byte[capacity];
    }

    /** The writing end; closing it is not the end of the stream, {@link #closeWriter()} is. */
    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                BoundedPipe.this.write(bytes, offset, length);
            }
        };
    }

    /** The reading end; closing it makes every later write fail. */
    InputStream source() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return BoundedPipe.this.read(bytes, offset, length);
            }

            @Override
            public int available() {
                lock.lock();
                try {
                    return size;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public void close() {
                closeReader();
            }
        };
    }

    /** Ends the stream: the reader gets the bytes still buffered, then end of stream. */
    void closeWriter() {
        lock.lock();
        try {
            writerClosed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends the stream with a failure, which the reader gets instead of the remaining bytes.
     *
     * @return whether the failure is the writer's own; {@code false} when the reader had already gone, in
     *     which case the failure is a consequence of its departure
     */
    boolean failWriter(Throwable failure) {
        lock.lock();
        try {
            boolean own = !writerClosed && !readerClosed;
            if (own) {
                writerFailure = failure;
            }
            writerClosed = true;
            readable.signalAll();
            return own;
        } finally {
            lock.unlock();
        }
    }

    /** Stops reading: a blocked or later write fails. */
    void closeReader() {
        lock.lock();
        try {
            readerClosed = true;
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        lock.lock();
        try {
            int from = offset;
            int remaining = length;
            while (remaining > 0) {
                while (size == buffer.length && !readerClosed && !writerClosed) {
                    await(writable);
                }
                if (readerClosed) {
                    throw new IOException("the reading end of the pipe is closed");
                }
                if (writerClosed) {
                    throw new IOException("the writing end of the pipe is closed");
                }
                int tail = (head + size) % buffer.length;
                int n = Math.min(remaining, Math.min(buffer.length - size, buffer.length - tail));
                System.arraycopy(bytes, from, buffer, tail, n);
                size += n;
                from += n;
                remaining -= n;
                readable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        lock.lock();
        try {
            while (size == 0 && !writerClosed && !readerClosed) {
                await(readable);
            }
            if (readerClosed) {
                throw new IOException("the reading end of the pipe is closed");
            }
            if (writerFailure != null) {
                throw new IOException("the writer failed: " + writerFailure.getMessage(), writerFailure);
            }
            if (size == 0) {
                return -1;
            }
            int n = Math.min(length, Math.min(size, buffer.length - head));
            System.arraycopy(buffer, head, bytes, offset, n);
            head = (head + n) % buffer.length;
            size -= n;
            writable.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    private static void await(Condition condition) throws InterruptedIOException {
        try {
            condition.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting on the pipe");
        }
    }
}
