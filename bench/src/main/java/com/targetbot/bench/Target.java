package com.targetbot.bench;

import java.net.URI;

/**
 * An HTTP endpoint under load.
 *
 * @param name how the report names it
 * @param uri where the requests go
 * @param webhookSecret sent in Telegram's secret-token header (the baseline receives it too, so both
 *     targets get byte-identical requests)
 */
record Target(String name, URI uri, String webhookSecret) {}
