/**
 * Report writes: a report request is published as {@code GenerateReport} with an id chosen here.
 */
@NullMarked
package com.targetbot.gateway.reports;

import org.jspecify.annotations.NullMarked;
