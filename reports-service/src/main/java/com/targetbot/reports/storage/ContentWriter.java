package com.targetbot.reports.storage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an object's content while it is being uploaded.
 *
 * @param <R> what the writer reports about the content, e.g. the number of rows
 */
@FunctionalInterface
public interface ContentWriter<R> {

    /**
     * Writes the whole content to {@code out} and returns; throwing aborts the upload, so no partial
     * object is ever stored. Closing {@code out} only flushes it.
     */
    R writeTo(OutputStream out) throws IOException;
}
