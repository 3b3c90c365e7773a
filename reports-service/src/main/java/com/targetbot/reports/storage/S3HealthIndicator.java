package com.targetbot.reports.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the object store, as {@code s3}: the reports bucket answers. */
@Component
class S3HealthIndicator extends AbstractHealthIndicator {

    private final ReportStorage storage;

    S3HealthIndicator(ReportStorage storage) {
        super("S3 health check failed");
        this.storage = storage;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        storage.checkBucket();
        builder.up().withDetail("bucket", storage.bucket());
    }
}
