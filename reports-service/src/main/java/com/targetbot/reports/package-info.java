/**
 * reports-service: turns {@code GenerateReport} commands into CSV files of the leads of a period (or of
 * every lead), streamed from leads-service's export straight into S3-compatible storage, and lists the
 * reports with presigned download links. It owns the {@code reports:} Redis keys and the reports bucket.
 */
@NullMarked
package com.targetbot.reports;

import org.jspecify.annotations.NullMarked;
