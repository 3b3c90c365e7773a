/**
 * Object storage for report files: the reports bucket (created at start when missing), uploads streamed
 * through a bounded pipe into an S3 multipart upload in constant memory, and presigned download links.
 */
@NullMarked
package com.targetbot.reports.storage;

import org.jspecify.annotations.NullMarked;
