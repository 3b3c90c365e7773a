package com.targetbot.reports.catalog;

import java.time.Instant;

/**
 * The stored file of a ready report.
 *
 * @param objectKey key in the reports bucket
 * @param sizeBytes file size
 * @param rows data rows, without the header
 * @param generatedAt when the upload completed
 */
public record ReportFile(String objectKey, long sizeBytes, long rows, Instant generatedAt) {}
