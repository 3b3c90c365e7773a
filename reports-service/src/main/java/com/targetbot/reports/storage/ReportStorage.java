package com.targetbot.reports.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The reports bucket: streamed uploads and presigned download links. */
@Component
public class ReportStorage implements InitializingBean, DisposableBean {

    /** Multipart part size: the upload holds one part in memory, whatever the size of the report. */
    static final long PART_SIZE = 10L * 1024 * 1024;

    private static final int PIPE_CAPACITY = 256 * 1024;
    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");
    private static final Logger log = LoggerFactory.getLogger(ReportStorage.class);

    private final MinioClient client;
    private final MinioClient linkSigner;
    private final StorageProperties properties;

    ReportStorage(S3Properties s3, StorageProperties properties) {
        this.client = client(s3, s3.endpoint().toString());
        // Signing is local (the region is fixed), so links can name a host this service cannot reach itself.
        this.linkSigner = client(s3, s3.linkEndpoint().toString());
        this.properties = properties;
    }

    private static MinioClient client(S3Properties s3, String endpoint) {
        return MinioClient.builder()
                .endpoint(endpoint)
                .region(s3.region())
                .credentials(s3.accessKey(), s3.secretKey())
                .build();
    }

    /** Creates the bucket when it is missing, so the first report never races its creation. */
    @Override
    public void afterPropertiesSet() {
        String bucket = properties.bucket();
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                log.info("Created bucket {}", bucket);
            }
        } catch (ErrorResponseException e) {
            // Another replica created it between our check and our request.
            if (!BUCKET_ALREADY_THERE.contains(e.errorResponse().code())) {
                throw new ReportStorageException("bucket " + bucket + " cannot be created: " + e.getMessage(), e);
            }
        } catch (MinioException e) {
            throw new ReportStorageException("bucket " + bucket + " cannot be checked: " + e.getMessage(), e);
        }
    }

    /**
     * Uploads what {@code writer} writes, as it writes it: the writer runs on the calling thread into a
     * bounded pipe that a multipart upload on a virtual thread reads part by part, so memory stays constant
     * however large the object. The object exists only if both the writer and the upload succeed.
     *
     * @param metadata user metadata stored with the object ({@code x-amz-meta-*}), ASCII names and values
     * @throws ReportStorageException when the store fails the upload
     * @throws RuntimeException the writer's own failure (an {@link IOException} as {@link UncheckedIOException})
     */
    public <R> StoredObject<R> upload(
            String key, String filename, String contentType, Map<String, String> metadata, ContentWriter<R> writer) {
        BoundedPipe pipe = new BoundedPipe(PIPE_CAPACITY);
        CompletableFuture<Void> upload = new CompletableFuture<>();
        Thread.ofVirtual().name("report-upload").start(() -> put(key, filename, contentType, metadata, pipe, upload));
        CountingOutputStream out = new CountingOutputStream(pipe.sink());
        R result;
        try {
            result = writer.writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException | Error failure) {
            boolean own = pipe.failWriter(failure);
            // Wait for the upload to abort, so no part outlives a failed report.
            Throwable uploadFailure = outcome(upload);
            if (!own && uploadFailure != null) {
                throw storageFailure(key, uploadFailure);
            }
            throw asUnchecked(failure);
        }
        pipe.closeWriter();
        Throwable uploadFailure = outcome(upload);
        if (uploadFailure != null) {
            throw storageFailure(key, uploadFailure);
        }
        return new StoredObject<>(key, out.count, result);
    }

    // Runs on its own thread: every outcome must reach the future and the pipe, or the writer would wait forever.
    private void put(
            String key,
            String filename,
            String contentType,
            Map<String, String> metadata,
            BoundedPipe pipe,
            CompletableFuture<Void> done) {
        try {
            String disposition =
                    ContentDisposition.attachment().filename(filename).build().toString();
            PutObjectArgs args = PutObjectArgs.builder().bucket(properties.bucket()).object(key).stream(
                            pipe.source(), -1L, PART_SIZE)
                    .contentType(contentType)
                    .headers(Map.of(HttpHeaders.CONTENT_DISPOSITION, disposition))
                    .userMetadata(metadata)
                    .build();
            client.putObject(args);
            done.complete(null);
        } catch (Throwable failure) {
            done.completeExceptionally(failure);
        } finally {
            pipe.closeReader();
        }
    }

    private static @Nullable Throwable outcome(CompletableFuture<Void> upload) {
        try {
            upload.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private static ReportStorageException storageFailure(String key, Throwable failure) {
        return new ReportStorageException("upload of " + key + " failed: " + failure.getMessage(), failure);
    }

    /** A presigned GET link to an object, valid for the configured time. */
    public String downloadUrl(String key) {
        try {
            return linkSigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Http.Method.GET)
                    .bucket(properties.bucket())
                    .object(key)
                    .expiry(Math.toIntExact(properties.downloadUrlTtl().toSeconds()))
                    .build());
        } catch (MinioException e) {
            throw new ReportStorageException("no download link for " + key + ": " + e.getMessage(), e);
        }
    }

    /** Fails unless the bucket is reachable; for the health check. */
    void checkBucket() throws MinioException {
        if (!client.bucketExists(
                BucketExistsArgs.builder().bucket(properties.bucket()).build())) {
            throw new IllegalStateException("bucket " + properties.bucket() + " does not exist");
        }
    }

    String bucket() {
        return properties.bucket();
    }

    @Override
    public void destroy() throws Exception {
        try (linkSigner) {
            client.close();
        }
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        return switch (failure) {
            case RuntimeException runtime -> runtime;
            case Error error -> throw error;
            case IOException io -> new UncheckedIOException(io.getMessage(), io);
            default -> new IllegalStateException(failure.getMessage(), failure);
        };
    }

    /** Counts what passes; closing it only flushes, because only the pipe may end the stream. */
    private static final class CountingOutputStream extends FilterOutputStream {

        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
