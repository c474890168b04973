package io.videogen.infrastructure.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * Streams a file into the bucket without holding it: what fits in one part goes in one PUT, anything
 * larger as a multipart upload, one part in memory at a time. Either way S3 shows the object only
 * when it is complete, and a failed multipart upload is aborted so its parts do not linger. One that
 * no one could abort (its process was killed) is aborted by the retention sweep once it is older than
 * the artefact retention.
 */
final class S3Uploads {

    private static final String BYTES = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;
    private final int partSize;
    /** The unfinished uploads the last sweep saw, and since when they are known to exist. */
    private final Map<String, Instant> firstSeen = new HashMap<>();

    S3Uploads(S3Client s3, String bucket, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    int partSize() {
        return partSize;
    }

    void upload(String key, InputStream content) throws IOException {
        byte[] part = new byte[partSize];
        int filled = content.readNBytes(part, 0, partSize);
        if (filled < partSize) {
            long whole = filled;
            s3.putObject(put -> put.bucket(bucket).key(key).contentLength(whole).contentType(BYTES),
                    body(part, filled));
            return;
        }
        String uploadId = s3.createMultipartUpload(create -> create.bucket(bucket).key(key).contentType(BYTES))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            while (filled > 0) {
                int number = parts.size() + 1;
                int length = filled;
                String etag = s3.uploadPart(upload -> upload.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(number).contentLength((long) length), body(part, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                filled = content.readNBytes(part, 0, partSize);
            }
            s3.completeMultipartUpload(complete -> complete.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException failed) {
            abort(key, uploadId, failed);
            throw failed;
        }
    }

    /**
     * Aborts the multipart uploads begun before the cutoff: a process that died mid-upload left them,
     * and the bucket keeps their parts (unlisted, but stored and billed) until they are aborted. An
     * upload counts as begun when the server says it was initiated or when an earlier call saw it,
     * whichever is earlier: some servers (s3proxy) answer the time of the listing as its initiation.
     *
     * @return how many were aborted
     */
    synchronized int abortBegunBefore(Instant cutoff) {
        Instant now = Instant.now();
        Map<String, Instant> seen = new HashMap<>();
        int aborted = 0;
        for (MultipartUpload upload : s3.listMultipartUploadsPaginator(list -> list.bucket(bucket)).uploads()) {
            Instant begun = firstSeen.getOrDefault(upload.uploadId(), now);
            if (upload.initiated() != null && upload.initiated().isBefore(begun)) {
                begun = upload.initiated();
            }
            if (begun.isBefore(cutoff)) {
                s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
                aborted++;
            } else {
                seen.put(upload.uploadId(), begun);
            }
        }
        firstSeen.clear();
        firstSeen.putAll(seen);
        return aborted;
    }

    private void abort(String key, String uploadId, Exception cause) {
        try {
            s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    /** The part's bytes as they are (no copy); read again if the SDK retries. */
    private static RequestBody body(byte[] bytes, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length, BYTES);
    }
}
