/**
 * What reports exist and where they stand: one Redis hash per report ({@code reports:report:<id>}) and a
 * sorted set by creation time ({@code reports:by-created}), read by {@code GET /reports} newest first with
 * presigned download links for ready reports.
 */
@NullMarked
package com.targetbot.reports.catalog;

import org.jspecify.annotations.NullMarked;
