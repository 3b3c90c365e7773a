package com.targetbot.reports.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReportStorageTests {

    @Test
    void unreachableStoreFailsTheUploadAndStopsTheWriter() throws Exception {
        var storage = new ReportStorage(
                new S3Properties(URI.create("http://127.0.0.1:" + closedPort()), "key", "secret", "us-east-1", null),
                new StorageProperties("targetbot-reports", Duration.ofHours(1)));
        var writerStopped = new CompletableFuture<IOException>();
        byte[] chunk = new byte[64 * 1024];

        assertThatThrownBy(() -> storage.upload("reports/x.csv", "x.csv", "text/csv", Map.of(), out -> {
                    try {
                        // Far more than one part: only a failing pipe ends this loop.
                        for (int i = 0; i < 10_000; i++) {
                            out.write(chunk);
                        }
                        return null;
                    } catch (IOException e) {
                        writerStopped.complete(e);
                        throw e;
                    }
                }))
                .isInstanceOf(ReportStorageException.class)
                .hasMessageContaining("upload of reports/x.csv failed");
        assertThat(writerStopped.get(10, TimeUnit.SECONDS)).hasMessageContaining("reading end");
        storage.destroy();
    }

    @Test
    void downloadLinkIsSignedForTheLinkEndpointWithoutAskingTheStore() throws Exception {
        var storage = new ReportStorage(
                new S3Properties(
                        URI.create("http://127.0.0.1:" + closedPort()),
                        "key",
                        "secret",
                        "us-east-1",
                        URI.create("https://files.example.com")),
                new StorageProperties("targetbot-reports", Duration.ofMinutes(30)));

        String url = storage.downloadUrl("reports/2026/11/25/r1.csv");

        assertThat(url)
                .startsWith("https://files.example.com/targetbot-reports/reports/2026/11/25/r1.csv?")
                .contains("X-Amz-Expires=1800")
                .contains("X-Amz-Signature=");
        storage.destroy();
    }

    @Test
    void s3SecretIsNotPrintedWithTheProperties() {
        var properties = new S3Properties(URI.create("http://127.0.0.1:9000"), "key", "top-secret", "us-east-1", null);

        assertThat(properties.toString()).doesNotContain("top-secret");
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
