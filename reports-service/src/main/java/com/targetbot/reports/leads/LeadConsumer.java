package com.targetbot.reports.leads;

import java.io.IOException;

/** Receives the exported leads one at a time, in export order (oldest first). */
@FunctionalInterface
public interface LeadConsumer {

    void accept(ExportedLead lead) throws IOException;
}
