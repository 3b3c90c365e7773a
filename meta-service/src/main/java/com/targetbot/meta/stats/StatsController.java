package com.targetbot.meta.stats;

import com.targetbot.kit.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final SnapshotRepository snapshots;

    StatsController(SnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @GetMapping("/meta/stats")
    MetaSnapshot stats() {
        return snapshots.find().orElseThrow(() -> new NotFoundException("No Meta synchronisation has finished yet"));
    }
}
