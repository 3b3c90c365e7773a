package com.targetbot.leads.export;

import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes leads as one JSON line each, oldest first, one page of leads in memory at a time. */
@Component
class LeadExporter {

    private final LeadQueries leads;
    private final JsonMapper json;
    private final ExportProperties properties;

    LeadExporter(LeadQueries leads, JsonMapper json, ExportProperties properties) {
        this.leads = leads;
        this.json = json;
        this.properties = properties;
    }

    void write(@Nullable Instant from, @Nullable Instant to, OutputStream out) throws IOException {
        int pageSize = properties.pageSize();
        long offset = 0;
        List<String> ids;
        do {
            ids = leads.idsOldestFirst(from, to, offset, pageSize);
            for (Lead lead : leads.findAll(ids)) {
                out.write(json.writeValueAsBytes(lead));
                out.write('\n');
            }
            // Each page goes out as it is read, so the client sees progress and nothing piles up here.
            out.flush();
            offset += ids.size();
        } while (ids.size() == pageSize);
    }
}
