package com.targetbot.reports.storage;

/**
 * An object that was uploaded completely.
 *
 * @param key its key in the reports bucket
 * @param sizeBytes bytes stored
 * @param content what the {@link ContentWriter} reported
 */
public record StoredObject<R>(String key, long sizeBytes, R content) {}
