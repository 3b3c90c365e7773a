package com.targetbot.reports.catalog;

import com.targetbot.kit.web.NotFoundException;
import com.targetbot.reports.storage.ReportStorage;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists reports newest first; presigned links are minted per request, so they are always fresh. */
@RestController
@RequestMapping("/reports")
class ReportsController {

    static final int MAX_LIMIT = 200;

    private final ReportCatalog catalog;
    private final ReportStorage storage;

    ReportsController(ReportCatalog catalog, ReportStorage storage) {
        this.catalog = catalog;
        this.storage = storage;
    }

    /** Newest first; {@code limit} is capped at {@value #MAX_LIMIT}. */
    @GetMapping
    ReportList list(@RequestParam(defaultValue = "50") @Min(1) int limit) {
        return new ReportList(
                catalog.newest(Math.min(limit, MAX_LIMIT)).stream()
                        .map(this::view)
                        .toList(),
                catalog.count());
    }

    @GetMapping("/{id}")
    ReportView get(@PathVariable String id) {
        return catalog.find(id).map(this::view).orElseThrow(() -> new NotFoundException("no report " + id));
    }

    private ReportView view(Report report) {
        ReportFile file = report.status() == ReportStatus.READY ? report.file() : null;
        return new ReportView(
                report.id(),
                report.format(),
                report.status(),
                report.createdAt(),
                report.range().period(),
                report.range().from(),
                report.range().to(),
                file == null ? null : file.sizeBytes(),
                file == null ? null : file.rows(),
                file == null ? null : storage.downloadUrl(file.objectKey()));
    }

    /** One page of reports and how many there are in all. */
    record ReportList(List<ReportView> items, long total) {}
}
