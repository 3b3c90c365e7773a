package com.targetbot.reports.storage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where report files go and how long their links last.
 *
 * @param bucket the reports bucket, owned by this service
 * @param downloadUrlTtl validity of presigned download links; S3 signatures allow at most 7 days
 */
@Validated
@ConfigurationProperties("targetbot.reports.storage")
record StorageProperties(
        @DefaultValue("targetbot-reports") @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]") String bucket,

        @DefaultValue("1h") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 7)
        Duration downloadUrlTtl) {}
