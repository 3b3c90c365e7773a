package com.targetbot.sandbox.graph;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The size of the sandbox's ad agency and its Marketing API limits. The three named RUB accounts always exist;
 * a benchmark adds generated ones (e.g. 50 accounts × 200 campaigns × 20 ads).
 *
 * @param extraAccounts generated ad accounts besides the three named ones
 * @param campaignsPerExtraAccount campaigns of each generated account
 * @param adSetsPerCampaign ad sets of every campaign
 * @param adsPerAdSet ads of every ad set
 * @param accountHourlyCallBudget calls per ad account an hour that {@code X-Ad-Account-Usage} reports as 100%
 * @param reportRunPolls status reads an async report run answers "Job Running" before it completes
 */
@Validated
@ConfigurationProperties("targetbot.sandbox.graph.agency")
record GraphAgencyProperties(
        @DefaultValue("0") @Min(0) int extraAccounts,
        @DefaultValue("10") @Min(0) int campaignsPerExtraAccount,
        @DefaultValue("2") @Positive int adSetsPerCampaign,
        @DefaultValue("2") @Positive int adsPerAdSet,
        @DefaultValue("5000") @Positive int accountHourlyCallBudget,
        @DefaultValue("2") @Min(0) int reportRunPolls) {}
