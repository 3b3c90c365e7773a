package com.targetbot.meta.alerts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tells held alerts when their project's quiet time ends, and escalates the ones nobody acknowledged. */
@Component
class AlertTimer {

    private final AlertDesk desk;

    AlertTimer(AlertDesk desk) {
        this.desk = desk;
    }

    @Scheduled(
            fixedDelayString = "${targetbot.meta.alerts.tick:30s}",
            initialDelayString = "${targetbot.meta.alerts.tick:30s}")
    void tick() {
        desk.releaseHeld();
        desk.escalateOverdue();
    }
}
